"""After the window's first paint: SQLite's full check, then the day's backup of a sound file;
a file found damaged is named with the way back and not backed up."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.app as app
from kztracker.backups import backup_directory
from kztracker.db import Database
from tests.sqlite_damage import rightmost_leaf, scribble_page


def _start(qtbot: QtBot, db_path: Path) -> app.MainWindow:
    window = app.build_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    app._check_then_back_up(window)
    return window


def test_a_sound_database_is_checked_then_backed_up(
    qtbot: QtBot, seeded_db: Database, db_path: Path, private_settings: Path
) -> None:
    seeded_db.dispose()
    window = _start(qtbot, db_path)
    folder = backup_directory(db_path)
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.glob("*.sqlite3")), timeout=20_000)
    window.operations.wait()
    window.database.dispose()


def test_damage_found_after_the_first_paint_is_shown_and_not_backed_up(
    qtbot: QtBot,
    seeded_db: Database,
    db_path: Path,
    private_settings: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded_db.dispose()
    scribble_page(db_path, rightmost_leaf(db_path, "history"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning",
        lambda _parent, title, text, *_rest: shown.append((title, text)),
    )
    window = _start(qtbot, db_path)  # the open itself reads only a few pages: it starts
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    window.operations.wait()
    window.database.dispose()
    ((title, text),) = shown
    assert title == "The database is damaged"
    assert "damaged" in text and "no backup of it was found in" in text
    assert not any(backup_directory(db_path).glob("*.sqlite3"))
