"""English dates: a day range whose dash the page lost ("on March 1415" for 14-15 March) is read
as that range, never as a year; a range's last day keeps the year its first day resolves to."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates


def test_two_glued_days_after_a_month_are_a_range() -> None:
    found = find_dates("The premier visited Tashkent on March 1415.", PartialDate(2024, 3, 20))
    assert [(d.date, d.until) for d in found] == [
        (PartialDate(2024, 3, 14), PartialDate(2024, 3, 15))
    ]


def test_a_glued_range_told_after_new_year_is_last_decembers() -> None:
    found = find_dates("Deals were signed on December 2728.", PartialDate(2025, 1, 3))
    assert [(d.date, d.until) for d in found] == [
        (PartialDate(2024, 12, 27), PartialDate(2024, 12, 28))
    ]


def test_a_year_after_a_month_stays_a_month() -> None:
    found = find_dates("The plant opened in June 2019.", PartialDate(2024, 3, 20))
    assert [d.date for d in found] == [PartialDate(2019, 6)]


def test_glued_digits_running_backwards_are_no_range() -> None:
    assert find_dates("Order number June 3012 was filed.", PartialDate(2024, 3, 20)) == []
