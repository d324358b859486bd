"""Places: countries, cities and regions, and the country an organization's name gives away."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COUNTRIES,
    DIRECTIONS,
    NATIONALITIES,
    REGIONS,
)
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "lexicon")
# "of the Republic of Kazakhstan" and its shorter forms, which do not change an organization.
COUNTRY_SUFFIX = re.compile(_DATA["home_country_suffix"])
_PLACE_KINDS = tuple(_DATA["place_kinds"])


def is_place(words: list[str]) -> bool:
    """ "Astana", "Central Asia", "East Kazakhstan region": a place, never a partner."""
    phrase = " ".join(words).casefold()
    if len(words) > 1 and words[0].casefold() in DIRECTIONS:
        return is_place(words[1:]) or words[-1].casefold() in _PLACE_KINDS
    return phrase in COUNTRIES or phrase in CITIES or phrase in REGIONS


def country_of(name: str) -> str | None:
    """The country a name itself names: "Korea Institute ...", "Astana Medical University"."""
    words = [w.casefold() for w in re.findall(r"[\w’'-]+", name)]
    for i in range(len(words)):
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if phrase in COUNTRIES:
                return COUNTRIES[phrase]
            if phrase in CITIES:
                return CITIES[phrase]
            if size == 1 and NATIONALITIES.get(phrase):
                return NATIONALITIES[phrase]
    return None


_BRACKETED = re.compile(r"^\s*\(([A-Z][\w .’'-]{1,40})\)")


def countries_after(text: str, mentions: list[OrganizationMention]) -> None:
    """ "the University of Tartu (Estonia)": the country in brackets after a name is where it
    is, never its short name."""
    for mention in mentions:
        found = _BRACKETED.match(text[mention.end : mention.end + 44])
        if found and found.group(1).casefold() in COUNTRIES:
            mention.country = COUNTRIES[found.group(1).casefold()]
            if mention.short_name == found.group(1):
                mention.short_name = None
            mention.aliases = [a for a in mention.aliases if a != found.group(1)]
