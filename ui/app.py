"""Start the desktop application: open the database, show the main window, run.

A start never fails silently and never locks anyone out: logging is set up first, every
unexpected error opens the error dialog (ui/error_dialog.py), and a database that does not
open shows a dialog to correct the server, open the local database, or reach Preferences.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from kztracker.credentials import mask
from kztracker.errors import KztrackerError
from kztracker.resources import icons_dir
from ui.main_window import MainWindow
from ui.preferences import SETTINGS_APPLICATION, SETTINGS_ORGANIZATION

log = logging.getLogger("kztracker.window")
_qt_log = logging.getLogger("qt")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Qt's own chatter (a platform plugin's warnings) belongs in the log file, not the terminal.
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        qInstallMessageHandler(_qt_message)
        # Fractional scaling (125 %, 150 %) as the screen asks, not rounded to whole steps.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv)
    app.setOrganizationName(SETTINGS_ORGANIZATION)
    app.setApplicationName(SETTINGS_APPLICATION)
    app.setApplicationDisplayName("kztracker")
    app.setWindowIcon(QIcon(str(icons_dir() / "kztracker.svg")))
    # Wayland and the task bar match the window to packaging/kztracker.desktop by this name.
    app.setDesktopFileName("kztracker")
    return app


def build_window(db: str | None) -> MainWindow:
    """Open (create, upgrade, seed) the database and build the window on it."""
    from kztracker.services.database import initialize

    # SQLite's full check of every page waits for the first paint (_check_then_back_up).
    database, _ = initialize(db, check_later=True)
    return MainWindow(database)


def _check_then_back_up(window: MainWindow) -> None:
    """SQLite's quick_check, which the open left for after the first paint (it reads every
    page: 0.6 s on a million milestones), off the UI thread; a damaged file is named with the
    way back, and is not backed up over the good copies. A sound one gets its daily backup."""
    from kztracker.sqlite_checks import integrity_problem

    database = window.database

    def checked(problem: str | None) -> None:
        if problem is None:
            _daily_backup(window)
            return
        log.warning("the database failed its check: %s", problem)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, tr("The database is damaged"), problem)

    window.operations.long_task(
        lambda _ticket: integrity_problem(database),
        checked,
        on_failure=lambda error: log.warning("the database check did not run: %s", error),
    )


def _daily_backup(window: MainWindow) -> None:
    from kztracker.services.backup import backup_on_open
    from ui.preferences import backups_to_keep

    if window.read_only:
        return  # nothing changes, and the folder beside it may not be written
    database, keep = window.database, backups_to_keep()
    window.operations.long_task(
        lambda _ticket: backup_on_open(database, keep),
        lambda _path: None,
        on_failure=lambda error: window.statusBar().showMessage(
            tr("The daily backup failed: {error}").format(error=error), 15_000
        ),
    )


def _start_problem(error: BaseException) -> str:
    """The sentence a failed start shows: the core's own message, or one line for the rest."""
    from kztracker.errors import os_error_message
    from ui.error_dialog import details, one_line

    if isinstance(error, KztrackerError):
        log.warning("the database did not open: %s", mask(str(error)))
        return mask(str(error))
    if isinstance(error, OSError):
        log.warning("the database did not open: %s", one_line(error))
        return mask(os_error_message(error))
    log.error("unexpected error while opening the database\n%s", details(error))
    return tr("Something unexpected went wrong while opening the database: {error}").format(
        error=one_line(error)
    )


def open_window(given: str | None, session_url: str | None = None) -> MainWindow | None:
    """The window on the database to use, after as many corrections as the user makes;
    None when the user quits. `session_url` carries a password no keyring could keep."""
    from kztracker.credentials import is_server_url, without_password
    from kztracker.locations import ENV_VAR, choose_location, default_database_path
    from ui.connection_dialog import StartProblemDialog
    from ui.preferences import PreferencesDialog, database_location, keep_location

    location = choose_location(given, database_location())
    # A correction is saved only when the location came from Preferences; --db and the
    # environment variable are the command line's business, changed for this run only.
    from_settings = given is None and not os.environ.get(ENV_VAR) and location is not None
    default = str(default_database_path())
    if not from_settings:
        session_url = None  # it belongs to the saved location, which is not the one in use
    while True:
        try:
            window = build_window(session_url or location)
        except Exception as exc:  # noqa: BLE001 - every failure gets the dialog, never a lock-out
            message = _start_problem(exc)
        else:
            if from_settings and location is not None:
                keep_location(location)
            return window
        shown = location or os.environ.get(ENV_VAR) or default
        if session_url and is_server_url(session_url):
            shown = without_password(session_url)[0]
        dialog = StartProblemDialog(message, shown, local_offered=shown != default)
        dialog.exec()
        session_url = None
        if dialog.choice == dialog.QUIT:
            return None
        if dialog.choice == dialog.LOCAL:
            location, from_settings = _local_database(), False
        elif dialog.choice == dialog.PREFERENCES:
            if PreferencesDialog().exec() == PreferencesDialog.DialogCode.Accepted:
                location, from_settings = database_location() or _local_database(), False
        else:
            location, session_url = dialog.location, dialog.session_url


def _local_database() -> str:
    """The default file, named outright (the environment variable must not win here), with
    its folder made as the default would have it; if that fails, the next try says why."""
    from kztracker.locations import default_database_path

    path = default_database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return str(path)


def run(db: str | None = None) -> int:
    from kztracker.logs import setup_logging
    from ui import i18n
    from ui.error_dialog import install_exception_hooks
    from ui.preferences import move_password_out_of_settings

    setup_logging()
    app = application()
    # Before any widget exists, so every text is made in the user's language.
    i18n.install()
    install_exception_hooks()
    window = open_window(db, move_password_out_of_settings() if db is None else None)
    if window is None:
        return 1
    window.show()
    _check_then_back_up(window)
    code = app.exec()
    window.operations.wait()
    window.database.dispose()
    return code
