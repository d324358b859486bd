"""Kazakh dates of a statement, not of the event it tells: «..., деп хабарлады 4 маусымда
баспасөз хатшысы», «Бұл туралы 10 мамырда министр мәлімдеді: орталық күзде ашылады». A date in
the clause of a verb of saying is the day it was said, unless the event word stands in that
clause as what is done rather than what is spoken about («... ашу жоспары туралы айтты» is
spoken about), or a verb made the saying's object follows the date («... 2026 жылы
орналасатынын айтты»: that day is what was said)."""

from __future__ import annotations

import re

from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.kazakh.segment import Sentence

_BREAKS = re.compile(r"[,;:(—–]|\s-\s")


def said_on(sentence: Sentence, event_at: int | None, date: DateMention) -> bool:
    """Whether `date` is the day a verb of saying in its clause was said (`event_at`: the event
    word's token, None when the event has no word)."""
    raw = data("events")
    offset = sentence.start
    breaks = [m.start() + offset for m in _BREAKS.finditer(sentence.text)]
    low = max((b for b in breaks if b < date.start), default=offset - 1)
    high = min((b for b in breaks if b >= date.end), default=sentence.end)
    inside = [t for t in sentence.tokens if low < t.start < high]
    saying = [k for k, t in enumerate(inside) if t.lower in raw["saying_words"]]
    if not saying:
        return False
    # «зертхана 2024 жылы нәтиже беретінін айтты»: a verb made the object of the saying («...
    # -атынын», «-ғанын») after the date tells what happens that day
    told = tuple(raw["told_endings"])
    if any(t.lower.endswith(told) and t.start > date.start for t in inside[: saying[-1]]):
        return False
    if event_at is None or not low < sentence.tokens[event_at].start < high:
        return True  # the event is told in a clause of its own
    event = next(k for k, t in enumerate(inside) if t is sentence.tokens[event_at])
    # «... ашу жоспары туралы айтты»: the event is what was spoken about
    return any(t.lower in raw["about_words"] for t in inside[event + 1 : saying[-1]])
