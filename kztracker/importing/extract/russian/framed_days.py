"""Russian events told inside another: «в рамках форума», «в ходе визита», «на полях саммита».
An event the story has already told that frames a sentence is no new event of it, and what
happens inside it takes its day («12 ноября открылась конференция. В рамках конференции
состоялся запуск альянса ...»: the launch is of 12 November)."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.event_kinds import names_event
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.tokens import Token


def during(tokens: list[Token], trigger: int) -> bool:
    """«во время визита», «в ходе переговоров», «в ходе 73-ей сессии»: the event a signing took
    place in (past the ordinals and adjectives that name it)."""
    i = trigger
    while (
        i > 0
        and trigger - i < 3
        and names_event(tokens[i - 1])
        and not tokens[i - 1].is_pos("PREP")
    ):
        i -= 1
    before = " ".join(t.text.casefold() for t in tokens[max(0, i - 2) : i])
    return before in words("lexicon", "during_cues")


def framing(tokens: list[Token], trigger: int) -> bool:
    """«в рамках Астанинского международного форума»: the event word after a framing phrase,
    past the adjectives and ordinals that name it."""
    i = trigger - 1
    while (
        i >= 0
        and trigger - i <= 4
        and (tokens[i].is_pos("ADJF", "NUMR") or tokens[i].text[:1].isupper())
    ):
        i -= 1
    phrase = " ".join(t.text.casefold() for t in tokens[max(0, i - 1) : i + 1])
    return phrase in words("lexicon", "frame_cues")


def framed_visit(tokens: list[Token], trigger: int, labels: dict[str, str]) -> bool:
    """«В рамках государственного визита ... заключили меморандум»: a visit a document was signed
    in is an event of the story, of the signing's day (a forum it was signed at is its frame)."""
    kept = load("events")["framed_events_kept"]
    return labels.get(tokens[trigger].lemma) in kept and framing(tokens, trigger)


def told_frame(
    tokens: list[Token],
    triggers: list[int],
    labels: dict[str, str],
    told: dict[str, PartialDate | None],
) -> tuple[list[int], PartialDate | None, bool]:
    """The sentence's event words without a frame the story already told («В ходе конференции
    ...» after the conference's opening), the day that frame was told of, and whether one
    was found. `told`: the events told so far by their label, with their date."""
    frames = [
        i
        for i in triggers
        if (framing(tokens, i) or during(tokens, i)) and labels.get(tokens[i].lemma) in told
    ]
    if not frames:
        return triggers, None, False
    day = told[labels[tokens[frames[0]].lemma]]
    return [i for i in triggers if i not in frames], day, True


def events_told(
    tokens: list[Token], labels: dict[str, str], day: PartialDate | None
) -> dict[str, PartialDate | None]:
    """Every event a sentence names (a trigger or an event word inside its title: «открылась
    конференция» tells the conference too), by label, with the day the sentence gave it."""
    return {labels[t.lemma]: day for t in tokens if t.lemma in labels}
