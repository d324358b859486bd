"""English dates: a day range whose dash the page lost ("on March 1415" for 14-15 March) is read
as that range, never as a year; a range's last day keeps the year its first day resolves to; a
page's own timestamp with spaces for separators ("15 03 2024, 09:40") dates the page."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.read import read_text


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


def test_a_spaced_timestamp_at_the_foot_dates_the_page() -> None:
    draft = extract(
        read_text(
            "Premier opens a plant in Pavlodar\n\n"
            "On March 14, the Prime Minister visited Pavlodar Region and opened a cement plant.\n\n"
            "15 03 2024, 09:40\n"
        )
    )
    assert str(draft.document.published_on) == "2024-03-15"
    assert [str(m.date) for m in draft.milestones][:1] == ["2024-03-14"]


def test_three_bare_numbers_without_a_time_date_nothing() -> None:
    draft = extract(read_text("Premier opens a plant\n\nThe plant employs 15 03 2024 people.\n"))
    assert draft.document.published_on is None
