"""A date written with slashes reads day first on most pages ("23/02/2018") and month first on
American ones and on site engines that keep the American default ("Wed, 03/12/2025 - 10:15").
Where only one reading is a date ("03/15/2024"), it is the one; where both are, a weekday
written beside the stamp decides, else the days the text itself tells (a page is stamped near
the events it reports), else the day-first reading.

Dots and dashes ("12.03.2025") are read day first only: that is how the pages that use them
write dates.
"""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.lexicon import WEEKDAYS

_SLASHED = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")
_WEEKDAY = re.compile(
    r"\b(?P<day>" + "|".join(w[:3] for w in WEEKDAYS) + r")[a-z]*\.?(?=[\s,])", re.IGNORECASE
)


def readings(stamp: str) -> list[PartialDate]:
    """The days a slashed date in `stamp` may mean, day first before month first; none when
    `stamp` holds no slashed date."""
    found = _SLASHED.search(stamp)
    if found is None:
        return []
    a, b, year = int(found["a"]), int(found["b"]), int(found["y"])
    days: list[PartialDate] = []
    for day, month in ((a, b), (b, a)):
        try:
            reading = PartialDate(year, month, day)
        except ValueError:
            continue
        if reading not in days:
            days.append(reading)
    return days


def slashed_day(line: str, told: list[PartialDate]) -> PartialDate | None:
    """The day the slashed date of a page's stamp `line` means; `told` are the days the page
    tells elsewhere. None when the line holds no slashed date."""
    days = readings(line)
    if len(days) < 2:
        return days[0] if days else None
    weekday = _WEEKDAY.search(line)
    if weekday is not None:
        index = [w[:3].casefold() for w in WEEKDAYS].index(weekday["day"].casefold())
        fitting = [d for d in days if d.first_day().weekday() == index]
        if len(fitting) == 1:
            return fitting[0]
    near = [t for t in told if t.day is not None]
    if not near:
        return days[0]
    return min(days, key=lambda d: min(abs((d.first_day() - t.first_day()).days) for t in near))
