"""«ЭКСПО-2017 халықаралық көрмесі»: an event whose name carries its year is dated to that year.

A fair, games or forum is often named with its year joined by a hyphen («Универсиада-2017»),
and a page, even one without a date of its own, dates the event so. Only a name followed
closely by an event word (data: agreements events) counts: «Қазақстан-2050» names a strategy,
no event, and no date.
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.lexicon import data

_NAMED_YEAR = re.compile(r"(?<![\w-])[^\W\d_][\w]*-(?P<year>(?:19|20)\d\d)(?![\w-])")
_REACH = 3  # words between the name and its event word («халықаралық мамандандырылған көрмесі»)


@cache
def _event_word() -> re.Pattern[str]:
    stems = "|".join(re.escape(e["stem"]) for e in data("agreements")["events"])
    return re.compile(rf"(?<![\w-])(?:{stems})", re.IGNORECASE)


def named_years(text: str) -> list[tuple[PartialDate, int, int]]:
    """Each year an event's name carries, with the [start, end) of that name in `text`."""
    found = []
    for match in _NAMED_YEAR.finditer(text):
        following = text[match.end() :].lstrip('»”" ').split()[:_REACH]
        if any(_event_word().match(word) for word in following):
            found.append((PartialDate(int(match.group("year"))), match.start(), match.end()))
    return found
