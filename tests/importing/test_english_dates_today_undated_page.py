"""English: on a page without a date stamp, a day told as the page's own ("is to be signed
today, on March 3rd") takes no year from an earlier sentence's story: the page's year is not
known. A day told without "today" still takes the year the story is told in."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates


def test_a_day_told_as_today_on_an_undated_page_has_no_year() -> None:
    assert find_dates("The second deal is to be signed today, on March 3rd.", None, 2030) == []


def test_a_day_told_as_today_on_a_dated_page_keeps_its_year() -> None:
    found = find_dates(
        "The second deal is to be signed today, on March 3rd.", PartialDate(2031, 3, 3)
    )
    assert PartialDate(2031, 3, 3) in [d.date for d in found]


def test_a_day_of_the_story_still_takes_its_year() -> None:
    found = find_dates("The second deal was signed on March 3rd.", None, 2030)
    assert [d.date for d in found] == [PartialDate(2030, 3, 3)]
