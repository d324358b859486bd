"""Sides a signing sentence does not name but a meeting or visit told just before it does
(«В ходе встречи подписали ...», «Стороны подписали ...» after «Аким провел встречу с
губернатором ...»), and the talks between states, whose sides are no organizations."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.parties import unique
from kztracker.importing.extract.russian.tokens import Token


def framed_by_meeting(tokens: list[Token]) -> bool:
    """«В рамках визита был подписан ...», «В ходе встречи подписали ...»: the sentence opens
    with a bare visit, meeting or talks (no name, no genitive after the noun), one told before."""
    opening = " ".join(t.text.casefold() for t in tokens[:2])
    if opening not in words("lexicon", "meeting_frames") or len(tokens) < 4:
        return False
    noun, after = tokens[2], tokens[3]
    return (
        noun.lemma in words("lexicon", "meeting_lemmas")
        and not after.capitalized
        and not (after.is_pos("NOUN", "ADJF") and "gent" in after.cases("NOUN", "ADJF"))
    )


def sides_that_met(
    sentences: list[list[Token]],
    organizations: dict[int, list[tuple[Range, str]]],
    index: int,
    homes: tuple[str, ...] = (),
    framed: bool = False,
) -> list[str]:
    """«Стороны подписали ...» with no document before: the two bodies of the nearest meeting,
    visit or talks told just before («Аким провел встречу с губернатором ...»). A sentence that
    tells its own visit («визит Президента в Монголию. Тогда стороны подписали ...») means that
    visit's sides, which it names as no organizations: none are guessed."""
    if not framed and {t.lemma for t in sentences[index]} & words("lexicon", "meeting_lemmas"):
        return []
    for back in range(index - 1, max(-1, index - 4), -1):
        names = unique([name for _span, name in organizations.get(back, [])])
        lemmas = {t.lemma for t in sentences[back]}
        if lemmas & words("lexicon", "meeting_lemmas") and state_level(sentences[back]):
            return []  # «визит Президента Казахстана в Монголию»: the sides are states
        # the story's main side, or its next one when the partner met is named most
        home = next((h for h in homes if h not in names), None)
        if len(names) == 1 and home and lemmas & words("lexicon", "meeting_lemmas"):
            return [home, *names]  # «в ходе встречи с губернатором X»: the story's side and X
        # «В переговорах участвовали представители ...»: those who attend are not the sides.
        if (
            len(names) >= 2
            and lemmas & words("lexicon", "meeting_lemmas")
            and not (lemmas & words("lexicon", "participant_lemmas"))
        ):
            return names[:2]
    return []


def state_level(tokens: list[Token]) -> bool:
    """A head of state named as such («Президента Казахстана», «Главы государства»): talks at
    that level are between states, which are no organizations here."""
    heads = words("lexicon", "heads_of_state")
    countries = load("lexicon")["country_words"]
    pairs = zip(tokens, tokens[1:], strict=False)
    return any(
        f"{a.lemma} {b.text.casefold()}" in heads
        or a.lemma in heads
        and (b.lemma in countries or b.text.casefold() in countries)
        for a, b in pairs
    )
