"""What the three languages call sheets, columns, statuses, kinds and months (data/*.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TypeVar

from kztracker.resources import package_json

T = TypeVar("T")

LANGUAGES = ("en", "ru", "kk")
_NOT_WORD = re.compile(r"[^\w\s-]+")


@lru_cache(maxsize=1 << 16)  # a sheet repeats its partners, people and statuses row after row
def fold(text: str) -> str:
    """A header or a word as compared: case-folded, ё as е, punctuation and extra spaces gone."""
    cleaned = _NOT_WORD.sub(" ", text.casefold().replace("ё", "е").replace("_", " "))
    return " ".join(cleaned.split())


@dataclass
class Vocabulary:
    # Folded word -> (meaning, language): the first language listing a word keeps it.
    sheets: dict[str, str] = field(default_factory=dict)
    headers: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    memorandum_statuses: dict[str, str] = field(default_factory=dict)
    organization_kinds: dict[str, str] = field(default_factory=dict)
    memorandum_kinds: dict[str, str] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    # Kazakh months take case endings ("қазанда", "қазанның"): matched as a word's start.
    month_stems: dict[str, int] = field(default_factory=dict)


def _words(table: dict[str, list[str]], into: dict[str, str]) -> None:
    for meaning, words in table.items():
        for word in words:
            into.setdefault(fold(word), meaning)


@cache
def vocabulary() -> Vocabulary:
    found = Vocabulary()
    for language in LANGUAGES:
        data = package_json(__package__, language)
        _words(data["sheets"], found.sheets)
        for kind, fields in data["headers"].items():
            into = found.headers.setdefault(kind, {})
            for name, words in fields.items():
                for word in words:
                    into.setdefault(fold(word), (name, language))
        _words(data["statuses"], found.statuses)
        _words(data["memorandum_statuses"], found.memorandum_statuses)
        _words(data["organization_kinds"], found.organization_kinds)
        _words(data["memorandum_kinds"], found.memorandum_kinds)
        for number, words in data["months"].items():
            for word in words:
                target = found.month_stems if language == "kk" else found.months
                target.setdefault(fold(word), int(number))
    return found


def lookup(table: dict[str, T], text: str) -> T | None:
    """The meaning of a cell's words: the whole cell first, then its leading words."""
    key = fold(text)
    if key in table:
        return table[key]
    words = key.split()
    for length in range(len(words) - 1, 0, -1):
        meaning = table.get(" ".join(words[:length]))
        if meaning is not None:
            return meaning
    return None


def month(word: str) -> int | None:
    known = vocabulary()
    key = fold(word).rstrip(".")
    if key in known.months:
        return known.months[key]
    for stem, number in known.month_stems.items():
        if key.startswith(stem) and len(key) - len(stem) <= 5:
            return number
    return None


def known_header(text: str) -> bool:
    """Whether a cell reads as a column header of any kind, in any of the three languages."""
    return any(lookup(words, text) is not None for words in vocabulary().headers.values())
