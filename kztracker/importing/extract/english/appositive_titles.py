"""A title set off before a name by a comma, in lower case as running text writes it: "the
rector of the university, academician Zhanseit Tuymebayev", "the company's chief executive,
Timur Suleimenov", "the director general of the corporation, Lee Kung Yong"."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.lexicon import HONORIFICS, TITLE_HEADS, TITLE_WORDS
from kztracker.importing.extract.language_files import fill_slots, language_file

_TITLES = language_file("english", "titles")
_EXTRA = set(_TITLES["appositive_extra_words"])  # "chief executive"
_HEAD = "|".join(sorted((re.escape(w) for w in TITLE_HEADS), key=len, reverse=True))
_WORD = "|".join(sorted((re.escape(w) for w in TITLE_WORDS | _EXTRA), key=len, reverse=True))
_HONORIFIC = "|".join(sorted((re.escape(w) for w in HONORIFICS), key=len, reverse=True))
# The title: title words around a head, then perhaps "of the X" (what it heads), then a comma
# and perhaps honorifics right before the name.
_APPOSITIVE = re.compile(
    fill_slots(_TITLES["appositive"], word=_WORD, head=_HEAD, honorific=_HONORIFIC),
    re.IGNORECASE,
)


def appositive_title(before: str) -> str | None:
    """The title `before` (the text up to a name) ends with, set off by a comma; else None."""
    found = _APPOSITIVE.search(before[-160:])
    if not found:
        return None
    title = found.group("title").strip()
    return upper_first(title)
