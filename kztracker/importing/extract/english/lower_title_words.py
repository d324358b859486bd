"""Words in lower case inside a title written before a name: its field after "for"
("Vice-Rector for academic affairs A B") and the body it heads named back by its type word
("Rector of the university C D"). Either keeps the title running back to its head."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import ORGANIZATION_TYPES, TITLE_WORDS
from kztracker.importing.extract.english.text import Token


def lower_field(tokens: list[Token], n: int) -> bool:
    """ "Vice-Rector for strategic development": a field in lower case after "for" and a title."""
    m = n
    while m > n - 4 and m > 1 and tokens[m].text.isalpha() and tokens[m].text.islower():
        if tokens[m - 1].lower == "for":
            return tokens[m - 2].capitalized and tokens[m - 2].lower in TITLE_WORDS
        m -= 1
    return False


def lower_owner(tokens: list[Token], n: int) -> bool:
    """ "Rector of the university": the body a title heads, named back by its type word."""
    return (
        n >= 2
        and tokens[n].text.islower()
        and tokens[n].lower in ORGANIZATION_TYPES
        and tokens[n - 1].lower == "the"
        and tokens[n - 2].lower in ("of", "at")
    )
