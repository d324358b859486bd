"""The database's own names as a gazetteer: what the tracker already knows is found in new text."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.models import (
    FocusArea,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
)


@dataclass(frozen=True)
class KnownName:
    """One known record: its name, its other spellings, and for organizations the short form."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class KnownNames:
    organizations: list[KnownName] = field(default_factory=list)
    people: list[KnownName] = field(default_factory=list)
    focus_areas: list[KnownName] = field(default_factory=list)


def known_names_from_session(session: Session) -> KnownNames:
    """Every organization, person and focus area with its aliases, read in three queries each."""
    org_aliases: dict[int, list[str]] = {}
    for org_id, alias in session.execute(
        select(OrganizationAlias.organization_id, OrganizationAlias.alias)
    ):
        org_aliases.setdefault(org_id, []).append(alias)
    organizations = []
    for org_id, name, short, kind, country in session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.short_name,
            Organization.kind,
            Organization.country,
        )
    ):
        spellings = org_aliases.get(org_id, [])
        if short and short not in spellings:
            spellings = [*spellings, short]
        organizations.append(KnownName(name, tuple(spellings), kind, country))

    person_aliases: dict[int, list[str]] = {}
    for person_id, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)):
        person_aliases.setdefault(person_id, []).append(alias)
    people = [
        KnownName(name, tuple(person_aliases.get(person_id, [])))
        for person_id, name in session.execute(select(Person.id, Person.name))
    ]
    focus_areas = [KnownName(name) for name in session.scalars(select(FocusArea.name))]
    return KnownNames(organizations, people, focus_areas)
