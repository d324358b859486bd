"""The operation helper: work runs off the UI thread, results and failures come back on it."""

import threading
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.models import FocusArea
from ui.operations import Operations, Ticket


def test_query_runs_off_the_ui_thread_and_delivers_on_it(qtbot: QtBot, seeded_db: Database) -> None:
    ops = Operations(seeded_db)
    seen: dict[str, Any] = {}

    def work(session: Session) -> int:
        seen["worker"] = threading.current_thread()
        return session.scalar(select(func.count()).select_from(FocusArea)) or 0

    def done(count: int) -> None:
        seen["count"] = count
        seen["delivered"] = threading.current_thread()

    ops.query(work, done)
    qtbot.waitUntil(lambda: "count" in seen)
    assert seen["count"] == 13
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered"] is threading.main_thread()


def test_a_failed_change_rolls_back_and_is_reported(qtbot: QtBot, seeded_db: Database) -> None:
    ops = Operations(seeded_db)
    errors: list[BaseException] = []

    def work(session: Session) -> None:
        session.add(FocusArea(name="Half-written area"))
        session.flush()
        raise KztrackerError("refused on purpose")

    with qtbot.assertNotEmitted(ops.changed):
        ops.change(work, on_failure=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "refused on purpose"
    with seeded_db.session() as session:
        names = session.scalars(select(FocusArea.name)).all()
    assert "Half-written area" not in names


def test_a_change_commits_and_broadcasts_once(qtbot: QtBot, seeded_db: Database) -> None:
    ops = Operations(seeded_db)

    def work(session: Session) -> str:
        session.add(FocusArea(name="Space research"))
        return "focus_area"

    with qtbot.waitSignal(ops.changed) as blocker:
        ops.change(work)
    assert blocker.args == ["focus_area"]
    with seeded_db.session() as session:
        assert session.scalar(select(FocusArea).where(FocusArea.name == "Space research"))


def test_long_task_reports_progress_and_can_be_cancelled(qtbot: QtBot, seeded_db: Database) -> None:
    ops = Operations(seeded_db)
    progress: list[tuple[int, int]] = []
    results: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def work(ticket: Ticket) -> str:
        ticket.progress(1, 3, "first")
        started.set()
        release.wait(5)
        return "stopped" if ticket.cancelled() else "finished"

    ticket = ops.long_task(
        work, results.append, on_progress=lambda done, total, _: progress.append((done, total))
    )
    assert started.wait(5)
    ticket.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["stopped"]
    assert progress == [(1, 3)]


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped_but_a_change_still_broadcasts(
    qtbot: QtBot, seeded_db: Database
) -> None:
    """A dialog closed while its background check runs must not be touched when the answer
    arrives (its C++ labels are gone); a change it started still tells every view."""
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    ops = Operations(seeded_db)
    release = threading.Event()
    delivered: list[str] = []

    def slow_count(session: Session) -> int:
        release.wait(5)
        return session.scalar(select(func.count()).select_from(FocusArea)) or 0

    def add_area(session: Session) -> str:
        release.wait(5)
        session.add(FocusArea(name="Added while the dialog closed"))
        return "focus_area"

    dialog = QWidget()
    ops.query(slow_count, lambda _count: delivered.append("query"), parent=dialog)
    ops.change(add_area, lambda _result: delivered.append("change"), parent=dialog)
    delete(dialog)
    with qtbot.waitSignal(ops.changed) as blocker:
        release.set()
    ops.wait()
    assert delivered == []
    assert blocker.args == ["focus_area"]


def test_work_that_ends_after_its_helper_is_deleted_raises_nothing(
    qtbot: QtBot, seeded_db: Database
) -> None:
    """A window (and the helper it owns) may close while a query still runs: when the answer
    arrives there is no one to tell, and nothing may be touched (a test's teardown did it)."""
    from shiboken6 import delete

    ops = Operations(seeded_db)
    release = threading.Event()
    finished = threading.Event()

    def slow_count(session: Session) -> int:
        release.wait(5)
        finished.set()
        return session.scalar(select(func.count()).select_from(FocusArea)) or 0

    ops.query(slow_count, lambda _count: None)
    delete(ops)
    release.set()
    assert finished.wait(5)
    qtbot.wait(200)  # the queued answer is delivered here; an error would fail the test
