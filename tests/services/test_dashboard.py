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


def test_sql_decides_overdue_and_due_soon_as_the_schedule_rule_does(empty_db: Database) -> None:
    from kztracker.dates import PartialDate
    from kztracker.schedule import is_due_soon, is_overdue

    dues = [
        "2025", "2026", "2027", "2026-10", "2026-11", "2026-12", "2027-01",
        "2026-10-31", "2026-11-01", "2026-11-23", "2026-11-24", "2026-11-25",
        "2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01",
    ]  # fmt: skip
    ids = {_add(empty_db, "milestone", {"title": f"Due {due}", "due_on": due}): due for due in dues}
    for today in (TODAY, dt.date(2026, 12, 1), dt.date(2026, 12, 31), dt.date(2027, 1, 1)):
        board = _board(empty_db, today)
        overdue = {ids[item.id] for item in board.overdue}
        soon = {ids[item.id] for item in board.due_soon}
        parsed = {due: PartialDate.parse(due) for due in dues}
        assert overdue == {d for d in dues if is_overdue(parsed[d], "planned", today)}, today
        assert soon == {d for d in dues if is_due_soon(parsed[d], "planned", today)}, today
        assert (board.overdue_count, board.due_soon_count) == (len(overdue), len(soon))


def test_long_lists_come_a_page_at_a_time_with_their_whole_count(empty_db: Database) -> None:
    from kztracker.services.dashboard import due_page

    for day in range(1, 8):
        _add(empty_db, "milestone", {"title": f"Report {day}", "due_on": f"2026-10-0{day}"})
    board = _board(empty_db)
    assert board.overdue_count == 7
    with empty_db.session() as session:
        pages = [due_page(session, "overdue", TODAY, offset, 3) for offset in (0, 3, 6, 9)]
    assert [[item.label for item in page] for page in pages] == [
        ["Report 1", "Report 2", "Report 3"],
        ["Report 4", "Report 5", "Report 6"],
        ["Report 7"],
        [],
    ]
    assert [item.label for item in board.overdue] == [f"Report {day}" for day in range(1, 8)]


def test_pages_interleave_both_open_statuses_in_due_then_title_order(empty_db: Database) -> None:
    """The list is read per open status and merged; a page is still the true slice of the
    whole list, ties on a date broken by title, closed milestones left out."""
    from kztracker.services.dashboard import due_page

    statuses = ("planned", "in_progress", "done", "cancelled")
    expected = []
    for number in range(24):
        due = ("2026", "2025-03", "2026-10-02", "2026-10-01")[number % 4]
        status = statuses[number % 3 if number % 5 else 3]
        title = f"Step {chr(ord('a') + (number * 7) % 24)}"
        _add(empty_db, "milestone", {"title": title, "due_on": due, "status": status})
        if status in ("planned", "in_progress") and due != "2026":
            expected.append((due, title))
    expected.sort()
    with empty_db.session() as session:
        pages = [due_page(session, "overdue", TODAY, offset, 4) for offset in range(0, 16, 4)]
    read = [(item.date, item.label) for page in pages for item in page]
    assert read == expected
    assert len(expected) > 8  # both statuses, several pages
