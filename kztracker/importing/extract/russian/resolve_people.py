"""The resolve stage for people: mentions become one person each, news outlets left out.

A person's organization is the one named in their title («ректор КазНУ»), else the body the title
implies («министр энергетики» → Министерство энергетики); a surname alone joins the full name.
"""

from __future__ import annotations

from kztracker.importing.draft import DraftPerson
from kztracker.importing.extract.mentions import PersonMention
from kztracker.importing.extract.merge import merge_people
from kztracker.importing.extract.russian.non_partners import outlets
from kztracker.importing.extract.russian.people import Person, organization_of
from kztracker.importing.extract.russian.resolve import (
    core_key,
    expand_abbreviations,
    organization_name,
)


def person_mentions(people: list[Person]) -> list[PersonMention]:
    known_outlets = outlets()
    found = []
    for person in people:
        if (
            core_key(person.name) in known_outlets
            or core_key(person.name.split()[0]) in known_outlets
        ):
            continue
        tokens = person.mentions.tokens
        employer = organization_of(person)
        organization = None
        if employer is not None:
            organization = organization_name(person.mentions.text_of(employer))[0]
        elif person.implied and not person.head_of_state:
            organization = expand_abbreviations(person.implied)
        found.append(
            PersonMention(
                name=person.name,
                start=tokens[person.span[0]].start,
                end=tokens[person.span[1] - 1].end,
                title=person.title,
                organization=organization,
                sentence=person.mentions.index,
            )
        )
    _one_spelling(found)
    return found


def _one_spelling(found: list[PersonMention]) -> None:
    """«Тадеуш Куртыка» and, in a sentence whose case the name does not follow, «Тадеуш
    Куртыки»: the same given name and a surname differing in its ending are one person, named as
    where the text gives a title."""
    canonical: dict[tuple[str, str], str] = {}
    for mention in sorted(found, key=lambda m: m.title is None):
        parts = mention.name.split()
        if len(parts) < 2 or len(parts[-1]) < 5:
            continue
        key = (parts[0].casefold(), parts[-1][:-1].casefold())
        mention.name = canonical.setdefault(key, mention.name)


def merged_people(
    found: list[PersonMention], names: dict[str, str], text: str
) -> list[DraftPerson]:
    """People with a full name; a surname alone joins the full name it shortens."""
    drafts = merge_people(found, names, core_key, text)
    return [d for d in drafts if len(d.name.split()) > 1]
