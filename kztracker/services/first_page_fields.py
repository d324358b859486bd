"""The milestones' columns whose first page SQL serves (kztracker.services.first_page), named
apart from that module so the window asks it before SQLAlchemy loads (issue 18).

The partners column is a label joined from two link tables, so the window reads every row for
it.
"""

from __future__ import annotations

FIRST_PAGE_FIELDS = (
    "title",
    "status",
    "due",
    "completed",
    "memorandum",
    "focus_area",
    "responsible",
)
