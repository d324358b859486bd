"""One record with everything related to it, as plain values for the detail pane.

Fields come as (English label, readable value) pairs; the window translates the labels. Related
records come in groups of RelatedItem, each one click away. Column selects only: a partner on a
large database has thousands of milestones, and entities would cost several times as much.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kztracker.dates import PartialDate
from kztracker.models import (
    FocusArea,
    Memorandum,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneOrganization,
    Organization,
    Person,
    Provenance,
    Source,
)
from kztracker.services.record_kinds import RelatedItem, get_record, label_of, spec_for

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SPAN_NOTE_LENGTH = 80


@dataclass(frozen=True)
class RelatedGroup:
    title: str
    items: list[RelatedItem] = field(default_factory=list)


@dataclass(frozen=True)
class RecordDetail:
    kind: str
    id: int
    title: str
    version: int
    fields: list[tuple[str, str]] = field(default_factory=list)
    groups: list[RelatedGroup] = field(default_factory=list)


def readable_date(value: PartialDate | None) -> str:
    """'17 Oct 2024', 'Oct 2024' or '2026': as precise as the date is known."""
    if value is None:
        return ""
    if value.month is None:
        return str(value.year)
    month = f"{MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {month}" if value.day is not None else month


def readable_choice(value: str | None) -> str:
    return value.replace("_", " ").capitalize() if value else ""


def milestone_note(status: str, due: PartialDate | None) -> str:
    return (
        f"{readable_choice(status)}, due {readable_date(due)}" if due else readable_choice(status)
    )


class _Collector:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.groups: list[RelatedGroup] = []

    def group(self, title: str, kind: str, rows: Iterable[Any], note: Any = None) -> None:
        """Rows are (id, label, *rest); `note(*rest)` makes the note. Repeated ids merge."""
        items: dict[int, RelatedItem] = {}
        for row in rows:
            record_id, label, *rest = row
            text = note(*rest) if note is not None else ""
            if record_id in items:
                earlier = items[record_id].note
                text = earlier if not text or text in earlier else f"{earlier}, {text}"
            items[record_id] = RelatedItem(kind, record_id, label or "", text)
        self.groups.append(RelatedGroup(title, list(items.values())))

    def milestones(self, title: str, condition: Any) -> None:
        statement = (
            select(Milestone.id, Milestone.title, Milestone.status, Milestone.due_on)
            .where(condition)
            .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.title)
        )
        self.group(title, "milestone", self.session.execute(statement), milestone_note)

    def sources(self, kind: str, record_id: int) -> None:
        statement = (
            select(
                Source.id,
                Source.title,
                Source.full_text,
                Provenance.span_start,
                Provenance.span_end,
            )
            .join(Provenance, Provenance.source_id == Source.id)
            .where(Provenance.record_kind == kind, Provenance.record_id == record_id)
            .order_by(Source.published_on, Source.id, Provenance.span_start)
        )
        self.group("Sources", "source", self.session.execute(statement), _quote)


def _quote(text: str | None, start: int | None, end: int | None) -> str:
    if not text or start is None:
        return ""
    span = " ".join(text[start : end if end is not None else start + SPAN_NOTE_LENGTH].split())
    if len(span) > SPAN_NOTE_LENGTH:
        span = span[: SPAN_NOTE_LENGTH - 1].rstrip() + "…"
    return f"“{span}”"


def _memorandum(c: _Collector, record_id: int) -> None:
    c.group(
        "Parties",
        "organization",
        c.session.execute(
            select(Organization.id, Organization.name, MemorandumParty.role)
            .join(MemorandumParty, MemorandumParty.organization_id == Organization.id)
            .where(MemorandumParty.memorandum_id == record_id)
            .order_by(Organization.name_key)
        ),
        readable_choice,
    )
    c.group(
        "Signatories",
        "person",
        c.session.execute(
            select(Person.id, Person.name, Person.title)
            .join(MemorandumSignatory, MemorandumSignatory.person_id == Person.id)
            .where(MemorandumSignatory.memorandum_id == record_id)
            .order_by(Person.name_key)
        ),
        lambda title: title or "",
    )
    c.group(
        "Focus areas",
        "focus_area",
        c.session.execute(
            select(FocusArea.id, FocusArea.name)
            .join(MemorandumFocusArea, MemorandumFocusArea.focus_area_id == FocusArea.id)
            .where(MemorandumFocusArea.memorandum_id == record_id)
            .order_by(FocusArea.name_key)
        ),
    )
    c.milestones("Milestones", Milestone.memorandum_id == record_id)
    c.group(
        "Responsible person",
        "person",
        c.session.execute(
            select(Person.id, Person.name, Person.title)
            .join(Memorandum, Memorandum.responsible_id == Person.id)
            .where(Memorandum.id == record_id)
        ),
        lambda title: title or "",
    )


def _organization(c: _Collector, record_id: int) -> None:
    party_of = select(MemorandumParty.memorandum_id).where(
        MemorandumParty.organization_id == record_id
    )
    c.group(
        "Memoranda",
        "memorandum",
        c.session.execute(
            select(Memorandum.id, Memorandum.title, MemorandumParty.role)
            .join(MemorandumParty, MemorandumParty.memorandum_id == Memorandum.id)
            .where(MemorandumParty.organization_id == record_id)
            .order_by(Memorandum.title_key)
        ),
        readable_choice,
    )
    # A partner's milestones: those it takes part in, and those of memoranda it is party to.
    involved = select(MilestoneOrganization.milestone_id).where(
        MilestoneOrganization.organization_id == record_id
    )
    c.milestones(
        "Milestones", or_(Milestone.id.in_(involved), Milestone.memorandum_id.in_(party_of))
    )
    c.group(
        "People",
        "person",
        c.session.execute(
            select(Person.id, Person.name, Person.title)
            .where(Person.organization_id == record_id)
            .order_by(Person.name_key)
        ),
        lambda title: title or "",
    )
    parent = aliased(Organization)
    c.group(
        "Parent organization",
        "organization",
        c.session.execute(
            select(parent.id, parent.name)
            .join(Organization, Organization.parent_id == parent.id)
            .where(Organization.id == record_id)
        ),
    )
    c.group(
        "Child organizations",
        "organization",
        c.session.execute(
            select(Organization.id, Organization.name)
            .where(Organization.parent_id == record_id)
            .order_by(Organization.name_key)
        ),
    )


def _person(c: _Collector, record_id: int) -> None:
    c.group(
        "Organization",
        "organization",
        c.session.execute(
            select(Organization.id, Organization.name)
            .join(Person, Person.organization_id == Organization.id)
            .where(Person.id == record_id)
        ),
    )
    signed = (
        select(Memorandum.id, Memorandum.title, Memorandum.title_key)
        .join(MemorandumSignatory, MemorandumSignatory.memorandum_id == Memorandum.id)
        .where(MemorandumSignatory.person_id == record_id)
    )
    responsible = select(Memorandum.id, Memorandum.title, Memorandum.title_key).where(
        Memorandum.responsible_id == record_id
    )
    rows = [(i, t, k, "signatory") for i, t, k in c.session.execute(signed)]
    rows += [(i, t, k, "responsible") for i, t, k in c.session.execute(responsible)]
    rows.sort(key=lambda row: row[2])
    c.group("Memoranda", "memorandum", [(i, t, n) for i, t, _, n in rows], lambda n: n)
    c.milestones("Milestones", Milestone.responsible_id == record_id)


def _focus_area(c: _Collector, record_id: int) -> None:
    parent = aliased(FocusArea)
    c.group(
        "Parent area",
        "focus_area",
        c.session.execute(
            select(parent.id, parent.name)
            .join(FocusArea, FocusArea.parent_id == parent.id)
            .where(FocusArea.id == record_id)
        ),
    )
    c.group(
        "Sub-areas",
        "focus_area",
        c.session.execute(
            select(FocusArea.id, FocusArea.name)
            .where(FocusArea.parent_id == record_id)
            .order_by(FocusArea.name_key)
        ),
    )
    c.group(
        "Memoranda",
        "memorandum",
        c.session.execute(
            select(Memorandum.id, Memorandum.title)
            .join(MemorandumFocusArea, MemorandumFocusArea.memorandum_id == Memorandum.id)
            .where(MemorandumFocusArea.focus_area_id == record_id)
            .order_by(Memorandum.title_key)
        ),
    )
    c.milestones("Milestones", Milestone.focus_area_id == record_id)


def _milestone(c: _Collector, record_id: int) -> None:
    milestone = select(Milestone).where(Milestone.id == record_id).subquery()
    c.group(
        "Memorandum",
        "memorandum",
        c.session.execute(
            select(Memorandum.id, Memorandum.title).join(
                milestone, milestone.c.memorandum_id == Memorandum.id
            )
        ),
    )
    c.group(
        "Organizations",
        "organization",
        c.session.execute(
            select(Organization.id, Organization.name)
            .join(MilestoneOrganization, MilestoneOrganization.organization_id == Organization.id)
            .where(MilestoneOrganization.milestone_id == record_id)
            .order_by(Organization.name_key)
        ),
    )
    c.group(
        "Focus area",
        "focus_area",
        c.session.execute(
            select(FocusArea.id, FocusArea.name).join(
                milestone, milestone.c.focus_area_id == FocusArea.id
            )
        ),
    )
    c.group(
        "Responsible person",
        "person",
        c.session.execute(
            select(Person.id, Person.name, Person.title).join(
                milestone, milestone.c.responsible_id == Person.id
            )
        ),
        lambda title: title or "",
    )


GROUPS = {
    "memorandum": _memorandum,
    "organization": _organization,
    "person": _person,
    "focus_area": _focus_area,
    "milestone": _milestone,
}
SOURCE_GROUPS = (
    ("memorandum", "Memoranda", Memorandum, "title"),
    ("organization", "Partners", Organization, "name"),
    ("person", "People", Person, "name"),
    ("focus_area", "Focus areas", FocusArea, "name"),
    ("milestone", "Milestones", Milestone, "title"),
)


def _fields(kind: str, record: Any) -> list[tuple[str, str]]:
    spec = spec_for(kind)
    fields: list[tuple[str, str]] = []
    for item in spec.fields:
        if item.name == spec.name_field or item.type not in ("text", "enum", "date", "aliases"):
            continue
        value = getattr(record, item.name)
        if item.type == "date":
            text = readable_date(value)
        elif item.type == "enum":
            text = readable_choice(value)
        elif item.type == "aliases":
            text = ", ".join(sorted(alias.alias for alias in value))
        else:
            text = value or ""
        fields.append((item.label, text))
    return fields


def _source_detail(session: Session, record_id: int) -> RecordDetail:
    source = get_record(session, "source", record_id)
    collector = _Collector(session)
    for kind, title, model, label in SOURCE_GROUPS:
        statement = (
            select(model.id, getattr(model, label), Provenance.span_start, Provenance.span_end)
            .join(Provenance, Provenance.record_id == model.id)
            .where(Provenance.source_id == record_id, Provenance.record_kind == kind)
            .order_by(getattr(model, label), Provenance.span_start)
        )
        collector.group(
            title,
            kind,
            session.execute(statement),
            lambda start, end: _quote(source.full_text, start, end),
        )
    fields = [
        ("Outlet", source.outlet or ""),
        ("Address", source.url or ""),
        ("Published", readable_date(source.published_on)),
        ("Language", source.language or ""),
    ]
    return RecordDetail("source", source.id, source.title, 0, fields, collector.groups)


def record_detail(session: Session, kind: str, record_id: int) -> RecordDetail:
    """The record's fields and related records. Raises RecordNotFound when it is gone."""
    if kind == "source":
        return _source_detail(session, record_id)
    record = get_record(session, kind, record_id)
    collector = _Collector(session)
    GROUPS[kind](collector, record_id)
    collector.sources(kind, record_id)
    return RecordDetail(
        kind,
        record.id,
        label_of(kind, record),
        record.version,
        _fields(kind, record),
        collector.groups,
    )


__all__ = ["RecordDetail", "RelatedGroup", "RelatedItem", "record_detail"]
