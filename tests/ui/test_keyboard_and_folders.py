"""Keyboard and files as people expect (issue 15, point 3): Down from the search box into the
table, Enter opens, Esc clears; file dialogs start in Documents and come back to the folder
last used for that kind of file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from ui.dialogs.form import RecordDialog
from ui.file_folders import documents_folder
from ui.main_window import MainWindow


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()


def test_down_goes_from_the_search_box_to_the_first_result_and_enter_opens_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "ICT Academies")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.model.rowCount() == 1
    assert view.table.currentIndex().row() == 0
    assert view.table.currentIndex().data() == "40 ICT Academies established"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main_window.findChildren(RecordDialog)))
    dialog = next(d for d in main_window.findChildren(RecordDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.is_ready)
    assert dialog.editors["title"].value() == "40 ICT Academies established"
    dialog.reject()


def test_esc_in_the_search_box_clears_the_search(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.show_page("organization")
    view = main_window.views["organization"]
    qtbot.waitUntil(lambda: view.has_loaded)
    total = view.model.rowCount()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "AstraZeneca")
    _settle(main_window)
    view.apply_search()
    assert view.model.rowCount() < total
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.model.rowCount() == total
    assert "Esc" in view.search.toolTip() and "Down" in view.search.toolTip()


def test_the_import_dialog_starts_in_documents_and_then_in_the_last_folder(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    inbox = tmp_path / "inbox"
    inbox.mkdir()

    def choose(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    main_window.window_actions.import_files.trigger()
    assert asked == [documents_folder()]
    assert Path(asked[0]) != Path.cwd()

    def choose_inbox(_parent: Any, _title: str, folder: str, _f: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [str(inbox / "missing.txt")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose_inbox)
    monkeypatch.setattr(main_window, "import_paths", lambda paths: None)
    main_window.window_actions.import_files.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    main_window.window_actions.import_files.trigger()
    assert asked[-1] == str(inbox)

    # The backup folder is a kind of its own: it still starts in Documents.
    folders: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda _parent, _title, folder: folders.append(folder) or "",
    )
    main_window.window_actions.backup.trigger()
    assert folders == [documents_folder()]
