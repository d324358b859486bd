"""The country a side is named by («со стороны Казахстана», «с узбекской стороны»), given to a
ministry implied by a bare title signing for it («министр сельского хозяйства А Б»): without it
the ministry of one country folds into the same-portfolio ministry of the other side."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.tokens import Token


def has_country(text: str) -> bool:
    """A word of the text names a country («Узбекистана», «РК»)."""
    countries = load("lexicon")["country_words"]
    return any(
        lemma(w.casefold()) in countries or w.casefold() in countries
        for w in re.findall(r"\w+", text)
    )


def side_country(tokens: list[Token], before: int) -> str | None:
    """The country, in the genitive, of the nearest «со стороны X» / «с X-ской стороны» before
    token `before`; None when no side is named there."""
    countries = load("lexicon")["country_words"]
    adjectives: dict[str, str] = load("lexicon")["country_adjectives"]
    for i in range(before - 1, 0, -1):
        if tokens[i].lemma not in words("lexicon", "side_nouns"):
            continue
        after = tokens[i + 1] if i + 1 < before else None
        if after is not None and after.lemma in countries and after.text[:1].isupper():
            return after.text  # «со стороны Казахстана»
        country = adjectives.get(tokens[i - 1].lemma)
        if country:  # «с казахстанской стороны»
            return upper_first(country)
        return None
    return None
