"""File > Open database…, File > Recent databases and File > Restore backup…: another database
(or a backup of this one) in the window without a restart.

Switching builds a new main window on the other database the way a start does (create, upgrade,
seed if new), shows it in place of the old one and closes the old one, so no view can show
records of two databases. The choice is remembered as the database the next start opens, and
goes to the top of the recent list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ui.file_folders import BACKUPS, DATABASES, remember_folder, start_folder
from ui.preferences import keep_location, settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RECENT_KEY = "database/recent"
RECENT_MOST = 8
DATABASE_FILTER = "*.sqlite *.sqlite3 *.db"
# Windows made by a switch: kept referenced, since the start only holds the first one.
_OPEN: list[MainWindow] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenDatabase", text)


def recent_databases() -> list[str]:
    value: Any = settings().value(RECENT_KEY, []) or []
    found = [value] if isinstance(value, str) else [str(item) for item in value]
    return [item for item in found if item][:RECENT_MOST]


def remember_recent(location: str) -> None:
    """`location` first in the recent databases. Written only when that changes the list:
    a write of the settings file takes 10-25 ms, and most starts reopen the last database."""
    known = recent_databases()
    kept = [location, *(item for item in known if item != location)][:RECENT_MOST]
    if kept != known:
        settings().setValue(RECENT_KEY, kept)


def _location_of(window: MainWindow) -> str:
    from kztracker.locations import sqlite_path

    path = sqlite_path(window.database.url)
    return str(path) if path is not None else window.database.url


def switch_database(window: MainWindow, location: str) -> MainWindow | None:
    """Open `location` in a new window that takes the old one's place; None (and a message on
    the old window) when it does not open."""
    from ui.app import _start_problem, build_window

    try:
        fresh = build_window(location)
    except Exception as exc:  # noqa: BLE001 - any failure is a message; the old window stays
        QMessageBox.warning(window, tr("Open database"), _start_problem(exc))
        return None
    fresh.setGeometry(window.geometry())
    fresh.show()
    keep_location(location)
    remember_recent(location)
    _OPEN.append(fresh)
    window.close()
    window.database.dispose()
    if window in _OPEN:
        _OPEN.remove(window)
    return fresh


def open_database_dialog(window: MainWindow) -> MainWindow | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        tr("Open database"),
        start_folder(DATABASES),
        tr("kztracker databases ({patterns});;All files (*)").format(patterns=DATABASE_FILTER),
    )
    if not chosen:
        return None
    remember_folder(DATABASES, chosen)
    return switch_database(window, chosen)


def restore_backup_dialog(window: MainWindow) -> MainWindow | None:
    """Choose a backup, say what happens, put it in place of this database and reopen."""
    from kztracker.backups import backup_directory
    from kztracker.locations import sqlite_path
    from kztracker.services.backup import restore

    target = sqlite_path(window.database.url)
    if target is None:
        QMessageBox.information(
            window,
            tr("Restore backup"),
            tr("A server database is restored by its administrator (pg_restore from a dump)."),
        )
        return None
    folder = backup_directory(target)
    start = str(folder) if folder.is_dir() else start_folder(BACKUPS)
    chosen, _filter = QFileDialog.getOpenFileName(
        window, tr("Restore backup"), start, tr("Backups (*.sqlite3 *.sqlite *.db);;All files (*)")
    )
    if not chosen:
        return None
    answer = QMessageBox.question(
        window,
        tr("Restore backup"),
        tr(
            "Replace the records in this database with those of {file}? The current database "
            "is kept beside it under another name."
        ).format(file=Path(chosen).name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    location = str(target)
    window.operations.wait()
    window.database.dispose()
    try:
        result = restore(location, Path(chosen))
    except Exception as exc:  # noqa: BLE001 - one sentence; the database was not replaced
        from ui.app import _start_problem

        QMessageBox.warning(window, tr("Restore backup"), _start_problem(exc))
        return None
    fresh = switch_database(window, location)
    if fresh is not None:
        message = tr("Restored {file}.").format(file=Path(chosen).name)
        if result.set_aside is not None:
            message += " " + tr("The replaced database was kept as {name}.").format(
                name=Path(result.set_aside).name
            )
        fresh.statusBar().showMessage(message, 15_000)
    return fresh


class DatabaseActions:
    """The File menu's entries for other databases, and View > Deleted records."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.open = QAction(tr("&Open database…"), window)
        self.open.setStatusTip(tr("Work on another database file; this window switches to it"))
        self.open.triggered.connect(lambda _checked=False: open_database_dialog(window))
        self.recent = QMenu(tr("&Recent databases"), window)
        self.recent.aboutToShow.connect(self._fill_recent)
        self.restore = QAction(tr("Res&tore backup…"), window)
        self.restore.setStatusTip(tr("Put a backup in place of this database"))
        self.restore.triggered.connect(lambda _checked=False: restore_backup_dialog(window))
        self.deleted = QAction(tr("&Deleted records…"), window)
        self.deleted.setStatusTip(tr("Bring back records deleted from this database"))
        self.deleted.triggered.connect(lambda _checked=False: self.show_deleted())
        actions = window.window_actions
        file_menu = _menu_of(actions.backup)
        if file_menu is not None and file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertAction(first, self.open)
            file_menu.insertMenu(first, self.recent)
            file_menu.insertSeparator(first)
            following = file_menu.actions()[file_menu.actions().index(actions.backup) + 1 :]
            if following:
                file_menu.insertAction(following[0], self.restore)
            else:
                file_menu.addAction(self.restore)
        view_menu = _menu_of(next(iter(actions.pages.values())))
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.deleted)
        # Once the window runs its events: not in the way of its first rows.
        location = _location_of(window)
        QTimer.singleShot(0, window, lambda: remember_recent(location))
        if window.read_only:
            self.restore.setEnabled(False)

    def _fill_recent(self) -> None:
        self.recent.clear()
        current = _location_of(self.window)
        for location in recent_databases():
            action = self.recent.addAction(location)
            action.setEnabled(location != current)
            action.triggered.connect(
                lambda _checked=False, location=location: switch_database(self.window, location)
            )
        if self.recent.isEmpty():
            self.recent.addAction(tr("(none yet)")).setEnabled(False)

    def show_deleted(self) -> None:
        from ui.deleted_records import DeletedRecordsDialog

        dialog = DeletedRecordsDialog(self.window.operations, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def _menu_of(action: QAction) -> QMenu | None:
    return next((m for m in action.associatedObjects() if isinstance(m, QMenu)), None)
