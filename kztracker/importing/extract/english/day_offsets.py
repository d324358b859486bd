"""A day told by its distance from the event told just before ("The next day, the delegation
visited the port", "the talks continue the following day", "the guests arrived the day
before"), where the words close their phrase ("the day after the forum" names another
event): that event's day moved by it. Only from an event known to the day; the words are
data (data/milestones.json day_offsets, data/dates.json day_lead)."""

from __future__ import annotations

import datetime as dt
import re

from kztracker.dates import PartialDate
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "milestones")
_OFFSETS: dict[str, int] = _DATA["day_offsets"]
_OFFSET = re.compile(
    language_file("english", "dates")["day_lead"]  # "on the"
    + r"(?P<words>"
    + "|".join(sorted(_OFFSETS, key=len, reverse=True))
    + r")\b(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)


def offset_day(clause: str, before: PartialDate | None) -> PartialDate | None:
    """The day `clause` names by its distance from `before`, or None."""
    if before is None or before.day is None:
        return None
    match = _OFFSET.search(clause)
    if match is None:
        return None
    words = re.sub(r"\s+", " ", match.group("words").casefold())
    day = before.first_day() + dt.timedelta(days=_OFFSETS[words])
    return PartialDate(day.year, day.month, day.day)
