"""The database's own names as a gazetteer: what the tracker already knows is found in new text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

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


class Passage(Protocol):
    """A sentence of the text: its words and where it starts in the whole text."""

    @property
    def text(self) -> str: ...

    @property
    def start(self) -> int: ...


def known_mentions(
    sentence: Passage,
    records: Iterable[KnownName],
    normalize: Callable[[str], str] = lambda spelling: spelling,
    min_words: int = 1,
) -> list[tuple[int, int, KnownName]]:
    """Where the known records' spellings stand in `sentence` (offsets in the whole text),
    each spelling as `normalize` writes it (the caller's text normalized the same way
    beforehand) and of `min_words` words at least. Short spellings (six letters or fewer,
    "NU", "KMG") match in their own case only, longer ones in any case; a spelling inside a
    longer or hyphenated word is no mention."""
    found = []
    for record in records:
        for spelling in record.spellings():
            if len(spelling) < 2 or len(spelling.split()) < min_words:
                continue
            flags = 0 if len(spelling) <= 6 else re.IGNORECASE
            pattern = re.compile(rf"(?<![\w-]){re.escape(normalize(spelling))}(?![\w-])", flags)
            found += [
                (sentence.start + m.start(), sentence.start + m.end(), record)
                for m in pattern.finditer(sentence.text)
            ]
    return found


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
