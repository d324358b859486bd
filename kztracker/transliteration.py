"""Names across Cyrillic and Latin: the Latin keys a name is known by in every romanization.

A Kazakh name reaches the tracker written in Cyrillic ("Нұрбек"), in the passport's Latin
("Nurbek"), in the Russian-style Latin of older documents and the press ("Yuriy"), or in the
Kazakh Latin alphabet of 2021 ("Aqmaral"). Each romanization is a table in
data/transliteration.json; a Cyrillic name gets one Latin key per table, a Latin name one key,
and two spellings are the same name when their keys meet. Keys drop diacritics and doubled
letters, so "Duissenova" and "Дүйсенова", "Ş" and "Sh" differences aside, compare equal.

No library on the package index covers all three romanizations with the Kazakh letters, so the
tables are data, tested pair by pair (tests/test_transliteration.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from kztracker.resources import package_json

_NOT_LETTER = re.compile(r"[\W\d_]+")
_DOUBLED = re.compile(r"(\w)\1+")
# "sh"/"ş", "ch"/"ç", "zh"/"j" stay apart on purpose: collapsing them would join unrelated
# names; the 2021 scheme's keys are compared with Latin written in that alphabet.


@cache
def _data() -> dict[str, Any]:
    return package_json("kztracker", "transliteration")


@cache
def _tables() -> dict[str, dict[int, str]]:
    data = _data()
    tables = {}
    for name, letters in data["schemes"].items():
        merged = {**data["common"], **{k: v for k, v in letters.items() if len(k) == 1}}
        tables[name] = {ord(k): v for k, v in merged.items()}
    return tables


def schemes() -> list[str]:
    """The romanizations known, by name: "passport", "russian", "kazakh_latin_2021"."""
    return list(_tables())


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def romanize(text: str, scheme: str = "passport") -> str:
    """`text` with its Cyrillic letters written in Latin by one scheme, case kept per word
    start ("Саясат Нурбек" → "Sayasat Nurbek" in the "russian" scheme)."""
    table = _tables()[scheme]
    out = []
    for ch in text:
        lower = ch.lower()
        latin = table.get(ord(lower))
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch != lower else latin)
    return "".join(out)


def latin_key(text: str) -> str:
    """A Latin spelling folded for comparison: lower case, no diacritics, no doubled letters,
    words separated by single spaces ("Dūisenova" → "duisenova", "Sarbassov" → "sarbasov")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.translate({ord(k): v for k, v in _data()["latin_letters"].items()})
    folded = _NOT_LETTER.sub(" ", folded)
    return " ".join(_DOUBLED.sub(r"\1", folded).split())


def latin_keys(text: str) -> set[str]:
    """Every Latin key a name is known by: one per romanization for a Cyrillic name, one for a
    Latin name. Two names written in different scripts are the same when their keys meet."""
    if not has_cyrillic(text):
        key = latin_key(text)
        return {key} if key else set()
    return {key for scheme in _tables() if (key := latin_key(romanize(text, scheme)))}
