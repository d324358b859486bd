"""«астраханский губернатор», «омский губернатор»: a region's adjective before the title of the
region's head names the region, so the title implies the region's own body («Правительство
Астраханской области»), as «губернатор Астраханской области» does."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import words
from kztracker.importing.extract.russian.normalize import parses
from kztracker.importing.extract.russian.tokens import Token


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
            return f"{form.word[:1].upper()}{form.word[1:]} области"
    return None
