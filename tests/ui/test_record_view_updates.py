"""An open milestones view takes a change in place: the rows touched, nothing reloaded."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.db import Database
from kztracker.models import Memorandum, Milestone
from kztracker.services import browse
from kztracker.services.changes import Changes
from kztracker.services.records import create_record, delete_record, update_record
from kztracker.sort_keys import natural_key
from ui.operations import Operations
from ui.views.record_view import RecordView


def _titles(view: RecordView) -> list[str]:
    return [view.model.row_data(row).title for row in range(view.model.rowCount())]


@pytest.fixture
def view(qtbot: QtBot, seeded_db: Database) -> RecordView:
    operations = Operations(seeded_db)
    shown = RecordView("milestone", operations)
    qtbot.addWidget(shown)
    shown.resize(1000, 500)
    shown.show()
    qtbot.waitUntil(lambda: shown.has_loaded)
    return shown


def _apply(qtbot: QtBot, view: RecordView, work: Any) -> Changes:
    done: list[Changes] = []
    view.operations.changed.connect(view.apply_changes)
    view.operations.change(work, done.append)
    qtbot.waitUntil(lambda: bool(done))
    view.operations.wait()
    qtbot.wait(50)  # the fresh rows' delivery to the UI thread
    return done[0]


def test_an_edit_updates_its_row_in_an_open_view_without_a_reload(
    qtbot: QtBot, view: RecordView, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    monkeypatch.setattr(browse, "browse_rows", lambda *args: reads.append("all"))
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    total = view.model.rowCount()
    view._select_row(2)
    record_id = view.current_id()
    assert record_id is not None

    def rename(session: Session) -> Changes:
        return update_record(
            session, "milestone", record_id, {"title": "Zz renamed stage 4"}, expected_version=None
        )

    _apply(qtbot, view, rename)
    qtbot.waitUntil(lambda: "Zz renamed stage 4" in _titles(view))
    titles = _titles(view)
    # Sorted into its new place, the selection following it, every other row untouched.
    assert titles == sorted(titles, key=natural_key)
    assert view.current_id() == record_id
    assert view.model.rowCount() == total
    assert reads == [] and resets == []
    assert not view.row_loading.stale


def test_a_new_and_a_deleted_milestone_join_and_leave_in_place(
    qtbot: QtBot, view: RecordView, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    monkeypatch.setattr(browse, "browse_rows", lambda *args: reads.append("all"))
    view.search.setText("stage")
    view.apply_search()
    before = view.model.rowCount()
    created = _apply(
        qtbot,
        view,
        lambda session: create_record(
            session, "milestone", {"title": "Pilot stage agreed", "status": "planned"}
        ),
    )
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1)
    assert "Pilot stage agreed" in _titles(view)  # it matches the search typed
    with seeded_db.session() as session:
        gone = session.scalar(select(Milestone.id).where(Milestone.title == "Pilot stage agreed"))
    assert gone is not None and created.created == (gone,)
    _apply(qtbot, view, lambda session: delete_record(session, "milestone", gone))
    qtbot.waitUntil(lambda: view.model.rowCount() == before)
    assert "Pilot stage agreed" not in _titles(view)
    assert reads == []


def test_renaming_a_memorandum_updates_the_rows_that_name_it_in_place(
    qtbot: QtBot, view: RecordView, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    monkeypatch.setattr(browse, "browse_rows", lambda *args: reads.append("all"))
    with seeded_db.session() as session:
        memo_id, old = session.execute(
            select(Memorandum.id, Memorandum.title).join(
                Milestone, Milestone.memorandum_id == Memorandum.id
            )
        ).first() or (0, "")
    naming = [row.id for row in _rows(view) if row.memorandum == old]
    assert naming

    def rename(session: Session) -> Changes:
        return update_record(
            session, "memorandum", memo_id, {"title": "Renamed memorandum"}, expected_version=None
        )

    _apply(qtbot, view, rename)
    qtbot.waitUntil(lambda: any(row.memorandum == "Renamed memorandum" for row in _rows(view)))
    assert [row.id for row in _rows(view) if row.memorandum == "Renamed memorandum"] == naming
    assert reads == []


def test_deleting_a_partner_reloads_the_milestones(qtbot: QtBot, view: RecordView) -> None:
    with qtbot.waitSignal(view.loaded):
        view.apply_changes(Changes("organization", deleted=(1,)))


def _rows(view: RecordView) -> list[Any]:
    return [view.model.row_data(row) for row in range(view.model.rowCount())]


def test_after_its_rows_a_view_makes_its_index_and_searches_as_before(
    qtbot: QtBot, view: RecordView
) -> None:
    from kztracker.services.search import filter_in_any_script

    qtbot.waitUntil(view.model.is_prepared)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    every = [view.model.row_data(row) for row in range(view.model.rowCount())]
    for query in ("a", "agreement", "астана", "Kazakh univ", "zz"):
        view.search.setText(query)
        view.apply_search()
        assert _titles(view) == [row.title for row in filter_in_any_script(every, query)]


def test_an_edit_is_searched_through_a_fresh_index(qtbot: QtBot, view: RecordView) -> None:
    qtbot.waitUntil(view.model.is_prepared)
    record_id = view.model.record_id(0)
    assert record_id is not None

    def rename(session: Session) -> Changes:
        values = {"title": "Qwerty yurt"}
        return update_record(session, "milestone", record_id, values, expected_version=None)

    _apply(qtbot, view, rename)
    qtbot.waitUntil(view.model.is_prepared)
    view.search.setText("qwerty")
    view.apply_search()
    assert _titles(view) == ["Qwerty yurt"]


def test_an_edited_title_sorts_into_its_place_both_ways_once_prepared_again(
    qtbot: QtBot, view: RecordView
) -> None:
    # The places a sort reads are made again for the edited rows, never read stale: the last
    # title renamed to sort near the head.
    qtbot.waitUntil(view.model.is_prepared)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    record_id = view.model.record_id(view.model.rowCount() - 1)
    assert record_id is not None

    def rename(session: Session) -> Changes:
        values = {"title": "Aaa 1 first of all"}
        return update_record(session, "milestone", record_id, values, expected_version=None)

    _apply(qtbot, view, rename)
    qtbot.waitUntil(view.model.is_prepared)
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        view.table.sortByColumn(0, order)
        titles = _titles(view)
        descending = order == Qt.SortOrder.DescendingOrder
        assert titles == sorted(titles, key=natural_key, reverse=descending)
        assert titles.count("Aaa 1 first of all") == 1


def test_an_edit_updates_its_row_and_its_search_key_at_once(qtbot: QtBot, view: RecordView) -> None:
    # Searched as soon as the fresh row is in (a new index may not be made yet): the row's key
    # is its new one, the other rows keep theirs.
    qtbot.waitUntil(view.model.is_prepared)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    record_id = view.model.record_id(0)
    old = view.model.row_data(0).title
    assert record_id is not None
    others = [row.title for row in _rows(view)[1:4]]

    def rename(session: Session) -> Changes:
        values = {"title": "Qwerty yurt"}
        return update_record(session, "milestone", record_id, values, expected_version=None)

    _apply(qtbot, view, rename)
    qtbot.waitUntil(lambda: "Qwerty yurt" in _titles(view))
    for query, found in (("qwerty", True), ("yurt qwer", True), (old, False)):
        view.search.setText(query)
        view.apply_search()
        assert (record_id in view.model.shown_ids()) == found, query
    for title in others:
        view.search.setText(title)
        view.apply_search()
        assert title in _titles(view)
