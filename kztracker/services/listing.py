"""Read-only listings of each record kind as plain rows (dicts), related records by name.

Column selects, never ORM entities: the window and `list --json` both use these, and on a
large database entities cost several times the time and memory (PERFORMANCE.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Executable, select
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
    OrganizationAlias,
    Person,
    PersonAlias,
    Source,
)

Row = dict[str, Any]
# Every listing is column selects, so a Core connection serves as well as a session: `list
# --json` reads through one and never builds the session factory (nor loads the history hook).
Reader = Session | Connection


def _iso(value: PartialDate | None) -> str | None:
    return value.isoformat() if value else None


def _grouped(session: Reader, statement: Executable) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for key, value in session.execute(statement):
        groups[key].append(value)
    return groups


def list_partners(session: Reader) -> list[Row]:
    parent = aliased(Organization)
    aliases = _grouped(
        session,
        select(OrganizationAlias.organization_id, OrganizationAlias.alias).order_by(
            OrganizationAlias.alias
        ),
    )
    statement = (
        select(
            Organization.id,
            Organization.name,
            Organization.short_name,
            Organization.kind,
            Organization.country,
            parent.name,
        )
        .outerjoin(parent, Organization.parent_id == parent.id)
        .order_by(Organization.name_key)
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
        session, select(PersonAlias.person_id, PersonAlias.alias).order_by(PersonAlias.alias)
    )
    statement = (
        select(Person.id, Person.name, Person.title, Organization.name, Person.email, Person.phone)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .order_by(Person.name_key)
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
    parent = aliased(FocusArea)
    statement = (
        select(FocusArea.id, FocusArea.name, FocusArea.description, parent.name)
        .outerjoin(parent, FocusArea.parent_id == parent.id)
        .order_by(FocusArea.name_key)
    )
    return [
        {"id": id_, "name": name, "description": description, "parent": parent_name}
        for id_, name, description, parent_name in session.execute(statement)
    ]


def list_memoranda(session: Reader) -> list[Row]:
    parties: dict[int, list[Any]] = defaultdict(list)
    for memo_id, org, role in session.execute(
        select(MemorandumParty.memorandum_id, Organization.name, MemorandumParty.role)
        .join(Organization, MemorandumParty.organization_id == Organization.id)
        .order_by(Organization.name_key)
    ):
        parties[memo_id].append({"name": org, "role": role})
    signatories = _grouped(
        session,
        select(MemorandumSignatory.memorandum_id, Person.name)
        .join(Person, MemorandumSignatory.person_id == Person.id)
        .order_by(Person.name_key),
    )
    areas = _grouped(
        session,
        select(MemorandumFocusArea.memorandum_id, FocusArea.name)
        .join(FocusArea, MemorandumFocusArea.focus_area_id == FocusArea.id)
        .order_by(FocusArea.name_key),
    )
    statement = (
        select(
            Memorandum.id,
            Memorandum.title,
            Memorandum.kind,
            Memorandum.status,
            Memorandum.signed_on,
            Memorandum.valid_until,
            Person.name,
            Memorandum.summary,
        )
        .outerjoin(Person, Memorandum.responsible_id == Person.id)
        .order_by(Memorandum.title_key)
    )
    return [
        {
            "id": id_,
            "title": title,
            "kind": kind,
            "status": status,
            "signed_on": _iso(signed),
            "valid_until": _iso(until),
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
        select(MilestoneOrganization.milestone_id, Organization.name)
        .join(Organization, MilestoneOrganization.organization_id == Organization.id)
        .order_by(Organization.name_key),
    )
    statement = (
        select(
            Milestone.id,
            Milestone.title,
            Memorandum.title,
            FocusArea.name,
            Milestone.start_on,
            Milestone.due_on,
            Milestone.completed_on,
            Milestone.status,
            Person.name,
            Milestone.notes,
        )
        .outerjoin(Memorandum, Milestone.memorandum_id == Memorandum.id)
        .outerjoin(FocusArea, Milestone.focus_area_id == FocusArea.id)
        .outerjoin(Person, Milestone.responsible_id == Person.id)
        .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.title)
    )
    return [
        {
            "id": id_,
            "title": title,
            "memorandum": memo,
            "focus_area": area,
            "start": _iso(start),
            "due": _iso(due),
            "completed": _iso(completed),
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
    statement = select(
        Source.id, Source.title, Source.outlet, Source.url, Source.published_on, Source.language
    ).order_by(Source.published_on.is_(None), Source.published_on, Source.title)
    return [
        {
            "id": id_,
            "title": title,
            "outlet": outlet,
            "url": url,
            "published": _iso(published),
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
