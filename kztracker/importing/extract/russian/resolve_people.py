"""The resolve stage for people: mentions become one person each, news outlets left out.

A person's organization is the one named in their title («ректор КазНУ»), else the body the title
implies («министр энергетики» → Министерство энергетики); a surname alone joins the full name.
"""

from __future__ import annotations

import os

from kztracker.importing.draft import DraftPerson
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.importing.extract.merge import merge_people
from kztracker.importing.extract.russian.non_partners import outlets
from kztracker.importing.extract.russian.org_names import organization_name
from kztracker.importing.extract.russian.people import Person, organization_of
from kztracker.importing.extract.russian.short_forms import core_key, expand_abbreviations


def person_mentions(people: list[Person]) -> list[PersonMention]:
    known_outlets = outlets()
    found = []
    written: list[str] = []  # each mention's name as the text writes it
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
        written.append(person.mentions.text_of(person.span))
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
    _one_spelling(found, written)
    return found


def _one_spelling(found: list[PersonMention], written: list[str]) -> None:
    """«Тадеуш Куртыка» and, in a sentence whose case the name does not follow, «Тадеуш
    Куртыки»; «Михаил Швыдкой» and the «Михаил Швыдка» an undeclined «Михаилом Швыдкой» reads
    as: the same given name and a surname differing only in its ending are one person, named as
    the text writes it in the nominative where it does, else as where it gives a title."""
    groups: list[list[tuple[PersonMention, str]]] = []
    for mention, raw in sorted(zip(found, written, strict=True), key=lambda p: p[0].title is None):
        parts = mention.name.split()
        if len(parts) < 2 or len(parts[-1]) < 5:
            continue
        group = next((g for g in groups if _same_person(g[0][0].name, mention.name)), None)
        if group is None:
            groups.append([(mention, raw)])
        else:
            group.append((mention, raw))
    for group in groups:
        best = next((m.name for m, raw in group if raw == m.name), group[0][0].name)
        for mention, _raw in group:
            mention.name = best


def _same_person(a: str, b: str) -> bool:
    first_a, *_middle_a, surname_a = a.casefold().split()
    first_b, *_middle_b, surname_b = b.casefold().split()
    if first_a != first_b:
        return False
    stem = len(os.path.commonprefix([surname_a, surname_b]))
    return stem >= 4 and max(len(surname_a), len(surname_b)) - stem <= 2


def merged_people(
    found: list[PersonMention], names: dict[str, str], text: str
) -> list[DraftPerson]:
    """People with a full name; a surname alone joins the full name it shortens."""
    drafts = merge_people(found, names, core_key, text, "ru")
    return [d for d in drafts if len(d.name.split()) > 1]


def without_surnames(
    found: list[OrganizationMention], people: list[Person], text: str
) -> list[OrganizationMention]:
    """«..., – сказал г-н ИВАНОВ»: a name in capitals that is the surname of a person the text
    names is that person written as some papers write surnames, not an acronym of a body."""
    surnames = {w.casefold() for p in people for w in p.name.split() if len(w) > 2}
    return [
        m
        for m in found
        if m.derived
        or not (text[m.start : m.end].isupper() and text[m.start : m.end].casefold() in surnames)
    ]
