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

_LEXICON = language_file("english", "lexicon")
SPEECH_VERBS: frozenset[str] = frozenset(_LEXICON["speech_verbs"])
MONTH_GIVEN_NAMES: frozenset[str] = frozenset(_LEXICON["month_given_names"])
# "Consul Explores Prospects Of ...": a title-case headline's verb or preposition is no
# name word; "Will" is a given name as well.
_HEADLINE_WORDS = frozenset(language_file("english", "organizations")["headline_breaks"]) - set(
    _LEXICON["headline_given_names"]
)
INITIAL = "(?:[A-Z]|" + "|".join(_LEXICON["initial_digraphs"]) + r")\."
# "Kassym-Jomart": a hyphenated given name is one word; "O'Hara", "McLean" are one too.
_NAME_WORD = re.compile(
    r"^[A-Z\u00C0-\u024F][a-z\u00C0-\u024F’']+(?:-[A-Z\u00C0-\u024F]?[a-z\u00C0-\u024F’']+)*$"
    r"|^(?:" + "|".join(_LEXICON["surname_prefixes"]) + r")[A-Z][a-z\u00C0-\u024F’']+$"
    r"|^[A-Z]\.$"
    rf"|^(?:{INITIAL})+[A-Z][a-z\u00C0-\u024F’']+(?:-[A-Z][a-z\u00C0-\u024F’']+)?$"
)
# "Eun-ha", "Young-tak": a Korean given name, its second syllable in lower case after a hyphen.
GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")
# "S.Chinzorig", "Zh.Tokpanov": initials written onto the surname are a whole name in one
# word; a Kazakh or Russian letter written with two Latin ones is one initial (initial_digraphs).
_INITIALED = re.compile(rf"^(?:{INITIAL})+[A-Z][a-z\u00C0-\u024F’']{{2,}}")
# "Sadykova A.B.": initials after a surname (the last full stop is not the token's).
_TRAILING_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


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
        or word in _HEADLINE_WORDS
    )


def name_word(tokens: list[Token], j: int) -> bool:
    """ "Jan Novak": a short month name is a given name when a name word follows it, with no
    full stop or day number to make it a date ("Jan. 5", "Jan 5")."""
    if name_like(tokens[j]) or initialed(tokens[j]):
        return True
    token = tokens[j]
    if j + 1 < len(tokens) and GIVEN_SYLLABLES.fullmatch(tokens[j + 1].text):
        # "Park Eun-ha": a surname that is also a type word, before a Korean given name
        return token.lower in ORGANIZATION_TYPES and bool(_NAME_WORD.match(token.text))
    if j > 0 and _TRAILING_INITIALS.match(token.text) and name_like(tokens[j - 1]):
        return token.lower not in COUNTRIES  # "Sadykova A.B.", not "... U.S"
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        token.lower in MONTH_GIVEN_NAMES
        and token.text[:1].isupper()
        and following is not None
        and following.start == token.end + 1
        and name_like(following)
    )


def initialed(token: Token) -> bool:
    """ "S.Chinzorig": one word that is a whole name (its initials, then the surname)."""
    return bool(_INITIALED.match(token.text)) and name_like(token)


def particles_then_name(tokens: list[Token], j: int) -> bool:
    """ "Ursula von der Leyen": lower-case particles, then a name word."""
    while j < len(tokens) and tokens[j].lower in NAME_PARTICLES and tokens[j].text.islower():
        j += 1
    return j < len(tokens) and name_like(tokens[j])
