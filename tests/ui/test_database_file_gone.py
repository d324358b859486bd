"""The SQLite file deleted, moved, replaced or kept locked while the window has it open.

A connection keeps its file open by descriptor: before, a save "succeeded" into a file no one
could reach any more (deleted: the edit vanished when the window closed), and a new connection
made an empty file at the old name. Now the window says what happened and keeps what was typed.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kztracker import sqlite_connections
from kztracker.db import Database, open_database
from kztracker.services import records
from ui import error_dialog
from ui.export_action import export_to_excel
from ui.main_window import MainWindow

from .test_editing import click_save, closed, opened, typing_target


@pytest.fixture
def sqlite_db(db_path: Path, templates: object) -> Iterator[Database]:
    templates.sqlite(db_path, seeded=True)  # type: ignore[attr-defined]
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, private_settings: Path) -> Iterator[MainWindow]:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.operations.wait()


def questions(window: MainWindow, answer: QMessageBox.StandardButton) -> list[str]:
    """Collects the text of every message box the window opens meanwhile, answering each."""
    texts: list[str] = []

    def answer_boxes() -> None:
        for box in window.findChildren(QMessageBox):
            if box.isVisible():
                texts.append(f"{box.text()} {box.informativeText()}")
                button = box.button(answer)
                assert button is not None, box.text()
                button.click()

    timer = QTimer(window)
    timer.timeout.connect(answer_boxes)
    timer.start(20)
    return texts


def set_aside(path: Path) -> Callable[[], None]:
    """Move the file and its WAL companions away; the returned call puts them back."""
    aside = path.parent / "aside"
    aside.mkdir()
    names = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name)]
    for name in names:
        shutil.move(path.parent / name, aside / name)

    def put_back() -> None:
        for name in names:
            shutil.move(aside / name, path.parent / name)

    return put_back


def test_a_save_into_a_file_moved_away_is_refused_and_the_typing_kept(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, db_path: Path
) -> None:
    editor = window.editor
    dialog = opened(editor, editor.edit_record("milestone", 1))  # type: ignore[arg-type]
    put_back = set_aside(db_path)
    title = typing_target(dialog.editors["title"])
    title.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(title, "Typed while the file was away")
    told = questions(window, QMessageBox.StandardButton.Cancel)
    click_save(qtbot, editor, dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(told) == 1)

    assert f"The database file {db_path} was deleted, moved or replaced" in told[0]
    assert "Nothing was saved yet, and what you entered is kept" in told[0]
    assert dialog.isVisible()
    assert dialog.editors["title"].value() == "Typed while the file was away"
    # No empty database was made at the old name.
    assert not db_path.exists()

    put_back()
    click_save(qtbot, editor, dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: closed(dialog))
    assert len(told) == 1
    with sqlite_db.session() as session:
        assert records.load_record(session, "milestone", 1)["title"] == (
            "Typed while the file was away"
        )


def test_every_view_waits_behind_one_question_and_retry_reads_the_file_put_back(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    put_back = set_aside(db_path)
    pages = window.window_actions.pages
    for page in VIEWS:
        pages[page].trigger()
        window.operations.wait()
        qtbot.waitUntil(lambda: bool(asked(window)))
    # One question for all of them, and no empty database made at the old name.
    assert len(asked(window)) == 1
    assert not db_path.exists()
    assert not window.views["milestone"].has_loaded

    put_back()
    retry = asked(window)[0].button(QMessageBox.StandardButton.Retry)
    assert retry is not None
    retry.click()
    qtbot.waitUntil(lambda: all(window.views[kind].has_loaded for kind in VIEWS))
    assert window.views["milestone"].model.rowCount() == 17
    assert not asked(window)
    assert not error_dialog._shown or not error_dialog._shown.isVisible()


VIEWS = ("memorandum", "organization", "person", "milestone")


def asked(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "connectionLost") if box.isVisible()]


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock held elsewhere is given up on after a tenth of a second instead of ten."""
    monkeypatch.setattr(sqlite_connections, "BUSY_TIMEOUT_MS", 100)


def test_a_file_another_program_keeps_locked_is_named_and_the_save_retried(
    qtbot: QtBot, quick_busy_timeout: None, window: MainWindow, sqlite_db: Database, db_path: Path
) -> None:
    editor = window.editor
    dialog = opened(editor, editor.edit_record("milestone", 1))  # type: ignore[arg-type]
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program's write, left unfinished
    dialog.editors["title"].set_value("Saved once the lock is gone")
    click_save(qtbot, editor, dialog)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(asked(window)))

    box = asked(window)[0]
    assert f"Another program has kept the database file {db_path} locked" in box.text()
    assert "what you entered is kept" in box.informativeText()
    assert not error_dialog._shown or not error_dialog._shown.isVisible()
    assert dialog.isVisible()

    other.execute("ROLLBACK")
    other.close()
    retry = box.button(QMessageBox.StandardButton.Retry)
    assert retry is not None
    retry.click()
    qtbot.waitUntil(lambda: closed(dialog))
    with sqlite_db.session() as session:
        assert records.load_record(session, "milestone", 1)["title"] == (
            "Saved once the lock is gone"
        )


def test_an_export_from_a_file_moved_away_is_told_once_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "summary.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(target), "")))
    set_aside(db_path)
    told = questions(window, QMessageBox.StandardButton.Cancel)
    run = export_to_excel(window, window.operations)
    assert run is not None
    qtbot.waitUntil(lambda: run.state != "running")
    window.operations.wait()

    assert run.state == "failed"
    assert len(told) == 1 and "was deleted, moved or replaced" in told[0]
    assert run.message_box is None  # no second box saying it again
    assert not target.exists() and not db_path.exists()
