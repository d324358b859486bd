"""Read-only listings of each record kind as plain rows (dicts), related records by name.

Column selects, never ORM entities: the window and `list --json` both use these, and on a
large database entities cost several times the time and memory (PERFORMANCE.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Executable, TableClause, column, select, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    # Every listing is column selects, so a Core connection serves as well as a session: `list
    # --json` reads through one and never builds the session factory (nor the history hook).
    Reader = Session | Connection

Row = dict[str, Any]


def _table(name: str, *columns: str) -> TableClause:
    return table(name, *(column(name) for name in columns))


# The columns the listings read, as lightweight Core tables named as in kztracker.models (a test
# keeps them so): `list` then loads neither SQLAlchemy's ORM nor the model classes, a third of
# the command's time. Dates come as stored, ISO text cut to its precision (PartialDateType).
_organization = _table(
    "organization", "id", "name", "short_name", "kind", "country", "parent_id", "name_key"
)
_organization_alias = _table("organization_alias", "organization_id", "alias")
_person = _table("person", "id", "name", "title", "organization_id", "email", "phone", "name_key")
_person_alias = _table("person_alias", "person_id", "alias")
_focus_area = _table("focus_area", "id", "name", "description", "parent_id", "name_key")
_memorandum = _table(
    "memorandum",
    "id",
    "title",
    "title_key",
    "kind",
    "status",
    "signed_on",
    "valid_until",
    "responsible_id",
    "summary",
)
_memorandum_party = _table("memorandum_party", "memorandum_id", "organization_id", "role")
_memorandum_signatory = _table("memorandum_signatory", "memorandum_id", "person_id")
_memorandum_focus_area = _table("memorandum_focus_area", "memorandum_id", "focus_area_id")
_milestone = _table(
    "milestone",
    "id",
    "title",
    "memorandum_id",
    "focus_area_id",
    "start_on",
    "due_on",
    "completed_on",
    "status",
    "responsible_id",
    "notes",
)
_milestone_organization = _table("milestone_organization", "milestone_id", "organization_id")
_source = _table("source", "id", "title", "outlet", "url", "published_on", "language")
LIGHT_TABLES = (
    _organization,
    _organization_alias,
    _person,
    _person_alias,
    _focus_area,
    _memorandum,
    _memorandum_party,
    _memorandum_signatory,
    _memorandum_focus_area,
    _milestone,
    _milestone_organization,
    _source,
)


def _columns(light: TableClause, *names: str) -> list[Any]:
    return [light.c[name] for name in names]


def _grouped(session: Reader, statement: Executable) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, value in session.execute(statement):
        groups[key].append(value)
    return groups


def list_partners(session: Reader) -> list[Row]:
    parent = _organization.alias("parent")
    aliases = _grouped(
        session,
        select(_organization_alias.c.organization_id, _organization_alias.c.alias).order_by(
            _organization_alias.c.alias
        ),
    )
    statement: Executable = (
        select(
            *_columns(_organization, "id", "name", "short_name", "kind", "country"), parent.c.name
        )
        .outerjoin(parent, _organization.c.parent_id == parent.c.id)
        .order_by(_organization.c.name_key)
    )
    return [
        {
            "id": id_,
            "name": name,
            "short_name": short,
            "kind": kind,
            "country": country,
            "parent": parent_name,
            "aliases": aliases.get(id_, []),
        }
        for id_, name, short, kind, country, parent_name in session.execute(statement)
    ]


def list_people(session: Reader) -> list[Row]:
    aliases = _grouped(
        session,
        select(_person_alias.c.person_id, _person_alias.c.alias).order_by(_person_alias.c.alias),
    )
    statement: Executable = (
        select(
            *_columns(_person, "id", "name", "title"),
            _organization.c.name,
            *_columns(_person, "email", "phone"),
        )
        .outerjoin(_organization, _person.c.organization_id == _organization.c.id)
        .order_by(_person.c.name_key)
    )
    return [
        {
            "id": id_,
            "name": name,
            "title": title,
            "organization": org,
            "email": email,
            "phone": phone,
            "aliases": aliases.get(id_, []),
        }
        for id_, name, title, org, email, phone in session.execute(statement)
    ]


def list_focus_areas(session: Reader) -> list[Row]:
    parent = _focus_area.alias("parent")
    statement: Executable = (
        select(*_columns(_focus_area, "id", "name", "description"), parent.c.name)
        .outerjoin(parent, _focus_area.c.parent_id == parent.c.id)
        .order_by(_focus_area.c.name_key)
    )
    return [
        {"id": id_, "name": name, "description": description, "parent": parent_name}
        for id_, name, description, parent_name in session.execute(statement)
    ]


def list_memoranda(session: Reader) -> list[Row]:
    parties: dict[int, list[Any]] = defaultdict(list)
    for memo_id, org, role in session.execute(
        select(_memorandum_party.c.memorandum_id, _organization.c.name, _memorandum_party.c.role)
        .join(_organization, _memorandum_party.c.organization_id == _organization.c.id)
        .order_by(_organization.c.name_key)
    ):
        parties[memo_id].append({"name": org, "role": role})
    signatories = _grouped(
        session,
        select(_memorandum_signatory.c.memorandum_id, _person.c.name)
        .join(_person, _memorandum_signatory.c.person_id == _person.c.id)
        .order_by(_person.c.name_key),
    )
    areas = _grouped(
        session,
        select(_memorandum_focus_area.c.memorandum_id, _focus_area.c.name)
        .join(_focus_area, _memorandum_focus_area.c.focus_area_id == _focus_area.c.id)
        .order_by(_focus_area.c.name_key),
    )
    statement: Executable = (
        select(
            *_columns(_memorandum, "id", "title", "kind", "status", "signed_on", "valid_until"),
            _person.c.name,
            _memorandum.c.summary,
        )
        .outerjoin(_person, _memorandum.c.responsible_id == _person.c.id)
        .order_by(_memorandum.c.title_key)
    )
    return [
        {
            "id": id_,
            "title": title,
            "kind": kind,
            "status": status,
            "signed_on": signed,
            "valid_until": until,
            "parties": parties.get(id_, []),
            "signatories": signatories.get(id_, []),
            "focus_areas": areas.get(id_, []),
            "responsible": responsible,
            "summary": summary,
        }
        for id_, title, kind, status, signed, until, responsible, summary in session.execute(
            statement
        )
    ]


def list_milestones(session: Reader) -> list[Row]:
    orgs = _grouped(
        session,
        select(_milestone_organization.c.milestone_id, _organization.c.name)
        .join(_organization, _milestone_organization.c.organization_id == _organization.c.id)
        .order_by(_organization.c.name_key),
    )
    statement: Executable = (
        select(
            *_columns(_milestone, "id", "title"),
            _memorandum.c.title,
            _focus_area.c.name,
            *_columns(_milestone, "start_on", "due_on", "completed_on", "status"),
            _person.c.name,
            _milestone.c.notes,
        )
        .outerjoin(_memorandum, _milestone.c.memorandum_id == _memorandum.c.id)
        .outerjoin(_focus_area, _milestone.c.focus_area_id == _focus_area.c.id)
        .outerjoin(_person, _milestone.c.responsible_id == _person.c.id)
        .order_by(_milestone.c.due_on.is_(None), _milestone.c.due_on, _milestone.c.title)
    )
    return [
        {
            "id": id_,
            "title": title,
            "memorandum": memo,
            "focus_area": area,
            "start": start,
            "due": due,
            "completed": completed,
            "status": status,
            "responsible": responsible,
            "organizations": orgs.get(id_, []),
            "notes": notes,
        }
        for id_, title, memo, area, start, due, completed, status, responsible, notes in (
            session.execute(statement)
        )
    ]


def list_sources(session: Reader) -> list[Row]:
    statement: Executable = select(
        *_columns(_source, "id", "title", "outlet", "url", "published_on", "language")
    ).order_by(_source.c.published_on.is_(None), _source.c.published_on, _source.c.title)
    return [
        {
            "id": id_,
            "title": title,
            "outlet": outlet,
            "url": url,
            "published": published,
            "language": language,
        }
        for id_, title, outlet, url, published, language in session.execute(statement)
    ]


LISTINGS: dict[str, Callable[[Reader], list[Row]]] = {
    "memoranda": list_memoranda,
    "partners": list_partners,
    "people": list_people,
    "focus-areas": list_focus_areas,
    "milestones": list_milestones,
    "sources": list_sources,
}


def list_records(session: Reader, kind: str) -> list[Row]:
    """Every record of `kind` (one of LISTINGS) as plain rows."""
    return LISTINGS[kind](session)


def kinds() -> Iterable[str]:
    return LISTINGS.keys()
