"""The dictionary's word forms: pymorphy3's parses and lemmas, with the data file's nouns the
dictionary lacks or guesses wrongly («акимат», «кенеш»; data/morph.json nouns)."""

from __future__ import annotations

from functools import cache
from typing import Any

from kztracker.importing.extract.russian.lexicon import load


@cache
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def parses(word: str) -> tuple[Any, ...]:
    return tuple(analyzer().parse(word))


@cache
def lemma(word: str) -> str:
    """The dictionary form of a word, lower case; the data file's nouns included."""
    known = listed_noun(word)
    if known is not None:
        return known[0]
    found = parses(word.casefold())
    return str(found[0].normal_form) if found else word.casefold()


def listed_noun(word: str) -> tuple[str, str] | None:
    """(stem, case) of a word from the data file's noun list: «акиматом» → («акимат», "ablt")."""
    data = load("morph")
    low = word.casefold()
    for stem, declension in data["nouns"].items():
        if low.startswith(stem[:-1] if declension == "soft_masc" else stem):
            ending = low[len(stem) - (declension == "soft_masc") :]
            case = data["declensions"][declension].get(ending)
            if case is not None:
                return stem, case
    return None


def listed_case(word: str) -> str | None:
    """The case of a word from the data file's noun list («акиматом» → "ablt"), whose
    dictionary parses are only guesses; None for any other word."""
    found = listed_noun(word)
    return found[1] if found else None


def indeclinable_listed(word: str) -> bool:
    """A word of the data file's noun list that does not decline («Жогорку» of «Жогорку
    Кенеш»): a foreign name's own word, before the type noun that declines."""
    return load("morph")["nouns"].get(word.casefold()) == "indeclinable"
