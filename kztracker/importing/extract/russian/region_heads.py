"""The body a region's head serves, read from the title's own words.

«глава Пензенской области», «губернатор Астраханской области»: the region written after the
title names the body; so does a region's adjective before it («астраханский губернатор»). A
Kazakh region's head is its akim, so a Kazakh region gives its akimat (data: regions
region_akimats); a region elsewhere gives its government, as a governor's title does.
"""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import parses
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
    bodies = load("lexicon")["body_names"]
    akimat = f"{bodies['akimat']} {region}"
    if akimat in load("regions")["region_akimats"].values():
        return akimat
    if tokens[head].lemma in words("lexicon", "foreign_region_heads"):
        return f"{bodies['government']} {region}"
    return None


def region_of_adjective(tokens: list[Token], head: int) -> str | None:
    """«Астраханской области» for «астраханский» right before a regional head's title at
    `head` (data: lexicon regional_heads, region_adjective_endings); None for any other word."""
    if head == 0 or tokens[head].lemma not in words("lexicon", "regional_heads"):
        return None
    token = tokens[head - 1]
    if not token.is_pos("ADJF") or not token.lemma.endswith(
        tuple(words("lexicon", "region_adjective_endings"))
    ):
        return None
    for parse in parses(token.lemma):
        if parse.tag.POS != "ADJF":
            continue
        form = parse.inflect({"femn", "sing", "gent"})
        if form is not None:
            return f"{form.word[:1].upper()}{form.word[1:]} {load('lexicon')['region_genitive']}"
    return None
