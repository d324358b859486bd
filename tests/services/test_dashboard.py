"""The dashboard's lists and counts, on the seeded database and a fixed day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kztracker.db import Database
from kztracker.services.dashboard import Dashboard, DueItem, dashboard
from kztracker.services.records import create_record, find_record_by_name

TODAY = dt.date(2026, 11, 24)
YEAR_OF_SCIENCE = "2026 declared Year of Science and Education"


def _board(database: Database, today: dt.date = TODAY) -> Dashboard:
    with database.session() as session:
        return dashboard(session, today)


def _add(database: Database, kind: str, values: dict[str, Any]) -> int:
    with database.sessions.begin() as session:
        return create_record(session, kind, values).created[0]


def test_counts_on_the_seed(seeded_db: Database) -> None:
    board = _board(seeded_db)
    assert board.memoranda_by_status == {"active": 4, "signed": 1}
    assert board.milestones_by_status == {"done": 10, "in_progress": 4, "planned": 3}
    assert board.milestones_by_focus_area == {
        "": 2,
        "AI and digital education": 4,
        "Biomedical research": 5,
        "Pharmaceutical development": 1,
        "Research quality and visibility": 1,
        "Transnational education": 4,
    }
    assert board.expiring == []


def test_a_year_is_due_soon_until_it_is_over(seeded_db: Database) -> None:
    # "2026" may still mean 31 December 2026: due soon in late 2026, overdue only in 2027.
    assert [i.label for i in _board(seeded_db).due_soon] == [YEAR_OF_SCIENCE]
    assert _board(seeded_db).overdue == []
    next_year = _board(seeded_db, dt.date(2027, 1, 1))
    assert [(i.label, i.date) for i in next_year.overdue] == [(YEAR_OF_SCIENCE, "2026")]
    assert next_year.due_soon == []


@pytest.mark.parametrize(
    ("due", "today", "overdue"),
    [
        ("2026-10", dt.date(2026, 10, 31), False),
        ("2026-10", dt.date(2026, 11, 1), True),
        ("2026-10-31", dt.date(2026, 10, 31), False),
        ("2026-10-31", dt.date(2026, 11, 1), True),
        ("2025", dt.date(2025, 12, 31), False),
        ("2025", dt.date(2026, 1, 1), True),
    ],
)
def test_a_partial_due_date_is_overdue_after_its_last_day(
    empty_db: Database, due: str, today: dt.date, overdue: bool
) -> None:
    record_id = _add(empty_db, "milestone", {"title": "Report", "due_on": due})
    board = _board(empty_db, today)
    assert [i.id for i in board.overdue] == ([record_id] if overdue else [])
    assert [i.id for i in board.due_soon] == ([] if overdue else [record_id])


def test_closed_milestones_are_never_due(empty_db: Database) -> None:
    for status in ("done", "cancelled"):
        _add(empty_db, "milestone", {"title": status, "due_on": "2026-11-01", "status": status})
    _add(empty_db, "milestone", {"title": "Someday", "status": "planned"})
    board = _board(empty_db)
    assert board.overdue == [] and board.due_soon == []
    assert board.milestones_by_status == {"done": 1, "cancelled": 1, "planned": 1}
    assert board.milestones_by_focus_area == {"": 3}


def test_due_soon_covers_the_next_thirty_days(empty_db: Database) -> None:
    for due in ("2026-12-24", "2026-12-25", "2026-11-24", "2026-12"):
        _add(empty_db, "milestone", {"title": f"Due {due}", "due_on": due})
    assert [i.date for i in _board(empty_db).due_soon] == ["2026-11-24", "2026-12", "2026-12-24"]


def test_items_name_their_memorandum_and_person(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        memo = find_record_by_name(session, "memorandum", "Crypto School project with Binance")
        person = find_record_by_name(session, "person", "Yuriy Pya")
    record_id = _add(
        seeded_db,
        "milestone",
        {
            "title": "Crypto School first cohort",
            "due_on": "2026-09-01",
            "status": "in_progress",
            "memorandum_id": memo,
            "responsible_id": person,
        },
    )
    assert _board(seeded_db).overdue == [
        DueItem(
            "milestone",
            record_id,
            "Crypto School first cohort",
            "2026-09-01",
            "Crypto School project with Binance · Yuriy Pya",
        )
    ]


@pytest.mark.parametrize(
    ("valid_until", "status", "expiring"),
    [
        ("2027-01", "active", True),  # ends 31 January 2027, within 90 days
        ("2027-02-22", "signed", True),  # the 90th day
        ("2027-02-23", "active", False),
        ("2027", "active", False),  # runs to the end of 2027
        ("2026-06", "active", True),  # already passed while still in force
        ("2026-06", "expired", False),
        ("2026-12", "terminated", False),
    ],
)
def test_memoranda_near_the_end_of_their_validity(
    empty_db: Database, valid_until: str, status: str, expiring: bool
) -> None:
    record_id = _add(
        empty_db,
        "memorandum",
        {"title": "Agreement", "valid_until": valid_until, "status": status},
    )
    items = _board(empty_db).expiring
    if expiring:
        assert items == [DueItem("memorandum", record_id, "Agreement", valid_until, status.title())]
    else:
        assert items == []
