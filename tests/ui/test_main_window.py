"""The real main window, offscreen, on the seeded database: navigate, search, filter, sort, open."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from kztracker.db import Database
from kztracker.models import Milestone, Person
from kztracker.services.changes import Changes
from ui.main_window import MainWindow
from ui.views.record_view import RecordView


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """Window settings go to a temporary folder, never the user's."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


def _open(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _closed(window: MainWindow) -> None:
    window.close()
    window.operations.wait()


def _show(qtbot: QtBot, window: MainWindow, kind: str) -> RecordView:
    window.show_page(kind)
    view = window.views[kind]
    qtbot.waitUntil(lambda: view.has_loaded)
    return view


def _titles(view: RecordView, column: int = 0) -> list[str]:
    model = view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _milestone_id(database: Database, title: str) -> int:
    with database.session() as session:
        found = session.scalar(select(Milestone.id).where(Milestone.title == title))
    assert found is not None
    return int(found)


@pytest.fixture
def window(qtbot: QtBot, seeded_db: Database) -> Iterator[MainWindow]:
    made = _open(qtbot, seeded_db)
    yield made
    _closed(made)


def test_the_dashboard_is_the_first_view_and_each_view_has_a_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.current_page() == "dashboard"
    pages = window.window_actions.pages
    assert [action.shortcut().toString() for action in pages.values()] == [
        f"Ctrl+{n}" for n in range(1, 8)
    ]
    pages["memorandum"].trigger()
    assert window.current_page() == "memorandum"
    assert window.stack.currentWidget() is window.views["memorandum"]
    qtbot.waitUntil(lambda: window.views["memorandum"].has_loaded)
    assert window.count_label.text() == "5 memoranda"
    window.navigation.setCurrentRow(3)
    assert window.current_page() == "person"
    assert pages["person"].isChecked() and not pages["memorandum"].isChecked()


def test_every_record_view_lists_its_records(qtbot: QtBot, window: MainWindow) -> None:
    expected = {"memorandum": 5, "organization": 31, "milestone": 17, "focus_area": 13}
    for kind, count in expected.items():
        assert _show(qtbot, window, kind).model.rowCount() == count


def test_search_box_narrows_the_table_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "milestone")
    window.focus_search()
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "biomed")
    qtbot.waitUntil(lambda: view.model.rowCount() < 17)
    titles = _titles(view)
    assert "Biomedical Research Center opens at Nazarbayev University" in titles
    assert "ConnectED 2024 conference in Astana" not in titles
    assert window.count_label.text() == f"{len(titles)} of 17 milestones"
    # A word from another field (the responsible person) narrows further.
    qtbot.keyClicks(view.search, " waqar")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 17)


def test_a_filter_and_a_sort_work_together(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "milestone")
    bar = view.filter_bar
    assert bar is not None
    bar.status.setCurrentIndex(bar.status.findData("done"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 10)
    title_column = 0
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(title_column) + 10, header.height() // 2),
    )
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        view.table.sortByColumn(title_column, Qt.SortOrder.DescendingOrder)
    titles = _titles(view)
    assert titles == sorted(titles, key=str.casefold, reverse=True)
    statuses = set(_titles(view, 1))
    assert statuses == {"Done"}
    # Typing keeps both the filter and the order.
    qtbot.keyClicks(view.search, "center")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert _titles(view) == [
        "Prime Minister visits the Biomedical Research Center",
        "Joint meeting of the Ministry of Health council and the Academy's life sciences "
        "department",
        "Biomedical Research Center opens at Nazarbayev University",
    ]
    bar.clear_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() > 3)
    assert "Regional Pharmaceutical Center for preclinical trials" in _titles(view)


def test_a_partner_filter_is_typed_with_completion(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "milestone")
    bar = view.filter_bar
    assert bar is not None
    line = bar.partner.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Huawei")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert set(_titles(view)) == {
        "GenAI courses prepared for 7,000 students",
        "40 ICT Academies established",
    }


def test_due_date_presets_and_a_custom_range(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "milestone")
    bar = view.filter_bar
    assert bar is not None and bar.due is not None
    bar.due.setCurrentIndex(bar.due.findData("custom"))
    assert bar.due_from.isVisibleTo(bar)
    from PySide6.QtCore import QDate

    bar.due_from.setDate(QDate(2024, 10, 18))
    bar.due_to.setDate(QDate(2024, 10, 31))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert "ConnectED 2024 conference in Astana" not in _titles(view)


def test_open_record_shows_the_row_and_its_details(
    qtbot: QtBot, window: MainWindow, seeded_db: Database
) -> None:
    target = _milestone_id(seeded_db, "40 ICT Academies established")
    milestones = window.views["milestone"]
    window.open_record("milestone", target)
    assert window.current_page() == "milestone"
    qtbot.waitUntil(lambda: milestones.current_id() == target)
    qtbot.waitUntil(lambda: window.detail.current() == ("milestone", target))
    # A search that hides the record is cleared to show it.
    qtbot.keyClicks(milestones.search, "astana")
    qtbot.waitUntil(lambda: milestones.model.rowCount() < 17)
    window.show_page("dashboard")
    window.open_record("milestone", target)
    assert milestones.current_id() == target
    assert milestones.search.text() == ""


def test_selection_shows_the_record_in_the_detail_pane(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "memorandum")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    record_id = view.current_id()
    assert record_id is not None
    qtbot.waitUntil(lambda: window.detail.current() == ("memorandum", record_id))


class _Recorder:
    """Stands in for the editor's dialogs: records what the window asked for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, editor: Any) -> None:
        self.calls: list[tuple[Any, ...]] = []
        for name in ("edit_record", "delete_record", "new_record", "quick_milestone"):
            monkeypatch.setattr(editor, name, self._record(name))

    def _record(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, *args))


def test_enter_edits_and_the_context_menu_offers_the_record_actions(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _Recorder(monkeypatch, window.editor)
    view = _show(qtbot, window, "memorandum")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    record_id = view.current_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert editor.calls[-1] == ("edit_record", "memorandum", record_id)
    menu = view.build_context_menu()
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[:4] == ["Open", "Edit…", "Delete…", "New memorandum…"]
    next(a for a in menu.actions() if a.text() == "New milestone here…").trigger()
    assert editor.calls[-1] == ("quick_milestone", {"memorandum_id": record_id})
    window.window_actions.delete.trigger()
    assert editor.calls[-1] == ("delete_record", "memorandum", record_id)
    window.window_actions.new_record.trigger()
    assert editor.calls[-1] == ("new_record", "memorandum")
    window.window_actions.quick_milestone.trigger()
    assert editor.calls[-1] == ("quick_milestone", {"memorandum_id": record_id})


def test_sources_are_read_only(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "source")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current_id() is not None
    assert not window.window_actions.edit.isEnabled()
    texts = [action.text() for action in view.build_context_menu().actions()]
    assert "Edit…" not in texts and "Delete…" not in texts


def test_a_saved_change_reloads_the_views(
    qtbot: QtBot, window: MainWindow, seeded_db: Database
) -> None:
    view = _show(qtbot, window, "milestone")
    target = _milestone_id(seeded_db, "40 ICT Academies established")

    def rename(session: Any) -> Changes:
        session.execute(
            update(Milestone).where(Milestone.id == target).values(title="40 ICT Academies open")
        )
        return Changes("milestone", updated=(target,))

    window.operations.change(rename)
    qtbot.waitUntil(lambda: "40 ICT Academies open" in _titles(view))
    # A hidden view reloads when it is next shown.
    people = window.views["person"]
    assert not people.has_loaded or people.isHidden()

    def add_person(session: Any) -> Changes:
        session.add(Person(name="Aliya Seitkali"))
        return Changes("person")

    window.operations.change(add_person)
    window.operations.wait()
    people_view = _show(qtbot, window, "person")
    qtbot.waitUntil(lambda: "Aliya Seitkali" in _titles(people_view))


def test_export_button_exports_the_rows_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    fake = types.ModuleType("ui.export_action")
    fake.export_to_excel = lambda parent, operations, scope=None: calls.append(scope)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.export_action", fake)
    view = _show(qtbot, window, "milestone")
    qtbot.keyClicks(view.search, "connected")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.export_button.click()
    (scope,) = calls
    assert scope.kind == "milestone"
    assert sorted(scope.ids) == sorted(view.model.shown_ids())
    assert len(scope.ids) == 3
    assert "connected" in scope.label
    window.window_actions.export.trigger()
    assert calls[-1] is None  # File > Export is the whole database


def test_dropped_files_go_to_the_import(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    received: list[list[str]] = []
    fake = types.ModuleType("ui.import_action")
    fake.import_files = lambda parent, operations, paths: received.append(paths)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.import_action", fake)
    announcement = tmp_path / "news.txt"
    announcement.write_text("An announcement.", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(announcement))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt has no drag manager to deliver drops: hand the event to the window.
    window.dropEvent(event)
    assert received == [[str(announcement)]]
    assert event.isAccepted()


def test_window_size_is_restored(qtbot: QtBot, seeded_db: Database) -> None:
    # The offscreen screen is 800 x 800 and a restored window must fit on its screen.
    first = _open(qtbot, seeded_db)
    first.resize(760, 580)
    _closed(first)
    second = _open(qtbot, seeded_db)
    try:
        assert (second.width(), second.height()) == (760, 580)
    finally:
        _closed(second)


def test_last_view_splitter_and_sort_are_restored(qtbot: QtBot, seeded_db: Database) -> None:
    first = _open(qtbot, seeded_db)
    first.resize(780, 600)
    view = _show(qtbot, first, "person")
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.splitter.setSizes([150, 320, 300])
    sizes = first.splitter.sizes()
    _closed(first)

    second = _open(qtbot, seeded_db)
    try:
        assert second.current_page() == "person"
        assert second.splitter.sizes() == sizes
        header = second.views["person"].table.horizontalHeader()
        assert header.sortIndicatorSection() == 0
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        view = _show(qtbot, second, "person")
        names = _titles(view)
        assert names == sorted(names, key=str.casefold, reverse=True)
    finally:
        _closed(second)


def test_statuses_sort_in_their_working_order(qtbot: QtBot, window: MainWindow) -> None:
    view = _show(qtbot, window, "memorandum")
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _titles(view, 1) == ["Signed", "Active", "Active", "Active", "Active"]


def test_menus_carry_the_expected_shortcuts(window: MainWindow) -> None:
    actions = window.window_actions
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [keys.toString() for keys in actions.redo.shortcuts()]
    assert actions.quick_milestone.shortcut().toString() == "Ctrl+Shift+M"
    assert actions.find.shortcut().toString() == "Ctrl+F"
    assert actions.export.shortcut().toString() == "Ctrl+E"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_preferences_are_kept_and_honoured(qtbot: QtBot, seeded_db: Database) -> None:
    from ui.preferences import PreferencesDialog, backups_to_keep, restores_last_page

    first = _open(qtbot, seeded_db)
    _show(qtbot, first, "person")
    dialog = PreferencesDialog(first)
    qtbot.addWidget(dialog)
    dialog.keep.setValue(3)
    dialog.restore_page.setChecked(False)
    dialog.accept()
    _closed(first)
    assert backups_to_keep() == 3
    assert not restores_last_page()
    second = _open(qtbot, seeded_db)
    try:
        assert second.current_page() == "dashboard"
    finally:
        _closed(second)


def test_keyboard_reaches_views_search_filters_and_table(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "milestone"
    view = window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    bar = view.filter_bar
    assert bar is not None and bar.status.hasFocus()
    # Enter in the search box moves to the table and selects the first row.
    view.search.setFocus()
    qtbot.keyClicks(view.search, "astana")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.table.hasFocus()
    assert view.current_id() is not None


def test_a_reload_keeps_the_search_even_when_the_selected_row_drops_out(
    qtbot: QtBot, window: MainWindow, seeded_db: Database
) -> None:
    view = _show(qtbot, window, "milestone")
    target = _milestone_id(seeded_db, "40 ICT Academies established")
    qtbot.keyClicks(view.search, "ICT")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.select_record(target)

    def rename(session: Any) -> Changes:
        session.execute(
            update(Milestone).where(Milestone.id == target).values(title="Forty academies")
        )
        return Changes("milestone", updated=(target,))

    window.operations.change(rename)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.search.text() == "ICT"


def test_file_backup_saves_a_copy_in_the_chosen_folder(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    db_path: Path,  # SQLite only: a server database is backed up with pg_dump
) -> None:
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "backups"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    window.window_actions.backup.trigger()
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage())
    copies = list(folder.iterdir())
    assert len(copies) == 1 and copies[0].stat().st_size > 0


def test_milestones_show_a_first_page_then_every_row_keeping_the_search_typed_meanwhile(
    qtbot: QtBot, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.views.row_loading as row_loading

    monkeypatch.setattr(row_loading, "FIRST_PAGE", 3)
    window = _open(qtbot, seeded_db)
    view = window.views["milestone"]
    seen: dict[str, Any] = {}

    def first_rows() -> None:
        seen["rows"] = view.model.rowCount()
        seen["status"] = window.count_label.text()
        seen["loaded"] = view.has_loaded
        view.search.setText("biomed")  # typed before every row is in
        view.apply_search()

    view.first_rows_shown.connect(first_rows)
    with qtbot.waitSignal(view.loaded):
        window.show_page("milestone")
    assert seen["rows"] == 3
    assert seen["loaded"] is False
    assert seen["status"] == "Loading…"
    titles = _titles(view)
    assert "Biomedical Research Center opens at Nazarbayev University" in titles
    assert window.count_label.text() == f"{len(titles)} of 17 milestones"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 17)
    _closed(window)
