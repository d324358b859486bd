"""The records each sheet shows, streamed from column selects in the sheet's order.

Each function returns an iterator over plain tuples and can be called again (the export reads
the memoranda twice: their order, then their rows). Related names come from one grouped query
per relation, never a query per row; dates are read as their stored ISO text and parsed once
per distinct value, as a large database repeats the same few thousand dates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from kztracker.dates import PartialDate
from kztracker.exporting.scope import MODELS, Selection, restrict
from kztracker.models import (
    FocusArea,
    Memorandum,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneOrganization,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Source,
)

# Rows fetched per round trip; PostgreSQL streams them through a server-side cursor.
YIELD_PER = 2_000


@lru_cache(maxsize=8_192)
def partial_date(iso: str | None) -> PartialDate | None:
    return PartialDate.parse(iso) if iso else None


@lru_cache(maxsize=8_192)
def last_day(date: PartialDate | None) -> dt.date | None:
    """The last day `date` can mean, which the overdue rule compares with today."""
    return date.last_day() if date is not None else None


def _iso(column: Any) -> Any:
    # The stored text, without the per-row PartialDate conversion of the mapped type.
    return type_coerce(column, String)


def _stream(session: Session, statement: Select, ids: set[int] | None) -> Iterator[Any]:
    """Rows of `statement` (its first column an id) restricted to `ids`."""
    statement = restrict(statement, statement.selected_columns[0], ids)
    result = session.execute(statement, execution_options={"yield_per": YIELD_PER})
    for row in result:
        if ids is None or row[0] in ids:
            yield row


def _grouped(session: Session, statement: Select, ids: set[int] | None) -> dict[int, Any]:
    """{key: [value, ...]} from (key, value) or (key, *values) rows, keys limited to `ids`."""
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, *values in _stream(session, statement, ids):
        groups[key].append(values[0] if len(values) == 1 else tuple(values))
    return groups


class MilestoneRecord(NamedTuple):
    id: int
    title: str
    memorandum_id: int | None
    memorandum: str | None
    focus_area: str | None
    start: PartialDate | None
    due: PartialDate | None
    completed: PartialDate | None
    status: str
    responsible: str | None
    notes: str | None
    organization_ids: tuple[int, ...]
    organization_names: str | None  # "; "-joined, in name order


# milestone id -> (its partners' ids, their names joined)
Organizations = dict[int, tuple[tuple[int, ...], str]]


class MemorandumRecord(NamedTuple):
    id: int
    title: str
    kind: str
    status: str
    signed_on: PartialDate | None
    valid_until: PartialDate | None
    responsible: str | None
    summary: str | None
    parties: list[tuple[int, str, str]]
    signatories: list[str]
    focus_areas: list[str]


def milestone_organizations(session: Session, selection: Selection) -> Organizations:
    """The partners of each milestone, read once and shared by both passes over them."""
    grouped = _grouped(
        session,
        select(MilestoneOrganization.milestone_id, Organization.id, Organization.name)
        .join(Organization, MilestoneOrganization.organization_id == Organization.id)
        .order_by(Organization.name_key),
        selection.of("milestone"),
    )
    return {
        milestone: (tuple(id_ for id_, _ in pairs), "; ".join(name for _, name in pairs))
        for milestone, pairs in grouped.items()
    }


def milestones(
    session: Session, selection: Selection, organizations: Organizations
) -> Iterator[MilestoneRecord]:
    ids = selection.of("milestone")
    statement = (
        select(
            Milestone.id,
            Milestone.title,
            Milestone.memorandum_id,
            Memorandum.title,
            FocusArea.name,
            _iso(Milestone.start_on),
            _iso(Milestone.due_on),
            _iso(Milestone.completed_on),
            Milestone.status,
            Person.name,
            Milestone.notes,
        )
        .outerjoin(Memorandum, Milestone.memorandum_id == Memorandum.id)
        .outerjoin(FocusArea, Milestone.focus_area_id == FocusArea.id)
        .outerjoin(Person, Milestone.responsible_id == Person.id)
        .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.title, Milestone.id)
    )
    if selection.milestone_statuses:
        statement = statement.where(Milestone.status.in_(selection.milestone_statuses))
    none: tuple[tuple[int, ...], str | None] = ((), None)
    for id_, title, memo_id, memo, area, start, due, done, status, person, notes in _stream(
        session, statement, ids
    ):
        yield MilestoneRecord(
            id_,
            title,
            memo_id,
            memo,
            area,
            partial_date(start),
            partial_date(due),
            partial_date(done),
            status,
            person,
            notes,
            *organizations.get(id_, none),
        )


def memoranda(session: Session, selection: Selection) -> Iterator[MemorandumRecord]:
    ids = selection.of("memorandum")
    parties = _grouped(
        session,
        select(
            MemorandumParty.memorandum_id, Organization.id, Organization.name, MemorandumParty.role
        )
        .join(Organization, MemorandumParty.organization_id == Organization.id)
        .order_by(Organization.name_key),
        ids,
    )
    signatories = _grouped(
        session,
        select(MemorandumSignatory.memorandum_id, Person.name)
        .join(Person, MemorandumSignatory.person_id == Person.id)
        .order_by(Person.name_key),
        ids,
    )
    areas = _grouped(
        session,
        select(MemorandumFocusArea.memorandum_id, FocusArea.name)
        .join(FocusArea, MemorandumFocusArea.focus_area_id == FocusArea.id)
        .order_by(FocusArea.name_key),
        ids,
    )
    statement = (
        select(
            Memorandum.id,
            Memorandum.title,
            Memorandum.kind,
            Memorandum.status,
            _iso(Memorandum.signed_on),
            _iso(Memorandum.valid_until),
            Person.name,
            Memorandum.summary,
        )
        .outerjoin(Person, Memorandum.responsible_id == Person.id)
        .order_by(Memorandum.title_key)
    )
    for id_, title, kind, status, signed, until, person, summary in _stream(
        session, statement, ids
    ):
        yield MemorandumRecord(
            id_,
            title,
            kind,
            status,
            partial_date(signed),
            partial_date(until),
            person,
            summary,
            parties.get(id_, []),
            signatories.get(id_, []),
            areas.get(id_, []),
        )


def attachment_names(session: Session, kind: str, selection: Selection) -> dict[int, list[str]]:
    """The names of the files attached to each record of `kind` (the bytes stay unread)."""
    from kztracker.history_fields import links_of

    link = next(link for link in links_of(kind) if link.field == "attachments")
    owner = link.table.c[link.owner_column]
    statement = select(owner, link.table.c.file_name).order_by(link.table.c.file_name)
    return _grouped(session, statement, selection.of(kind))


def partners(session: Session, selection: Selection) -> Iterator[tuple[Any, ...]]:
    """(id, name, short name, kind, country, parent name, aliases, notes)."""
    ids = selection.of("organization")
    aliases = _grouped(
        session,
        select(OrganizationAlias.organization_id, OrganizationAlias.alias).order_by(
            OrganizationAlias.alias
        ),
        ids,
    )
    parent = aliased(Organization)
    statement = (
        select(
            Organization.id,
            Organization.name,
            Organization.short_name,
            Organization.kind,
            Organization.country,
            parent.name,
            Organization.notes,
        )
        .outerjoin(parent, Organization.parent_id == parent.id)
        .order_by(Organization.name_key)
    )
    for id_, name, short, kind, country, parent_name, notes in _stream(session, statement, ids):
        yield id_, name, short, kind, country, parent_name, aliases.get(id_, []), notes


def people(session: Session, selection: Selection) -> Iterator[tuple[Any, ...]]:
    """(id, name, position, organization, email, phone, aliases, notes)."""
    ids = selection.of("person")
    aliases = _grouped(
        session,
        select(PersonAlias.person_id, PersonAlias.alias).order_by(PersonAlias.alias),
        ids,
    )
    statement = (
        select(
            Person.id,
            Person.name,
            Person.title,
            Organization.name,
            Person.email,
            Person.phone,
            Person.notes,
        )
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .order_by(Person.name_key)
    )
    for id_, name, title, org, email, phone, notes in _stream(session, statement, ids):
        yield id_, name, title, org, email, phone, aliases.get(id_, []), notes


def focus_areas(session: Session, selection: Selection) -> Iterator[tuple[Any, ...]]:
    """(id, name, parent name, description)."""
    parent = aliased(FocusArea)
    statement = (
        select(FocusArea.id, FocusArea.name, parent.name, FocusArea.description)
        .outerjoin(parent, FocusArea.parent_id == parent.id)
        .order_by(FocusArea.name_key)
    )
    yield from _stream(session, statement, selection.of("focus_area"))


def sources(session: Session, selection: Selection) -> Iterator[tuple[Any, ...]]:
    """(id, title, outlet, url, published, language)."""
    statement = select(
        Source.id,
        Source.title,
        Source.outlet,
        Source.url,
        _iso(Source.published_on),
        Source.language,
    ).order_by(Source.published_on.is_(None), Source.published_on, Source.title, Source.id)
    for id_, title, outlet, url, published, language in _stream(
        session, statement, selection.of("source")
    ):
        yield id_, title, outlet, url, partial_date(published), language


def count(session: Session, selection: Selection, kind: str) -> int:
    """How many records of `kind` the sheet of that kind lists (what its function yields)."""
    ids = selection.of(kind)
    table = MODELS[kind]
    statuses = selection.milestone_statuses if kind == "milestone" else None
    if ids is None:
        statement = select(func.count()).select_from(table)
        if statuses:
            statement = statement.where(table.status.in_(statuses))
        return int(session.scalar(statement) or 0)
    if not statuses:
        return len(ids)
    chosen = select(table.id).where(table.status.in_(statuses))
    return sum(1 for (id_,) in session.execute(chosen) if id_ in ids)
