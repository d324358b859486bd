"""Where a title written before a name runs back to: on over words in lower case, its field
after "for" ("Vice-Rector for academic affairs A B") and the body it heads named back by its
type word ("Rector of the university C D"); not past another titled person's name before a
comma, nor into a phrase that only opens the sentence ("According to X Chairman A B")."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import HONORIFICS, ORGANIZATION_TYPES, TITLE_WORDS
from kztracker.importing.extract.english.names import name_like
from kztracker.importing.extract.english.text import Token
from kztracker.importing.extract.language_files import language_file

_TITLES = language_file("english", "titles")
_OPENERS = tuple(tuple(o.split()) for o in _TITLES["title_openers_dropped"])
_FIELD_LEAD = _TITLES["field_lead"]  # "Vice-Rector for academic affairs"
_OWNER_LINKS = frozenset(_TITLES["owner_links"]["links"])  # "Rector of the university"
_OWNER_ARTICLE = _TITLES["owner_links"]["article"]


def lower_field(tokens: list[Token], n: int) -> bool:
    """ "Vice-Rector for strategic development": a field in lower case after "for" and a title."""
    m = n
    while m > n - 4 and m > 1 and tokens[m].text.isalpha() and tokens[m].text.islower():
        if tokens[m - 1].lower == _FIELD_LEAD:
            return tokens[m - 2].capitalized and tokens[m - 2].lower in TITLE_WORDS
        m -= 1
    return False


def lower_owner(tokens: list[Token], n: int) -> bool:
    """ "Rector of the university": the body a title heads, named back by its type word."""
    return (
        n >= 2
        and tokens[n].text.islower()
        and tokens[n].lower in ORGANIZATION_TYPES
        and tokens[n - 1].lower == _OWNER_ARTICLE
        and tokens[n - 2].lower in _OWNER_LINKS
    )


def titled_name_before(tokens: list[Token], n: int) -> bool:
    """ "Chairman A B,": tokens[n] ends a name of two words right after a title word."""
    return (
        n >= 2
        and name_like(tokens[n])
        and name_like(tokens[n - 1])
        and (tokens[n - 2].lower in TITLE_WORDS or tokens[n - 2].lower in HONORIFICS)
    )


def without_opener(words: list[Token]) -> list[Token]:
    """The title's words less a phrase that opens the sentence ("According to")."""
    for opener in _OPENERS:
        if tuple(w.lower for w in words[: len(opener)]) == opener:
            return words[len(opener) :]
    return words
