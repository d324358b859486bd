"""The body a region's head serves, read from the title's own words.

«глава Пензенской области», «губернатор Астраханской области»: the region written after the
title names the body. A Kazakh region's head is its akim, so a Kazakh region gives its akimat
(data: regions region_akimats); a region elsewhere gives its government, as a governor's title
does. A title written with no name after it («Губернатор ... области отметил, что ...») still
puts that body in the story: the region's head speaks for it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.tokens import Token


def region_after(tokens: list[Token], head: int) -> str | None:
    """«Пензенской области» right after the title word at `head`: a capitalized adjective in
    the genitive and a region unit (data: lexicon region_units_after_title)."""
    if head + 2 >= len(tokens):
        return None
    adjective, unit = tokens[head + 1], tokens[head + 2]
    if unit.text.casefold() not in words("lexicon", "region_units_after_title"):
        return None
    if not adjective.capitalized or "gent" not in adjective.cases("ADJF"):
        return None
    return f"{adjective.text} {unit.text.casefold()}"


def region_body(tokens: list[Token], head: int, region: str) -> str | None:
    """The body the region head at `head` serves in `region` (genitive): the akimat of a
    Kazakh region, the government of any other; an akim serves only a Kazakh region."""
    akimat = f"Акимат {region}"
    if akimat in load("regions")["region_akimats"].values():
        return akimat
    if tokens[head].lemma in words("lexicon", "foreign_region_heads"):
        return f"Правительство {region}"
    return None


def bare_region_titles(
    sentences: Iterable[SentenceMentions], titled: set[tuple[int, Range]]
) -> list[OrganizationMention]:
    """Bodies of region heads named by title alone: a title word (data: lexicon
    bare_region_heads) in the singular, outside every person's title (`titled`, the
    (sentence, token range) of each), followed by its region."""
    heads = words("lexicon", "bare_region_heads")
    found: list[OrganizationMention] = []
    for mentions in sentences:
        tokens = mentions.tokens
        for i, token in enumerate(tokens):
            if token.lemma not in heads or _inside(mentions, i, titled):
                continue
            if not any(p.tag.number == "sing" for p in token.parses if p.tag.POS == "NOUN"):
                continue
            region = region_after(tokens, i)
            body = region_body(tokens, i, region) if region else None
            if body is None:
                continue
            found.append(
                OrganizationMention(
                    name=body,
                    start=token.start,
                    end=token.start,
                    kind="government",
                    country=None,
                    sentence=mentions.index,
                    derived=True,
                )
            )
    return found


def _inside(mentions: SentenceMentions, i: int, titled: set[tuple[int, Range]]) -> bool:
    return any(a <= i < b for a, b in mentions.people) or any(
        index == mentions.index and span[0] <= i < span[1] for index, span in titled
    )
