"""When a milestone is overdue or due soon: one rule for the dashboard, lists and exports."""

from __future__ import annotations

import datetime as dt

from kztracker.dates import PartialDate

OPEN_STATUSES = ("planned", "in_progress")
CLOSED_STATUSES = frozenset({"done", "cancelled"})
DUE_SOON_DAYS = 30


def is_overdue(due: PartialDate | None, status: str, today: dt.date) -> bool:
    """Open and past the last day its due date can mean."""
    return due is not None and status not in CLOSED_STATUSES and due.last_day() < today


def is_due_soon(
    due: PartialDate | None, status: str, today: dt.date, days: int = DUE_SOON_DAYS
) -> bool:
    """Open, not overdue, and due within the next `days` days."""
    if due is None or status in CLOSED_STATUSES or due.last_day() < today:
        return False
    return due.first_day() <= today + dt.timedelta(days=days)
