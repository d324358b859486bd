"""The spreadsheet-import, attachment and calendar file dialogs start in Documents (never the
program's folder) and then in the folder last used for that kind of file, each kind its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.file_folders import documents_folder
from ui.main_window import MainWindow


def _menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def test_the_spreadsheet_dialog_starts_in_documents_then_in_the_last_folder(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer: list[str] = [""]

    def choose(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return answer[0], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr("ui.sheet_import.import_sheet", lambda *_args: None)
    action = _menu_action(main_window, "Import spreadsheet…")
    action.trigger()
    assert asked == [documents_folder()] and Path(asked[0]) != Path.cwd()
    sheets = tmp_path / "sheets"
    sheets.mkdir()
    answer[0] = str(sheets / "partners.xlsx")
    action.trigger()
    answer[0] = ""
    action.trigger()
    assert asked[-1] == str(sheets)
    # Announcements remember a folder of their own.
    files: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda _p, _t, folder, _f: files.append(folder) or ([], "")
    )
    main_window.window_actions.import_files.trigger()
    assert files == [documents_folder()]


def test_the_calendar_dialog_starts_in_documents_then_in_the_last_folder(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.calendar_action import ask_target

    asked: list[str] = []
    answer: list[str] = [""]

    def choose(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return answer[0], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert ask_target(main_window) is None
    assert Path(asked[0]).parent == Path(documents_folder())
    answer[0] = str(tmp_path / "mine")
    assert ask_target(main_window) == tmp_path / "mine.ics"
    answer[0] = ""
    ask_target(main_window)
    assert Path(asked[-1]) == tmp_path / "kztracker-milestones.ics"


def test_the_attachment_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letters" / "letter.txt"
    letter.parent.mkdir()
    letter.write_text("The annex is signed.", encoding="utf-8")
    opened: list[str] = []
    answer: list[list[str]] = [[]]

    def choose(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened.append(folder)
        return answer[0], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    main_window.open_record("milestone", 1)
    pane = main_window.detail.files
    main_window.detail.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.add_button.isEnabled(), timeout=10_000)
    pane.add_button.click()
    assert opened == [documents_folder()]
    answer[0] = [str(letter)]
    pane.add_button.click()
    qtbot.waitUntil(lambda: len(pane.attachments()) == 1, timeout=10_000)
    answer[0] = []
    pane.add_button.click()
    assert opened[-1] == str(letter.parent)
    # Save a copy starts in the same folder, with the file's own name.
    saved: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, start: saved.append(start) or ("", "")
    )
    assert pane.select("letter.txt")
    pane.save_button.click()
    assert saved == [str(letter.parent / "letter.txt")]
