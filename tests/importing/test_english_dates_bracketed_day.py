"""English: a weekday with its day in brackets after it ("on Monday (October 16)") is that one
day, never also a Monday counted back from the page's stamp."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates


def test_a_weekday_before_its_bracketed_day_is_that_day() -> None:
    found = find_dates(
        "The two oil companies signed the plan on Monday (March 3) in Beijing.",
        PartialDate(2031, 3, 20),
    )
    assert [d.date for d in found] == [PartialDate(2031, 3, 3)]


def test_a_weekday_apart_from_a_bracketed_day_stays() -> None:
    found = find_dates(
        "The plan signed on Monday follows the talks (held on March 3) in Beijing.",
        PartialDate(2031, 3, 20),
    )
    assert [d.date for d in found] == [PartialDate(2031, 3, 17), PartialDate(2031, 3, 3)]
