"""The milestones' columns whose first page SQL serves, and the table's order there: what
kztracker.services.first_page (through SQLAlchemy) and kztracker.first_read (through the
standard library) share, apart from both so the window asks it before SQLAlchemy loads.

The partners column is a label joined from two link tables, so the window reads every row for
it.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from typing import Any

from kztracker.vocabulary import MILESTONE_STATUSES

FIRST_PAGE_FIELDS = (
    "title",
    "status",
    "due",
    "completed",
    "memorandum",
    "focus_area",
    "responsible",
)

# Where a status sorts: the order the statuses are listed in, unknown ones last.
STATUS_RANK = {status: n for n, status in enumerate(MILESTONE_STATUSES)}
UNKNOWN_STATUS = 99


def ordered_ids(
    pairs: Sequence[tuple[int, Any]], key: Callable[[Any], Any], descending: bool, count: int
) -> list[int]:
    """The first `count` ids of (id, value) pairs in the table's order, by `key(value)`."""
    if descending:  # largest keys first, ties still by the smallest id
        filled = [(key(value), -id_) for id_, value in pairs if value is not None and value != ""]
        first = [-id_ for _key, id_ in heapq.nlargest(count, filled)]
    else:
        filled = [(key(value), id_) for id_, value in pairs if value is not None and value != ""]
        first = [id_ for _key, id_ in heapq.nsmallest(count, filled)]
    if len(first) < count:
        empty_ids = sorted(id_ for id_, value in pairs if value is None or value == "")
        first += empty_ids[: count - len(first)]
    return first
