import datetime as dt

import pytest

from kztracker.dates import PartialDate
from kztracker.schedule import is_due_soon, is_overdue

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("due", "status", "overdue"),
    [
        ("2026-11-23", "planned", True),
        ("2026-11-24", "planned", False),
        ("2026-11", "planned", False),  # November is not over yet
        ("2026-10", "in_progress", True),
        ("2026", "planned", False),  # nor is 2026
        ("2025", "planned", True),
        ("2025", "done", False),
        ("2025", "cancelled", False),
    ],
)
def test_overdue_respects_the_precision_of_the_due_date(
    due: str, status: str, overdue: bool
) -> None:
    assert is_overdue(PartialDate.parse(due), status, TODAY) is overdue


@pytest.mark.parametrize(
    ("due", "soon"),
    [
        ("2026-12-20", True),
        ("2026-12-24", True),
        ("2026-12-25", False),
        ("2026-11", True),
        ("2026-10-01", False),
        ("2027", False),
    ],
)
def test_due_soon_means_open_and_within_thirty_days(due: str, soon: bool) -> None:
    assert is_due_soon(PartialDate.parse(due), "planned", TODAY) is soon


def test_last_day_of_each_precision() -> None:
    assert PartialDate(2024, 2).last_day() == dt.date(2024, 2, 29)
    assert PartialDate(2024, 12).last_day() == dt.date(2024, 12, 31)
    assert PartialDate(2026).last_day() == dt.date(2026, 12, 31)
