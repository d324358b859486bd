"""Titles whose "of X" names a company, never a person: "General Director of X", "Chairman of
the Board of Directors of X"."""

from __future__ import annotations

from kztracker.importing.extract.english.text import Token
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "brands")
# "General Director of X": the title's organization, never a person.
TITLES_OF: frozenset[str] = frozenset(_DATA["titles_of"])
_TITLE_LINKS = tuple(_DATA["small_words"]["title_links"])
_TITLE_JOINERS = tuple(_DATA["small_words"]["title_joiners"])


def after_title_of(tokens: list[Token], first: int) -> bool:
    """Whether the word at `first` follows "of" or "at" closing a company title: "General
    Director of X", "Chairman of the Board of Directors of X"."""
    if first < 2 or tokens[first - 1].lower not in _TITLE_LINKS:
        return False
    for n in range(first - 2, max(-1, first - 10), -1):
        if tokens[n].lower in TITLES_OF:
            return True
        if not (tokens[n].capitalized or tokens[n].lower in _TITLE_JOINERS):
            return False
    return False
