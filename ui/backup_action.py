"""File > Backup…: a copy of the database in a folder the user picks, saved on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ui.operations import Operations


def tr(text: str) -> str:
    # The window's context: these texts were the main window's and keep their translations.
    return QCoreApplication.translate("MainWindow", text)


def save_backup(window: QMainWindow, operations: Operations) -> None:
    """Ask for a folder, then save the copy there off the UI thread; the status bar tells."""
    from kztracker.services.backup import backup
    from ui.file_folders import BACKUPS, remember_folder, start_folder

    folder = QFileDialog.getExistingDirectory(window, tr("Save a backup in"), start_folder(BACKUPS))
    if not folder:
        return
    remember_folder(BACKUPS, folder)
    database, target = operations.database, Path(folder)

    def done(path: Path) -> None:
        window.statusBar().showMessage(tr("Backup saved: {path}").format(path=path), 10_000)

    window.statusBar().showMessage(tr("Saving a backup…"))
    operations.long_task(lambda _ticket: backup(database, target), done, parent=window)
