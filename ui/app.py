"""Start the desktop application: open the database, show the main window, run."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kztracker.errors import KztrackerError
from ui.main_window import MainWindow
from ui.preferences import SETTINGS_APPLICATION, SETTINGS_ORGANIZATION


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scaling (125 %, 150 %) as the screen asks, not rounded to whole steps.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv)
    app.setOrganizationName(SETTINGS_ORGANIZATION)
    app.setApplicationName(SETTINGS_APPLICATION)
    app.setApplicationDisplayName("kztracker")
    return app


def build_window(db: str | None) -> MainWindow:
    """Open (create, upgrade, seed) the database and build the window on it."""
    from kztracker.services.database import initialize

    database, _ = initialize(db)
    return MainWindow(database)


def _daily_backup(window: MainWindow) -> None:
    from kztracker.services.backup import backup_on_open
    from ui.preferences import backups_to_keep

    database, keep = window.database, backups_to_keep()
    window.operations.long_task(
        lambda _ticket: backup_on_open(database, keep),
        lambda _path: None,
        on_failure=lambda error: window.statusBar().showMessage(
            tr("The daily backup failed: {error}").format(error=error), 15_000
        ),
    )


def run(db: str | None = None) -> int:
    from kztracker.db import choose_location
    from ui import i18n
    from ui.preferences import database_location

    app = application()
    # Before any widget exists, so every text is made in the user's language.
    i18n.install()
    try:
        window = build_window(choose_location(db, database_location()))
    except KztrackerError as exc:
        QMessageBox.critical(None, tr("kztracker"), str(exc))
        return 1
    window.show()
    _daily_backup(window)
    code = app.exec()
    window.operations.wait()
    window.database.dispose()
    return code
