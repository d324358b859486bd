"""Runs of words that make one name where natasha's tags fall short: a Latin company name closed
by a company word, and one government body of two countries («министерства ... Узбекистана и
Казахстана»). Used by the mentions stage."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.tokens import Token


def latin_companies(tokens: list[Token]) -> list[tuple[int, int]]:
    """«Xinjiang Huaken Dairy Group Co ltd», «Orion Trade LLP»: a run of Latin words closed by a
    company word is a company's name, whether natasha tags it or not."""
    suffixes = words("lexicon", "latin_company_words")
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while (
            j < len(tokens)
            and tokens[j].text.isascii()
            and tokens[j].text.isalpha()
            and (tokens[j].text[:1].isupper() or tokens[j].text.casefold() in suffixes)
        ):
            j += 1
        named = [t for t in tokens[i:j] if t.text.casefold() not in suffixes]
        if j - i >= 2 and named and tokens[j - 1].text.casefold() in suffixes:
            found.append((i, j))
        i = max(j, i + 1)
    return found


def countries_joined(tokens: list[Token], i: int, head: Token) -> bool:
    """«и» at `i` joins two countries of one government body named by `head`."""
    countries = load("lexicon")["country_words"]
    government = load("lexicon")["organization_heads"].get(head.lemma) == "government"
    # both in the genitive: «Правительство Казахстана и Китай подписали» names two sides
    return (
        government
        and 0 < i < len(tokens) - 1
        and all(
            t.capitalized and t.lemma in countries and "gent" in t.cases("NOUN")
            for t in (tokens[i - 1], tokens[i + 1])
        )
    )
