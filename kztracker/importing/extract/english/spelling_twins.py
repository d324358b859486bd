"""One body written in two Latin spellings of its Kazakh or Russian name ("KazMunayGas" and
"KazMunayGaz", "Samruk-Kazyna" and "Samruk-Qazyna", "Kazakhstan Temir Zholy" and "Qazaqstan
Temir Zholy") is one organization: transliterations differ in the letters of data/variants.json
"loose_letters" and in a hyphen or a space. The spelling the text writes most stays the name;
the other becomes an alias, and people, memoranda and milestones follow it. A person written
twice with one letter of the surname slipped ("Nuraly Saduakassov", later "Nuraly Sauakassov")
is one person too."""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.merge import folded_into, initials

_VARIANTS = language_file("english", "variants")
_LETTERS: list[list[str]] = _VARIANTS["loose_letters"]
_OF = _VARIANTS["head_joiner"]  # "National Olympic Committee | of | the Republic"
_GLIDE = _VARIANTS["optional_initial"]  # "Yerbol" and "Erbol"
_SHORT = re.compile(r"[A-Z]{2,6}")  # an acronym in capitals
_MIN_LETTERS = 6  # shorter names are acronyms, where one letter makes another body
_ALIKE = 75  # "Bakyt" and "Bakit" 80, "Dyussenbayev" and "Duchenbayev" 78; "Serik", "Sergey" 55


def loose_key(name: str) -> str:
    """The name with transliteration's letter choices and its spacing made alike."""
    key = re.sub(r"[\W_]+", "", name.casefold())
    for written, common in _LETTERS:
        key = key.replace(written, common)
    return re.sub(r"(.)\1+", r"\1", key)


def spelling_twins(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
) -> list[DraftOrganization]:
    """The organizations with two spellings of one name folded into one."""
    keepers: dict[str, DraftOrganization] = {}
    into: dict[str, DraftOrganization] = {}
    for organization in sorted(organizations, key=lambda o: -len(o.spans)):
        key = loose_key(organization.name)
        keeper = keepers.get(key)
        if len(key) < _MIN_LETTERS or keeper is None:
            keepers.setdefault(key, organization)
            continue
        into[organization.name] = keeper
        for spelling in (organization.name, *organization.aliases):
            if spelling != keeper.name and spelling not in keeper.aliases:
                keeper.aliases.append(spelling)
        keeper.spans += organization.spans
    for organization in organizations:
        if organization.name not in into:
            keeper = _head_spelled(organization, [o for o in organizations if o.name not in into])
            if keeper is not None:
                into[organization.name] = keeper
                keeper.aliases.append(organization.name)
                keeper.spans += organization.spans
    return folded_into(into, organizations, people, memoranda, milestones)


def _head_spelled(
    acronym: DraftOrganization, organizations: list[DraftOrganization]
) -> DraftOrganization | None:
    """ "NOC" beside "National Olympic Committee of the Republic": an acronym of the words
    before a name's "of" is that body's short form, when one body alone is so spelled."""
    if not _SHORT.fullmatch(acronym.name):
        return None
    spelled = [
        o
        for o in organizations
        if o is not acronym
        and _OF in o.name
        and len(o.name.split(_OF)[0].split()) >= 2
        and initials(o.name.split(_OF)[0], "en") == acronym.name
    ]
    return spelled[0] if len(spelled) == 1 else None


def person_twins(people: list[DraftPerson]) -> list[DraftPerson]:
    """The people with a surname's one-letter slip folded into the spelling written most."""
    kept: list[DraftPerson] = []
    for person in sorted(people, key=lambda p: -len(p.spans)):
        twin = next((k for k in kept if _slipped(k.name, person.name) or _retold(k, person)), None)
        if twin is None:
            kept.append(person)
            continue
        if person.name not in twin.aliases:
            twin.aliases.append(person.name)
        twin.spans += person.spans
        twin.title = twin.title or person.title
        twin.organization = twin.organization or person.organization
    return [p for p in people if any(p is k for k in kept)]


def _retold(one: DraftPerson, other: DraftPerson) -> bool:
    """ "Kazakhstan Ambassador to Korea Bakyt Dyussenbayev", later "Kazakhstan's ambassador to
    Korea, Bakit Duchenbayev": one title, and every word of the name another transliteration of
    the same word (its first letter kept, most of its letters alike)."""
    a, b = one.name.split(), other.name.split()
    return (
        bool(one.title)
        and (one.title or "").casefold() == (other.title or "").casefold()
        and len(a) == len(b) >= 2
        and all(
            _same_start(x, y) and fuzz.ratio(x.casefold(), y.casefold()) >= _ALIKE
            for x, y in zip(a, b, strict=True)
        )
    )


def _same_start(one: str, other: str) -> bool:
    """ "Bakyt" and "Bakit"; "Yerbol" and "Erbol": a word's first letter, a "Y" before a vowel
    written or not."""
    a, b = one.casefold(), other.casefold()
    return a[0] == b[0] or a.removeprefix(_GLIDE)[:1] == b.removeprefix(_GLIDE)[:1]


def _slipped(one: str, other: str) -> bool:
    """The same given names, and surnames of six letters or more one letter apart."""
    a, b = one.split(), other.split()
    return (
        len(a) == len(b) >= 2
        and a[:-1] == b[:-1]
        and min(len(a[-1]), len(b[-1])) >= _MIN_LETTERS
        and Levenshtein.distance(a[-1], b[-1]) == 1
    )
