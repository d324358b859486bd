"""What the window's record views show: one plain tuple per record, ready to search and filter.

Each kind has a NamedTuple row with the record's id, its display values (dates as ISO partial
strings; the window makes them readable), a pre-folded search key (a milestone's is made apart,
by search.milestone_keys) and the facet values its filters test. Rows come from column
selects, never ORM entities: on 100,000 milestones entities cost several times the time and
memory (PERFORMANCE.md). Names of related records are read once per kind into small dicts
instead of joined per row.

The search keys' folding, and the rule that searches and filters these rows, are in
kztracker.services.search.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    BindParameter,
    Connection,
    Executable,
    Select,
    String,
    TableClause,
    column,
    func,
    select,
    table,
    type_coerce,
)

from kztracker.services.browse_rows import ROW_TYPES as ROW_TYPES
from kztracker.services.browse_rows import (
    AnyRow,
    FocusAreaRow,
    MemorandumRow,
    MilestoneRow,
    PartnerRow,
    PersonRow,
    SourceRow,
)
from kztracker.services.gc_hold import without_gc_pauses
from kztracker.services.listing import LIGHT_TABLES
from kztracker.services.milestone_build import MilestoneNames, build_milestone_rows, joined
from kztracker.services.search import in_latin, search_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    # Rows are column selects, so a Core connection serves as well as a session: the window's
    # first page reads through one and never loads SQLAlchemy's ORM nor the model classes.
    Reader = Session | Connection


# The columns the rows read, as the lightweight Core tables `list` reads through (named as in
# kztracker.models; tests keep them so): reading them needs neither the ORM nor the model
# classes, a fifth of a second of a start (issue 18). Partial dates are read as their stored ISO
# text (`_raw`). Partners and people are searched by their notes too, which `list` leaves out.
_LISTED = {light.name: light for light in LIGHT_TABLES}


def _with(name: str, *more: str) -> TableClause:
    return table(name, *(column(name) for name in [*_LISTED[name].c.keys(), *more]))


MILESTONE = _LISTED["milestone"]
MEMORANDUM = _LISTED["memorandum"]
ORGANIZATION = _with("organization", "notes")
PERSON = _with("person", "notes")
FOCUS_AREA = _LISTED["focus_area"]
SOURCE = _LISTED["source"]
PROVENANCE = table("provenance", column("source_id"), column("record_kind"), column("record_id"))
MILESTONE_ORGANIZATION = _LISTED["milestone_organization"]
MEMORANDUM_PARTY = _LISTED["memorandum_party"]
MEMORANDUM_FOCUS_AREA = _LISTED["memorandum_focus_area"]
ORGANIZATION_ALIAS = _LISTED["organization_alias"]
PERSON_ALIAS = _LISTED["person_alias"]
BROWSE_TABLES = (ORGANIZATION, PERSON, PROVENANCE)  # those not in LIGHT_TABLES


def connection_of(reader: Reader) -> Connection:
    """The Core connection a session or connection reads through."""
    return reader if isinstance(reader, Connection) else reader.connection()


def _raw(column: Any) -> Any:
    """A partial-date column as its stored ISO text: parsing 100k values would cost ~0.2 s."""
    return type_coerce(column, String)


def iso_text(reader: Reader, column: Any) -> Any:
    """A partial-date column as its stored ISO text, for SQL to compare and order: byte order
    on PostgreSQL too, whose collation might otherwise order text differently."""
    bind = reader if isinstance(reader, Connection) else reader.get_bind()
    return iso_text_in(bind.dialect.name, column)


def iso_text_in(dialect: str, column: Any) -> Any:
    """`iso_text` for a database of the dialect named `dialect` ("sqlite", "postgresql")."""
    text = _raw(column)
    if dialect == "postgresql":
        return text.collate("C")
    return text


# -- rows -------------------------------------------------------------------------------------


# The row types live in browse_rows.py, which the window's table model imports before
# SQLAlchemy loads (issue 18).


def _core_rows(session: Reader, statement: Executable) -> Sequence[Any]:
    """Rows through the session's connection: Core rows skip the ORM's per-row bookkeeping."""
    return connection_of(session).execute(statement).all()


def driver_rows(session: Reader, statement: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """Plain tuples straight from the database driver, for the 100,000-row selects.

    SQLAlchemy's result rows cost about twice the driver's own fetch here; a statement
    without parameters or result conversions (see `_raw`) needs none of what they add.
    """
    connection = connection_of(session)
    compiled = statement.compile(dialect=connection.dialect)
    if compiled.params:
        return _core_rows(session, statement)
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled))
        return cursor.fetchall()
    finally:
        cursor.close()


def _names(session: Reader, id_column: Any, name_column: Any) -> dict[int, str]:
    return _named(session, select(id_column, name_column))


def _named(session: Reader, statement: Select[Any]) -> dict[int, str]:
    return {id_: name for id_, name in _core_rows(session, statement)}


def _counts(session: Reader, column: Any) -> dict[int, int]:
    statement = select(column, func.count()).where(column.is_not(None)).group_by(column)
    return {key: count for key, count in _core_rows(session, statement)}


def _grouped(session: Reader, key_column: Any, value_column: Any) -> dict[int, list[Any]]:
    return _grouped_rows(session, select(key_column, value_column))


def _grouped_rows(session: Reader, statement: Select[Any]) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, value in driver_rows(session, statement):
        groups[key].append(value)
    return groups


class MilestoneReads(NamedTuple):
    """The selects `milestone_rows` reads: the names of related records, the links, and the
    milestones' own columns. kztracker.first_read runs these same statements, compiled to
    SQLite's SQL ahead of time (kztracker/first_read_sql.py), before SQLAlchemy loads."""

    memoranda: Select[Any]
    partners: Select[Any]
    people: Select[Any]
    areas: Select[Any]
    own_links: Select[Any]  # (milestone id, organization id)
    parties: Select[Any]  # (memorandum id, organization id)
    milestones: Select[Any]  # MILESTONE_COLUMNS, by id


def milestone_reads(ids: Collection[int] | BindParameter[Any] | None = None) -> MilestoneReads:
    """The statements of `milestone_rows` for `ids` (every milestone for None; an expanding
    bind parameter for the SQL compiled ahead of time)."""
    own_links: Select[Any] = select(  # type: ignore[assignment]
        MILESTONE_ORGANIZATION.c.milestone_id, MILESTONE_ORGANIZATION.c.organization_id
    )
    if ids is not None:
        own_links = own_links.where(MILESTONE_ORGANIZATION.c.milestone_id.in_(ids))
    milestones: Select[Any] = select(
        MILESTONE.c.id,
        MILESTONE.c.title,
        MILESTONE.c.memorandum_id,
        MILESTONE.c.focus_area_id,
        _raw(MILESTONE.c.due_on),
        MILESTONE.c.status,
        MILESTONE.c.responsible_id,
        _raw(MILESTONE.c.completed_on),
        MILESTONE.c.notes,
    ).order_by(MILESTONE.c.id)
    if ids is not None:
        milestones = milestones.where(MILESTONE.c.id.in_(ids))
    return MilestoneReads(
        memoranda=select(MEMORANDUM.c.id, MEMORANDUM.c.title),
        partners=select(ORGANIZATION.c.id, ORGANIZATION.c.name),
        people=select(PERSON.c.id, PERSON.c.name),
        areas=select(FOCUS_AREA.c.id, FOCUS_AREA.c.name),
        own_links=own_links,
        parties=select(MEMORANDUM_PARTY.c.memorandum_id, MEMORANDUM_PARTY.c.organization_id),
        milestones=milestones,
    )


def milestone_rows(
    session: Reader, today: dt.date | None = None, ids: Collection[int] | None = None
) -> list[MilestoneRow]:
    """Every milestone's row, by id; only those of `ids` when given."""
    today = today or dt.date.today()
    reads = milestone_reads(ids)
    memoranda = _named(session, reads.memoranda)
    partners = _named(session, reads.partners)
    people = _named(session, reads.people)
    areas = _named(session, reads.areas)
    own = {key: tuple(values) for key, values in _grouped_rows(session, reads.own_links).items()}
    parties = _grouped_rows(session, reads.parties)
    return build_milestone_rows(
        MilestoneNames(memoranda, partners, people, areas, own, parties),
        driver_rows(session, reads.milestones),
        today,
    )


def memorandum_rows(session: Reader) -> list[MemorandumRow]:
    partners = _names(session, ORGANIZATION.c.id, ORGANIZATION.c.name)
    people = _names(session, PERSON.c.id, PERSON.c.name)
    areas = _names(session, FOCUS_AREA.c.id, FOCUS_AREA.c.name)
    parties = _grouped(
        session, MEMORANDUM_PARTY.c.memorandum_id, MEMORANDUM_PARTY.c.organization_id
    )
    memo_areas = _grouped(
        session, MEMORANDUM_FOCUS_AREA.c.memorandum_id, MEMORANDUM_FOCUS_AREA.c.focus_area_id
    )
    milestones = _counts(session, MILESTONE.c.memorandum_id)
    statement = select(
        MEMORANDUM.c.id,
        MEMORANDUM.c.title,
        MEMORANDUM.c.kind,
        MEMORANDUM.c.status,
        _raw(MEMORANDUM.c.signed_on),
        _raw(MEMORANDUM.c.valid_until),
        MEMORANDUM.c.responsible_id,
        MEMORANDUM.c.summary,
    ).order_by(MEMORANDUM.c.id)
    rows = []
    for id_, title, kind, status, signed, until, person_id, summary in _core_rows(
        session, statement
    ):
        party_ids = frozenset(parties.get(id_, ()))
        area_ids = frozenset(memo_areas.get(id_, ()))
        party_label = joined(party_ids, partners)
        area_label = joined(area_ids, areas)
        person = people.get(person_id) if person_id else None
        rows.append(
            MemorandumRow(
                id_,
                title,
                kind,
                status,
                signed,
                until,
                party_label,
                area_label,
                person,
                milestones.get(id_, 0),
                search_key(title, summary, party_label, area_label, person),
                party_ids,
                area_ids,
                person_id,
            )
        )
    return rows


def partner_rows(session: Reader) -> list[PartnerRow]:
    names = _names(session, ORGANIZATION.c.id, ORGANIZATION.c.name)
    aliases = _grouped(session, ORGANIZATION_ALIAS.c.organization_id, ORGANIZATION_ALIAS.c.alias)
    memoranda = _counts(session, MEMORANDUM_PARTY.c.organization_id)
    milestones = _counts(session, MILESTONE_ORGANIZATION.c.organization_id)
    statement = select(
        ORGANIZATION.c.id,
        ORGANIZATION.c.name,
        ORGANIZATION.c.short_name,
        ORGANIZATION.c.kind,
        ORGANIZATION.c.country,
        ORGANIZATION.c.parent_id,
        ORGANIZATION.c.notes,
    ).order_by(ORGANIZATION.c.id)
    return [
        PartnerRow(
            id_,
            name,
            short,
            kind,
            country,
            names.get(parent_id) if parent_id else None,
            memoranda.get(id_, 0),
            milestones.get(id_, 0),
            search_key(
                name,
                short,
                *aliases.get(id_, ()),
                country,
                notes,
                in_latin(name, *aliases.get(id_, ())),
            ),
            frozenset((id_,)),
        )
        for id_, name, short, kind, country, parent_id, notes in _core_rows(session, statement)
    ]


def person_rows(session: Reader) -> list[PersonRow]:
    partners = _names(session, ORGANIZATION.c.id, ORGANIZATION.c.name)
    aliases = _grouped(session, PERSON_ALIAS.c.person_id, PERSON_ALIAS.c.alias)
    statement = select(
        PERSON.c.id,
        PERSON.c.name,
        PERSON.c.title,
        PERSON.c.organization_id,
        PERSON.c.email,
        PERSON.c.phone,
        PERSON.c.notes,
    ).order_by(PERSON.c.id)
    rows = []
    for id_, name, title, org_id, email, phone, notes in _core_rows(session, statement):
        organization = partners.get(org_id) if org_id else None
        rows.append(
            PersonRow(
                id_,
                name,
                title,
                organization,
                email,
                phone,
                search_key(
                    name,
                    *aliases.get(id_, ()),
                    title,
                    organization,
                    email,
                    notes,
                    in_latin(name, *aliases.get(id_, ())),
                ),
                frozenset((org_id,)) if org_id else frozenset(),
            )
        )
    return rows


def focus_area_rows(session: Reader) -> list[FocusAreaRow]:
    names = _names(session, FOCUS_AREA.c.id, FOCUS_AREA.c.name)
    memoranda = _counts(session, MEMORANDUM_FOCUS_AREA.c.focus_area_id)
    milestones = _counts(session, MILESTONE.c.focus_area_id)
    statement = select(
        FOCUS_AREA.c.id, FOCUS_AREA.c.name, FOCUS_AREA.c.parent_id, FOCUS_AREA.c.description
    ).order_by(FOCUS_AREA.c.id)
    return [
        FocusAreaRow(
            id_,
            name,
            names.get(parent_id) if parent_id else None,
            memoranda.get(id_, 0),
            milestones.get(id_, 0),
            description,
            search_key(name, description),
            frozenset((id_,)),
        )
        for id_, name, parent_id, description in _core_rows(session, statement)
    ]


def _supported_records(session: Reader) -> dict[int, int]:
    """How many distinct records each source supports: a record cited by several spans of
    one text counts once (an import that created 8 records shows 8, not its 19 spans)."""
    cited = (
        select(PROVENANCE.c.source_id, PROVENANCE.c.record_kind, PROVENANCE.c.record_id)
        .distinct()
        .subquery()
    )
    statement = select(cited.c.source_id, func.count()).group_by(cited.c.source_id)
    return {key: count for key, count in _core_rows(session, statement)}


def source_rows(session: Reader) -> list[SourceRow]:
    records = _supported_records(session)
    statement = select(
        SOURCE.c.id,
        SOURCE.c.title,
        SOURCE.c.outlet,
        _raw(SOURCE.c.published_on),
        SOURCE.c.language,
        SOURCE.c.url,
    ).order_by(SOURCE.c.id)
    return [
        SourceRow(
            id_,
            title,
            outlet,
            published,
            language,
            records.get(id_, 0),
            url,
            search_key(title, outlet, url),
        )
        for id_, title, outlet, published, language, url in _core_rows(session, statement)
    ]


BROWSERS: dict[str, Callable[[Reader], Sequence[AnyRow]]] = {
    "memorandum": memorandum_rows,
    "organization": partner_rows,
    "person": person_rows,
    "focus_area": focus_area_rows,
    "milestone": milestone_rows,
    "source": source_rows,
}


def browse_rows(session: Reader, kind: str) -> list[AnyRow]:
    """Every record of `kind` (a record kind such as "milestone") as a browse row."""
    with without_gc_pauses():
        return list(BROWSERS[kind](session))
