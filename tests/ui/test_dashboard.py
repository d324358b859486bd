"""The dashboard lists what is overdue, due soon and expiring, and each item opens its record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.models import Memorandum, Milestone
from ui.dashboard import DashboardView
from ui.due_list import DueList
from ui.operations import Operations

# Work runs on worker threads of a shared, sometimes busy machine: wait generously.
WAIT_MS = 20_000

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def ops(qtbot: QtBot, seeded_db: Database) -> Iterator[Operations]:
    operations = Operations(seeded_db)
    yield operations
    operations.wait()


def _add_dated_records(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        records = {
            "late report": Milestone(
                title="Late progress report", due_on=PartialDate(2026, 3, 1), status="planned"
            ),
            "late month": Milestone(
                title="Workshop some day in February",
                due_on=PartialDate(2026, 2),
                status="in_progress",
            ),
            "soon": Milestone(
                title="Joint workshop in April",
                due_on=PartialDate(2026, 4, 10),
                status="planned",
            ),
            "done": Milestone(
                title="Finished visit", due_on=PartialDate(2026, 2, 1), status="done"
            ),
            "far": Milestone(
                title="Autumn conference", due_on=PartialDate(2026, 10, 1), status="planned"
            ),
            "expiring": Memorandum(
                title="Memorandum ending in May",
                status="active",
                signed_on=PartialDate(2021, 5),
                valid_until=PartialDate(2026, 5, 1),
            ),
        }
        session.add_all(records.values())
        session.flush()
        return {name: record.id for name, record in records.items()}


def _titles(listing: DueList) -> list[str]:
    model = listing.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _open_dashboard(qtbot: QtBot, ops: Operations) -> DashboardView:
    view = DashboardView(ops, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=WAIT_MS)
    return view


def test_lists_overdue_due_soon_and_expiring_for_the_given_day(
    qtbot: QtBot, seeded_db: Database, ops: Operations
) -> None:
    _add_dated_records(seeded_db)
    view = _open_dashboard(qtbot, ops)

    overdue = _titles(view.overdue)
    assert "Late progress report" in overdue
    assert "Workshop some day in February" in overdue
    assert "Finished visit" not in overdue  # done is never overdue
    due_soon = _titles(view.due_soon)
    assert "Joint workshop in April" in due_soon
    assert "2026 declared Year of Science and Education" in due_soon  # "2026" is not over yet
    assert "Autumn conference" not in due_soon + overdue
    assert "Memorandum ending in May" in _titles(view.expiring)
    assert view.subtitle.text() == "Today is 15 Mar 2026"


def test_charts_show_counts_as_text(qtbot: QtBot, ops: Operations) -> None:
    view = _open_dashboard(qtbot, ops)

    assert "Active: 4" in view.memoranda_chart.text()
    assert "Signed: 1" in view.memoranda_chart.text()
    assert "Done: 10" in view.milestones_chart.text()
    assert "Biomedical research: 5" in view.focus_chart.text()
    assert view.focus_chart.accessibleDescription() == view.focus_chart.text()


def test_click_and_enter_open_the_record(
    qtbot: QtBot, seeded_db: Database, ops: Operations
) -> None:
    ids = _add_dated_records(seeded_db)
    view = _open_dashboard(qtbot, ops)
    listing = view.overdue
    row = _titles(listing).index("Late progress report")
    index = listing.model().index(row, 0)

    with qtbot.waitSignal(view.open_record) as clicked:
        qtbot.mouseClick(
            listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center()
        )
    assert clicked.args == ["milestone", ids["late report"]]

    expiring = view.expiring
    expiring.setFocus()
    expiring.setCurrentIndex(expiring.model().index(0, 0))
    with qtbot.waitSignal(view.open_record) as entered:
        qtbot.keyClick(expiring, Qt.Key.Key_Return)
    assert entered.args == ["memorandum", ids["expiring"]]


def test_refreshes_after_a_change(qtbot: QtBot, seeded_db: Database, ops: Operations) -> None:
    from kztracker.services.changes import Changes

    view = _open_dashboard(qtbot, ops)
    assert _titles(view.overdue) == []

    def add_late_milestone(session: Session) -> Changes:
        milestone = Milestone(
            title="Forgotten report", due_on=PartialDate(2026, 1), status="planned"
        )
        session.add(milestone)
        session.flush()
        return Changes("milestone", created=(milestone.id,))

    with qtbot.waitSignal(view.refreshed, timeout=WAIT_MS):
        ops.change(add_late_milestone)
    assert _titles(view.overdue) == ["Forgotten report"]
    assert view._overdue_card.count.text() == "1"
    with seeded_db.session() as session:
        assert session.scalar(select(Milestone.id).where(Milestone.title == "Forgotten report"))


def test_a_long_list_shows_its_full_count_and_reads_on_as_it_scrolls(
    qtbot: QtBot, seeded_db: Database, ops: Operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kztracker.services.dashboard.PAGE", 1)
    _add_dated_records(seeded_db)  # two overdue milestones
    view = _open_dashboard(qtbot, ops)

    assert view._overdue_card.count.text() == "2"
    model = view.overdue.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)  # the list asked for more
    assert _titles(view.overdue) == ["Workshop some day in February", "Late progress report"]
    assert not model.canFetchMore()
