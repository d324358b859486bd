"""Which date dates which event of a sentence.

A document's own date («соглашение ..., совершенное 12 ноября 2024 года») is not its event's; a
sentence with no date of its own takes a frame's day, the paragraph's dateline, the day the story
told last or the story's dateline; each event takes the date in its own stretch of the sentence,
and an event a document was signed during takes the document's day.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import DateMention, in_dateline
from kztracker.importing.extract.russian.event_kinds import (
    approves,
    clause_break,
    reported_on,
    same_day,
    signed_at,
)
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.framed_days import during, framed_visit
from kztracker.importing.extract.russian.lexicon import words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.milestone_status import status_of
from kztracker.importing.extract.russian.story_state import EventSentence
from kztracker.importing.extract.russian.tokens import Token, tokenize


def signing_days(agreements: list[Agreement]) -> set[tuple[PartialDate, int]]:
    """The days of a sentence's documents, each with where the document's name starts in the
    text. `agreements`: the documents found in the sentence."""
    # a document's day told in a later sentence («В рамках подписанного сегодня
    # Соглашения ...») is the day of the event it was signed «в ходе» of too
    return {
        (day, a.memorandum.spans[0].start)
        for a in agreements
        if (day := a.date or a.memorandum.signed_on)
    }


def event_dates(
    sentence: EventSentence, frame_day: PartialDate | None, reference: PartialDate | None
) -> list[DateMention]:
    """The sentence's dates that may date its events: not a document's own, not the day of a
    report; with none, the day of a frame told done (`frame_day`, the day the story told it)."""
    tokens, offset = sentence.tokens, sentence.offset
    # «соглашение ..., совершенное 12 ноября 2024 года»: the document's date, not the event's
    # (unless the event stands between the document and the date: «договоренностями на
    # встрече в Астане в январе 2014 года»).
    dates = [
        d
        for d in sentence.told
        if not any(
            d.date == day
            and d.start + offset > at
            and not _event_between(tokens, sentence.triggers, at, d.start + offset)
            for day, at in sentence.signings
        )
        and not _signed_on(sentence.mentions, d)
        and not reported_on(sentence.text, tokens, d, offset)
    ]
    if not dates and frame_day is not None and not sentence.unresolved:
        # one told done is of the frame's day; one still to come may fall on any of its days
        if status_of(tokens, None, reference) == "done":
            dates = [DateMention(0, 0, frame_day)]
    return dates


def lent_dates(
    sentence: EventSentence, reference: PartialDate | None, dateline: bool
) -> list[DateMention]:
    """The day of a sentence that tells none its events may take: the paragraph's dateline, the
    day the story told last, the story's dateline; none when none applies. `dateline`: the
    story opens with a place and the date of what it tells."""
    if sentence.previous is not None:
        return [DateMention(0, 0, sentence.previous.date)]
    if sentence.earlier is not None and same_day(sentence.text):
        # «В этот же день состоялась встреча ...»: the day the story told last
        return [DateMention(0, 0, sentence.earlier.date)]
    tokens = sentence.tokens
    if (
        sentence.lead
        and dateline
        and reference is not None
        and (reference.day is not None)
        and any(
            tokens[i].lemma in words("lexicon", "dateline_events") or approves(tokens, i)
            for i in sentence.triggers
        )
        and (status_of(tokens, None, reference) == "done")
    ):
        # «Астана, 21 июля. Министр провел встречу с ...»: the story's first sentence tells
        # a meeting, visit or approval of the day its dateline gives.
        return [DateMention(0, 0, reference)]
    return []


def trigger_date(
    sentence: EventSentence,
    n: int,
    dates: list[DateMention],
    labels: dict[str, str],
    reference: PartialDate | None,
) -> DateMention | None:
    """The date of the sentence's `n`-th event word among `dates`, None when it has none."""
    tokens, offset, triggers = sentence.tokens, sentence.offset, sentence.triggers
    trigger = triggers[n]
    # Each event takes the date of its own stretch of the sentence: «достичь ... до 2060
    # года, а также увеличить ... до 2030 года» are two targets.
    low = tokens[triggers[n - 1]].end - offset if n else 0
    high = tokens[triggers[n + 1]].start - offset if n + 1 < len(triggers) else 10**9
    at = tokens[trigger].start - offset
    high = min(high, clause_break(sentence.text, at))
    date = _nearest([d for d in dates if low <= d.start < high], at)
    framed = framed_visit(tokens, trigger, labels)
    if sentence.signings and (during(tokens, trigger) or signed_at(tokens, trigger) or framed):
        # «подписанное в ноябре 2024 года во время визита ...»: the visit's date too
        date = DateMention(0, 0, min(sentence.signings, key=lambda d: d[1])[0])
    if date and in_dateline(sentence.text, date.start):
        # the day of the report dates what was done, not what is planned
        date = date if status_of(tokens, None, reference) == "done" else None
    return date


def _nearest(dates: list[DateMention], position: int) -> DateMention | None:
    """The first date after the event word («увеличить ... до 2030 года»), else the nearest."""
    dated = [d for d in dates if d.date is not None]
    after = [d for d in dated if d.start >= position]
    if after:
        return after[0]
    return min(dated, key=lambda d: abs(d.start - position), default=None)


def _event_between(tokens: list[Token], triggers: list[int], start: int, end: int) -> bool:
    """An event word between a document's first word and a date (all offsets in the text)."""
    return any(start < tokens[i].start < end for i in triggers)


def _signed_on(mentions: SentenceMentions, date: DateMention) -> bool:
    """«реализация подписанного 8 августа 2024 года Соглашения», «Соглашение, действующее с 25
    декабря 2003 года»: the date a participle of signing or of being in force gives is the
    document's, not the event's."""
    before = mentions.sentence.text[: date.start].split()[-3:]
    kinds = words("lexicon", "sign_lemmas") | words("events", "document_date_lemmas")
    return any(t.lemma in kinds and t.is_pos("PRTF") for word in before for t in tokenize(word))
