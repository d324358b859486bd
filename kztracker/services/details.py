"""One record with everything related to it, as plain values for the detail pane.

Fields come as (label, readable value) pairs, the labels and group titles already in the user's
language (kztracker.i18n), with the stored field behind each label so the window can show a
value its own way (a status in colour, a date in its locale). Related records come in groups
of RelatedItem, each one click away. Column selects only: a partner on a
large database has thousands of milestones, and entities would cost several times as much.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.i18n import N_, _
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
from kztracker.services.record_kinds import (
    MODELS,
    RelatedItem,
    field_label,
    get_record,
    label_of,
    spec_for,
)
from kztracker.vocabulary import language_label, party_role_label

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
    # The stored field each label stands for ("Статус" -> "status").
    field_names: dict[str, str] = field(default_factory=dict)


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

    def records(
        self,
        title: str,
        kind: str,
        condition: Any,
        *,
        via: tuple[Any, Any] | None = None,
        extra: Any = None,
        note: Any = None,
    ) -> None:
        """The `kind` records meeting `condition` (joined `via` a link table), by name."""
        model = MODELS[kind]
        named = hasattr(model, "name_key")
        label = model.name if named else model.title
        key = model.name_key if named else getattr(model, "title_key", model.title)
        columns = [model.id, label] + ([extra] if extra is not None else [])
        statement = select(*columns)
        if via is not None:
            statement = statement.join(*via)
        statement = statement.where(condition).order_by(key, model.id)
        self.group(title, kind, self.session.execute(statement), note)

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
        self.group(_("Sources"), "source", self.session.execute(statement), _quote)


def _quote(text: str | None, start: int | None, end: int | None) -> str:
    if not text or start is None:
        return ""
    span = " ".join(text[start : end if end is not None else start + SPAN_NOTE_LENGTH].split())
    if len(span) > SPAN_NOTE_LENGTH:
        span = span[: SPAN_NOTE_LENGTH - 1].rstrip() + "…"
    return f"“{span}”"


def _title(value: str | None) -> str:
    return value or ""


def _own(model: Any, column: str, record_id: int) -> Any:
    """The id the record holds in `column`, as a subquery to compare with."""
    return select(getattr(model, column)).where(model.id == record_id).scalar_subquery()


def _memorandum(c: _Collector, record_id: int) -> None:
    party = (MemorandumParty, MemorandumParty.organization_id == Organization.id)
    c.records(
        _("Parties"),
        "organization",
        MemorandumParty.memorandum_id == record_id,
        via=party,
        extra=MemorandumParty.role,
        note=party_role_label,
    )
    signatory = (MemorandumSignatory, MemorandumSignatory.person_id == Person.id)
    c.records(
        _("Signatories"),
        "person",
        MemorandumSignatory.memorandum_id == record_id,
        via=signatory,
        extra=Person.title,
        note=_title,
    )
    area = (MemorandumFocusArea, MemorandumFocusArea.focus_area_id == FocusArea.id)
    c.records(
        _("Focus areas"), "focus_area", MemorandumFocusArea.memorandum_id == record_id, via=area
    )
    c.milestones(_("Milestones"), Milestone.memorandum_id == record_id)
    responsible = Person.id == _own(Memorandum, "responsible_id", record_id)
    c.records(_("Responsible person"), "person", responsible, extra=Person.title, note=_title)


def _organization(c: _Collector, record_id: int) -> None:
    c.records(
        _("Memoranda"),
        "memorandum",
        MemorandumParty.organization_id == record_id,
        via=(MemorandumParty, MemorandumParty.memorandum_id == Memorandum.id),
        extra=MemorandumParty.role,
        note=party_role_label,
    )
    # A partner's milestones: those it takes part in, and those of memoranda it is party to.
    involved = select(MilestoneOrganization.milestone_id).where(
        MilestoneOrganization.organization_id == record_id
    )
    party_of = select(MemorandumParty.memorandum_id).where(
        MemorandumParty.organization_id == record_id
    )
    c.milestones(
        _("Milestones"), or_(Milestone.id.in_(involved), Milestone.memorandum_id.in_(party_of))
    )
    people = Person.organization_id == record_id
    c.records(_("People"), "person", people, extra=Person.title, note=_title)
    parent = Organization.id == _own(Organization, "parent_id", record_id)
    c.records(_("Parent organization"), "organization", parent)
    c.records(_("Child organizations"), "organization", Organization.parent_id == record_id)


def _person(c: _Collector, record_id: int) -> None:
    employer = Organization.id == _own(Person, "organization_id", record_id)
    c.records(_("Organization"), "organization", employer)
    signed = (
        select(Memorandum.id, Memorandum.title, Memorandum.title_key)
        .join(MemorandumSignatory, MemorandumSignatory.memorandum_id == Memorandum.id)
        .where(MemorandumSignatory.person_id == record_id)
    )
    responsible = select(Memorandum.id, Memorandum.title, Memorandum.title_key).where(
        Memorandum.responsible_id == record_id
    )
    rows = [(i, t, k, _("signatory")) for i, t, k in c.session.execute(signed)]
    rows += [(i, t, k, _("responsible")) for i, t, k in c.session.execute(responsible)]
    rows.sort(key=lambda row: row[2])
    c.group(_("Memoranda"), "memorandum", [(i, t, n) for i, t, _key, n in rows], lambda n: n)
    c.milestones(_("Milestones"), Milestone.responsible_id == record_id)


def _focus_area(c: _Collector, record_id: int) -> None:
    parent = FocusArea.id == _own(FocusArea, "parent_id", record_id)
    c.records(_("Parent area"), "focus_area", parent)
    c.records(_("Sub-areas"), "focus_area", FocusArea.parent_id == record_id)
    c.records(
        _("Memoranda"),
        "memorandum",
        MemorandumFocusArea.focus_area_id == record_id,
        via=(MemorandumFocusArea, MemorandumFocusArea.memorandum_id == Memorandum.id),
    )
    c.milestones(_("Milestones"), Milestone.focus_area_id == record_id)


def _milestone(c: _Collector, record_id: int) -> None:
    memorandum = Memorandum.id == _own(Milestone, "memorandum_id", record_id)
    c.records(_("Memorandum"), "memorandum", memorandum)
    c.records(
        _("Partners"),
        "organization",
        MilestoneOrganization.milestone_id == record_id,
        via=(MilestoneOrganization, MilestoneOrganization.organization_id == Organization.id),
    )
    area = FocusArea.id == _own(Milestone, "focus_area_id", record_id)
    c.records(_("Focus area"), "focus_area", area)
    responsible = Person.id == _own(Milestone, "responsible_id", record_id)
    c.records(_("Responsible person"), "person", responsible, extra=Person.title, note=_title)


GROUPS = {
    "memorandum": _memorandum,
    "organization": _organization,
    "person": _person,
    "focus_area": _focus_area,
    "milestone": _milestone,
}
SOURCE_GROUPS = (
    ("memorandum", N_("Memoranda"), Memorandum, "title"),
    ("organization", N_("Partners"), Organization, "name"),
    ("person", N_("People"), Person, "name"),
    ("focus_area", N_("Focus areas"), FocusArea, "name"),
    ("milestone", N_("Milestones"), Milestone, "title"),
)


def _fields(kind: str, record: Any) -> list[tuple[str, str, str]]:
    """(label, value, field name) of each field the detail shows."""
    spec = spec_for(kind)
    fields: list[tuple[str, str, str]] = []
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
        fields.append((_(item.label), text, item.name))
    return fields


def _detail(
    kind: str,
    record: Any,
    title: str,
    version: int,
    fields: list[tuple[str, str, str]],
    groups: list[RelatedGroup],
) -> RecordDetail:
    return RecordDetail(
        kind,
        record.id,
        title,
        version,
        [(label, value) for label, value, _name in fields],
        groups,
        {label: name for label, _value, name in fields},
    )


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
            _(title),
            kind,
            session.execute(statement),
            lambda start, end: _quote(source.full_text, start, end),
        )
    values = {
        "outlet": source.outlet or "",
        "url": source.url or "",
        "published_on": readable_date(source.published_on),
        "language": language_label(source.language),
    }
    fields = [(field_label("source", name), value, name) for name, value in values.items()]
    return _detail("source", source, source.title, 0, fields, collector.groups)


def record_detail(session: Session, kind: str, record_id: int) -> RecordDetail:
    """The record's fields and related records. Raises RecordNotFound when it is gone."""
    if kind == "source":
        return _source_detail(session, record_id)
    record = get_record(session, kind, record_id)
    collector = _Collector(session)
    GROUPS[kind](collector, record_id)
    collector.sources(kind, record_id)
    return _detail(
        kind,
        record,
        label_of(kind, record),
        record.version,
        _fields(kind, record),
        collector.groups,
    )


__all__ = ["RecordDetail", "RelatedGroup", "RelatedItem", "record_detail"]
