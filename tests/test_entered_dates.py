"""Dates as people type them into the window: ISO or day-first with dots, cut to their precision."""

import pytest

from kztracker.dates import PartialDate, parse_entered


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("2026", "2026"),
        ("2024-10", "2024-10"),
        ("2024-10-17", "2024-10-17"),
        ("17.10.2024", "2024-10-17"),
        ("7.3.2025", "2025-03-07"),
        ("10.2024", "2024-10"),
        ("01/02/2025", "2025-02-01"),
        (" 17.10.2024 ", "2024-10-17"),
    ],
)
def test_typed_dates_keep_their_precision(typed: str, iso: str) -> None:
    assert parse_entered(typed).isoformat() == iso


@pytest.mark.parametrize("typed", ["31.02.2024", "13.2024", "17.10.24", "next week", ""])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_entered(typed)


@pytest.mark.parametrize("iso", ["2026", "2024-10", "2024-10-07"])
def test_the_entered_form_reads_back_as_the_same_date(iso: str) -> None:
    date = PartialDate.parse(iso)
    assert parse_entered(date.entered()) == date
    assert date.entered() == {"2026": "2026", "2024-10": "10.2024", "2024-10-07": "07.10.2024"}[iso]
