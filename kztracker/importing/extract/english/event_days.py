"""The date of an event named by another clause: "On the second day of ConnectED 2024", "the
last day of the forum", "established at ConnectED 2024" take the day (or month) of the named
event told earlier with its date. The ordinals and frames are data (data/milestones.json,
data/dates.json)."""

from __future__ import annotations

import datetime as dt
import re

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.lexicon import NOT_NAMES
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "milestones")
_DAYS = language_file("english", "dates")  # "on the ... day of the"
EVENT_NAME = re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s+(?:19|20)\d\d)\b")
_NTH_DAY = re.compile(
    _DAYS["day_lead"]
    + "("
    + "|".join([*_DATA["day_ordinals"], *_DATA["day_last"]])
    + ")"
    + _DAYS["nth_day_tail"]
    + r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:\s+(?:19|20)\d\d)?)",
)
_AT_EVENT = re.compile(
    r"\b(?:" + "|".join(_DATA["event_frames"]) + r")\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:\s+(?:19|20)\d\d)?)"
)
_ORDINAL: dict[str, int] = _DATA["day_ordinals"]


def event_key(name: str) -> str:
    """A named event's key: its name without the leading words that name nothing."""
    words = name.split()
    while len(words) > 2 and words[0].casefold() in NOT_NAMES:
        words = words[1:]
    return " ".join(words).casefold()


def event_day(clause: str, events: dict[str, DateMention]) -> DateMention | None:
    """ "On the second day of ConnectED 2024", "established at ConnectED 2024": the event's date."""
    nth = _NTH_DAY.search(clause)
    if nth and event_key(nth.group(2)) in events:
        event = events[event_key(nth.group(2))]
        offset = _ORDINAL.get(nth.group(1))
        if nth.group(1) in _DATA["day_last"] and event.until is not None:
            return DateMention(nth.start(), nth.end(), event.until)
        if offset is not None and event.date.day is not None:
            day = event.date.first_day() + dt.timedelta(days=offset)
            return DateMention(nth.start(), nth.end(), PartialDate(day.year, day.month, day.day))
    at = _AT_EVENT.search(clause)
    if at and event_key(at.group(1)) in events:
        event = events[event_key(at.group(1))]
        month = PartialDate(event.date.year, event.date.month) if event.date.month else event.date
        return DateMention(at.start(), at.end(), month)
    return None
