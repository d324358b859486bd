"""The local government a region's head stands for: "Governor of West Kazakhstan region X",
"the Pavlodar oblast akim X". A Kazakh region's is its akimat, a foreign region's its
administration, so the signature of a region's head gives a party the text never names."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.english.lexicon import CITIES, DIRECTIONS
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_TITLES = language_file("english", "titles")
REGIONAL_HEAD = re.compile(_TITLES["regional_head"])
HEAD_WORDS = frozenset(_TITLES["regional_head_words"])
UNITS = frozenset(_TITLES["regional_units_singular"])
_AKIMAT = _TITLES["regional_akimat"]  # "Akimat of {place} {unit}"
_DEFAULT_UNIT = _TITLES["default_unit"]


def kazakh_place(place: str) -> bool:
    """ "Pavlodar", "West Kazakhstan": a place in Kazakhstan."""
    words = place.casefold().split()
    if len(words) > 1 and words[0] in DIRECTIONS:
        return " ".join(words[1:]) == "kazakhstan" or kazakh_place(" ".join(words[1:]))
    return CITIES.get(" ".join(words)) == "Kazakhstan"


def regional_body(place: str, unit: str = _DEFAULT_UNIT) -> tuple[str, str | None]:
    """The name of a region's local government, with the unit word the text uses ("Akimat of
    North Kazakhstan oblast"), and its country where known."""
    if kazakh_place(place):
        return _AKIMAT.format(place=place, unit=unit.casefold()), "Kazakhstan"
    return str(WORDING["foreign_regional_unit"]).format(name=place), CITIES.get(place.casefold())


def headed_region(title: str) -> tuple[str, str | None] | None:
    """ "Governor of Orenburg region": the region's body that title heads."""
    match = REGIONAL_HEAD.match(title.strip())
    return regional_body(match.group("place"), match.group("unit")) if match else None


def prefixed_region(place: str, title: str) -> tuple[str, str | None] | None:
    """ "Pavlodar oblast" before "akim": the region's body that head stands for."""
    words = place.split()
    if (
        len(words) < 2
        or words[-1].casefold() not in UNITS
        or title.casefold() not in HEAD_WORDS
        or not all(w[:1].isupper() for w in words[:-1])
    ):
        return None
    return regional_body(" ".join(words[:-1]), words[-1])


_LOCAL_BODY = re.compile(_TITLES["local_body"])
_LOCAL_HEAD = re.compile(_TITLES["local_head_title"])
_NAMED_REGION = re.compile(_TITLES["named_region"])


def text_region(text: str) -> str | None:
    """The akimat of the one Kazakh region the text names ("Kyzylorda region"); None when it
    names none, or several, since "the oblast akim" would then be anyone's."""
    named = [(m.group("place"), m.group("unit")) for m in _NAMED_REGION.finditer(text)]
    places = {place for place, _ in named if kazakh_place(place)}
    if len(places) != 1:
        return None
    place = places.pop()
    return regional_body(place, next(unit for p, unit in named if p == place))[0]


def local_bodies(
    sentence: Sentence,
    index: int,
    region: str | None,
    found: list[OrganizationMention],
    people: list[PersonMention],
) -> list[OrganizationMention]:
    """ "signed by the oblast akim and ...": the text's region's akimat, where the sentence
    names it only by its office; a person titled "Oblast akim" works for it."""
    if region is None:
        return []
    for person in people:
        if person.organization is None and _LOCAL_HEAD.match(person.title or ""):
            person.organization = region
    result = []
    for match in _LOCAL_BODY.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(m.start < end and start < m.end for m in found):
            continue  # "the Kyzylorda Oblast Akimat": named already
        result.append(
            OrganizationMention(region, start, end, "government", "Kazakhstan", sentence=index)
        )
    return result
