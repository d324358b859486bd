"""Sort keys for the window's tables: natural order for numbers, alphabet order for Cyrillic.

A key is one string, so a sort compares in C: the text folded as search folds it, every run of
digits written as its length and then its digits ("LLP 4" -> "llp 14", "LLP 100" -> "llp 3100",
so 4 comes before 100), and each Cyrillic letter moved to its place in the alphabet
(kztracker/data/alphabets.json: "ё" after "е", Kazakh "ә" after "а", "і" after "ы"), which code
points alone get wrong. Keys are made once per distinct value and kept (`key_of`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztracker.resources import package_json
from kztracker.services.search import fold

_DIGITS = re.compile(r"\d+")
# Ranked letters go to the Private Use Area, above every letter of the scripts the app shows,
# so a Cyrillic name still sorts after the Latin ones as it did by code point.
_RANKED_FROM = 0xE000


@lru_cache(maxsize=1)
def _letters() -> dict[int, str]:
    data = package_json("kztracker", "alphabets")
    table: dict[int, str] = {}
    rank = 0
    for language in data["order"]:
        for letter in data[language]:
            if ord(letter) not in table:
                table[ord(letter)] = chr(_RANKED_FROM + rank)
                rank += 1
    return table


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    # Two digits of length: numbers up to 99 digits long sort by value.
    return f"{len(digits):02d}{digits}"


def natural_key(text: str | None) -> str:
    """The sort key of a cell's text; "" for an empty cell."""
    if not text:
        return ""
    folded = fold(text)
    if not folded.isascii():
        folded = folded.translate(_letters())
    return _DIGITS.sub(_number, folded)


def key_of(cache: dict[str, str], text: str) -> str:
    """`natural_key` through `cache`: names repeat across many rows."""
    key = cache.get(text)
    if key is None:
        key = cache[text] = natural_key(text)
    return key
