"""Files opened from the window go to one folder per session, which is cleared when the app
quits; a file another program still holds open (Windows refuses to delete it) is left, logged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.opened_files import PREFIX


def _open_attached(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Attach `path` to milestone 1 with the Add button, open it, return where it was written."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([str(path)], ""))
    )
    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    window.open_record("milestone", 1)
    pane = window.detail.files
    window.detail.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.add_button.isEnabled(), timeout=10_000)
    pane.add_button.click()
    qtbot.waitUntil(lambda: pane.select(path.name), timeout=10_000)
    pane.open_selected()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    return Path(opened[0].toLocalFile())


def test_opened_files_are_removed_when_the_app_quits(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Agenda of the joint committee.", encoding="utf-8")
    written = _open_attached(qtbot, main_window, note, monkeypatch)
    assert written.read_bytes() == note.read_bytes()
    session = written.parent.parent
    assert session.name.startswith(PREFIX)
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert not session.exists()


def test_a_file_still_open_elsewhere_is_left_and_logged(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from ui.opened_files import clear_session_folder

    report = tmp_path / "report.txt"
    report.write_text("Quarterly report on the laboratory.", encoding="utf-8")
    written = _open_attached(qtbot, main_window, report, monkeypatch)
    unlink = Path.unlink

    def held_open(path: Path, missing_ok: bool = False) -> None:
        if path == written:
            raise PermissionError(32, "The process cannot access the file", str(path))
        unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", held_open)
    with caplog.at_level(logging.INFO, logger="kztracker.window"):
        assert clear_session_folder() == [written]
    assert written.exists()
    assert "an opened file stays in the temporary folder" in caplog.text
    monkeypatch.setattr(Path, "unlink", unlink)
    written.unlink()
    written.parent.rmdir()
    written.parent.parent.rmdir()
