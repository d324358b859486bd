"""Another database, a backup and deleted records from the window (issue 15, point 3): File >
Open database… and Recent databases switch without a restart, File > Restore backup… puts a
backup in place, View > Deleted records… brings a record back, as `history restore` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kztracker.db import Database, open_database
from kztracker.models import Milestone
from kztracker.services import records
from kztracker.services.backup import backup
from kztracker.services.database import initialize
from ui.deleted_records import DeletedRecordsDialog
from ui.main_window import MainWindow
from ui.open_database import recent_databases

TITLE = "40 ICT Academies established"


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()


def _milestone_id(database: Database, title: str = TITLE) -> int | None:
    with database.session() as session:
        return session.scalar(select(Milestone.id).where(Milestone.title == title))


def _delete(database: Database, record_id: int) -> None:
    with database.sessions.begin() as session:
        records.delete_record(session, "milestone", record_id)


def _adopt(qtbot: QtBot, window: MainWindow | None) -> MainWindow:
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_open_database_switches_the_window_and_recent_databases_switch_back(
    qtbot: QtBot,
    main_window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other.sqlite"
    database, _ = initialize(str(other))
    with database.sessions.begin() as session:
        session.execute(select(Milestone)).scalars().first().title = "Only in the other one"  # type: ignore[union-attr]
    database.dispose()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(other), "kztracker databases")
    )
    opened: list[MainWindow] = []
    monkeypatch.setattr(
        "ui.open_database.switch_database",
        _recording(opened, __import__("ui.open_database").open_database.switch_database),
    )
    main_window.database_actions.open.trigger()
    fresh = _adopt(qtbot, opened[-1])
    _settle(fresh)
    assert not main_window.isVisible() and fresh.isVisible()
    assert Path(fresh.database.url.removeprefix("sqlite:///")) == other
    assert _milestone_id(fresh.database, "Only in the other one") is not None
    assert recent_databases()[:2] == [str(other), str(db_path)]

    fresh.database_actions.recent.aboutToShow.emit()
    back = next(a for a in fresh.database_actions.recent.actions() if a.text() == str(db_path))
    back.trigger()
    again = _adopt(qtbot, opened[-1])
    _settle(again)
    assert Path(again.database.url.removeprefix("sqlite:///")) == db_path
    again.operations.wait()


def _recording(into: list[Any], switch: Any) -> Any:
    def recorded(window: MainWindow, location: str) -> MainWindow | None:
        made = switch(window, location)
        into.append(made)
        return made

    return recorded


def test_deleted_records_brings_a_deleted_milestone_back(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    record_id = _milestone_id(seeded_db)
    assert record_id is not None
    _delete(seeded_db, record_id)
    main_window.database_actions.deleted.trigger()
    qtbot.waitUntil(lambda: main_window.findChild(DeletedRecordsDialog) is not None)
    dialog = main_window.findChild(DeletedRecordsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 1).data() == TITLE
    rect = dialog.table.visualRect(dialog.model.index(0, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    _settle(main_window)
    assert _milestone_id(seeded_db) == record_id
    assert dialog.note.text() == f"“{TITLE}” is back."
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)


def test_restore_backup_puts_the_backup_in_place_and_reopens(
    qtbot: QtBot,
    main_window: MainWindow,
    seeded_db: Database,
    db_path: Path,  # a backup file is put in place of a database file: SQLite only
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = backup(seeded_db, tmp_path / "backups")
    record_id = _milestone_id(seeded_db)
    assert record_id is not None
    _delete(seeded_db, record_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(saved), "Backups"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    main_window.database_actions.restore.trigger()
    fresh = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    qtbot.addWidget(fresh)
    _settle(fresh)
    assert fresh is not main_window
    assert _milestone_id(fresh.database) == record_id
    assert fresh.statusBar().currentMessage().startswith(f"Restored {saved.name}.")
    check = open_database(fresh.database.url, create=False)
    with check.session() as session:
        assert session.scalar(select(func.count()).select_from(Milestone)) == 17
    check.dispose()
    fresh.operations.wait()


def test_a_reopened_database_heads_the_recent_list_without_a_new_write(
    qapp: QApplication, private_settings: Path, tmp_path: Path
) -> None:
    from ui.open_database import remember_recent

    first, second = str(tmp_path / "first.sqlite"), str(tmp_path / "second.sqlite")
    remember_recent(first)
    remember_recent(second)
    assert recent_databases() == [second, first]
    remember_recent(first)
    assert recent_databases() == [first, second]

    written = {
        path: (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in private_settings.rglob("*")
        if path.is_file()
    }
    assert written, "the recent list is kept in the settings folder"
    remember_recent(first)  # already first: the settings file is left as it was
    assert recent_databases() == [first, second]
    assert {path: (path.stat().st_ino, path.stat().st_mtime_ns) for path in written} == written
