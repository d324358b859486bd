"""Which language a text is in, told apart by its script and its commonest words."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Letters Kazakh has and Russian lacks.
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as by was at from are be this it will which has "
    "have an its were their or his her also been said".split()
)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code: "en", "ru", "kk", or None when the text is neither English nor Cyrillic."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    if cyrillic * 2 > len(letters):
        kazakh = sum(c in _KAZAKH_LETTERS for c in letters)
        return "kk" if kazakh * 200 > cyrillic else "ru"
    words = [w.casefold() for w in _WORD.findall(text)]
    common = sum(w in _ENGLISH_WORDS for w in words)
    # Running English prose has far more than one function word in twenty.
    return "en" if words and common * 20 >= len(words) else None
