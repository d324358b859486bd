"""Whether a milestone is done or still to come: by its date against the publication date, else
by the sentence's cue words and the tense of its first verb."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import DateMention
from kztracker.importing.extract.russian.lexicon import words
from kztracker.importing.extract.russian.tokens import Token


def status_of(tokens: list[Token], date: DateMention | None, reference: PartialDate | None) -> str:
    """ "done" or "planned": a date wholly before or after the reference decides; without one,
    a planned or done cue word, then the first verb's tense; a dated event no word places is
    still to come, an undated one already told."""
    if date is not None and date.date is not None and reference is not None:
        if date.date.last_day() < reference.first_day():
            return "done"
        if date.date.first_day() > reference.last_day():
            return "planned"
    lowered = {t.text.casefold() for t in tokens}
    if lowered & words("lexicon", "planned_cues") or _agreed_to(tokens):
        return "planned"
    if lowered & words("lexicon", "done_cues"):
        return "done"
    for token in tokens:
        # «создана в 1946 году», «возвращен»: a short participle tells its tense as a verb does
        if token.parses and token.parses[0].tag.POS in ("VERB", "PRTS"):
            tense = token.parses[0].tag.tense
            if tense == "past":
                return "done"
            if tense == "futr":
                return "planned"
    return "planned" if date is not None and date.date is not None else "done"


def _agreed_to(tokens: list[Token]) -> bool:
    """«Стороны договорились провести форум»: what the sides agreed to do is still to come."""
    agreeing = words("lexicon", "agreed_to_lemmas")
    return any(
        t.lemma in agreeing and any(u.is_pos("INFN") for u in tokens[k + 1 : k + 3])
        for k, t in enumerate(tokens)
    )
