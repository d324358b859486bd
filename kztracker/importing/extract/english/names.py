"""Whether a word can be part of a person's name: capitalized, hyphenated given names
("Kassym-Jomart") included, never a title, a month, a country or a type word; particles
("von der") inside a name; and the verbs of speech that follow a name ("X said")."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAMES,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
    WEEKDAYS,
)
from kztracker.importing.extract.english.text import Token
from kztracker.importing.extract.language_files import language_file

SPEECH_VERBS: frozenset[str] = frozenset(language_file("english", "lexicon")["speech_verbs"])
# "Kassym-Jomart": a hyphenated given name is one word; "O'Hara", "McLean" are one too.
_NAME_WORD = re.compile(
    r"^[A-Z\u00C0-\u024F][a-z\u00C0-\u024F’']+(?:-[A-Z\u00C0-\u024F]?[a-z\u00C0-\u024F’']+)*$"
    r"|^(?:O['’]|Mc|Mac)[A-Z][a-z\u00C0-\u024F’']+$"
    r"|^[A-Z]\.$"
    r"|^(?:[A-Z]\.)+[A-Z][a-z\u00C0-\u024F’']+(?:-[A-Z][a-z\u00C0-\u024F’']+)?$"
)
# "S.Chinzorig", "A.Baitursynov": initials written onto the surname are a whole name in one word.
_INITIALED = re.compile(r"^(?:[A-Z]\.)+[A-Z][a-z\u00C0-\u024F’']{2,}")


def name_like(token: Token) -> bool:
    word = token.lower
    return bool(_NAME_WORD.match(token.text)) and not (
        word in NOT_NAMES
        or word in TITLE_WORDS
        or word in HONORIFICS
        or word in MONTHS
        or word in WEEKDAYS
        or word in ORGANIZATION_TYPES
        or word in COUNTRIES
        or word in CITIES
        or word in NATIONALITIES
        or word in COMMON_WORDS
    )


def initialed(token: Token) -> bool:
    """ "S.Chinzorig": one word that is a whole name (its initials, then the surname)."""
    return bool(_INITIALED.match(token.text)) and name_like(token)


def particles_then_name(tokens: list[Token], j: int) -> bool:
    """ "Ursula von der Leyen": lower-case particles, then a name word."""
    while j < len(tokens) and tokens[j].lower in NAME_PARTICLES and tokens[j].text.islower():
        j += 1
    return j < len(tokens) and name_like(tokens[j])
