"""English dates: a span told as two dates ("from 3 May to 9 June") is one date running until
the second, so an event held across months is one milestone, not two."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates


def test_a_span_across_months_is_one_date_until_the_second() -> None:
    found = find_dates("The fair will run from August 30 to September 4.", PartialDate(2024, 8, 1))
    assert [(d.date, d.until) for d in found] == [
        (PartialDate(2024, 8, 30), PartialDate(2024, 9, 4))
    ]


def test_two_days_joined_by_and_stay_two_dates() -> None:
    found = find_dates("Talks were held on 3 May and on 9 June.", PartialDate(2024, 8, 1))
    assert [d.date for d in found] == [PartialDate(2024, 5, 3), PartialDate(2024, 6, 9)]


def test_a_later_date_first_is_no_span() -> None:
    found = find_dates("Moved from 9 June to 3 May.", PartialDate(2024, 8, 1))
    assert [d.until for d in found] == [None, None]
