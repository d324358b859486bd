"""The dialog an unexpected error opens: one line for the user, the details for whoever helps.

Every error the window did not expect ends here, whether raised in a slot (sys.excepthook), in
a Python thread (threading.excepthook) or in an operation's worker (ui/operations.py): the
details (traceback, version, platform) go to the log file, and the dialog shows one sentence,
where the log is, and a button that copies the details for an e-mail to whoever helps. No
traceback is ever shown, and every password is masked before anything is written or copied.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kztracker import __version__
from kztracker.connection import database_busy, first_line
from kztracker.credentials import display_url, mask
from kztracker.errors import shown
from kztracker.locations import sqlite_path
from kztracker.logs import log_file
from kztracker.sqlite_file_guard import DatabaseFileGone

log = logging.getLogger("kztracker.window")


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def one_line(error: BaseException) -> str:
    """The error as one short line: its kind and the first line of its message, masked."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__
    return mask(text if len(text) <= 200 else text[:199] + "…")


def details(error: BaseException) -> str:
    """What a helper needs: versions, platform and the traceback, with passwords masked."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    header = [
        f"kztracker {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.platform()}",
    ]
    return mask("\n".join(header) + "\n\n" + trace)


class ErrorDialog(QDialog):
    """One sentence, where the log is, and a button that copies the details."""

    def __init__(self, message: str, error_details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(tr("kztracker: something went wrong"))
        self.details = error_details
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(mask(message), self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path = log_file()
        self.log_path = QLabel(
            tr("The details are in the log file:") + f"<br><code>{_escaped(str(path))}</code>",
            self,
        )
        self.log_path.setObjectName("logPath")
        self.log_path.setWordWrap(True)
        self.log_path.setTextFormat(Qt.TextFormat.RichText)
        self.log_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            tr(
                "Your work up to the last save is kept. If this happens again, send the "
                "details to whoever supports kztracker for you."
            ),
            self,
        )
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setToolTip(tr("The error's details, versions and platform, to paste"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        folder = QPushButton(tr("Open log &folder"), self)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_path)
        text.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details)
        self.copy_button.setText(tr("Copied"))
        # With the button as context: a dialog closed meanwhile takes the timer with it.
        QTimer.singleShot(
            2000, self.copy_button, lambda: self.copy_button.setText(tr("&Copy details"))
        )


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The dialog on screen, if any: a burst of errors (one per row of a table) opens one dialog,
# and the others go to the log only.
_shown: ErrorDialog | None = None


def report_unexpected(
    error: BaseException, parent: QWidget | None = None, message: str | None = None
) -> ErrorDialog | None:
    """Log the error with its details and show the dialog (unless one is already open)."""
    global _shown
    text = details(error)
    log.error("unexpected error\n%s", text)
    if _shown is not None and _shown.isVisible():
        return None
    if message is None:
        message = tr("Something unexpected went wrong: {error}").format(error=one_line(error))
    dialog = ErrorDialog(message, text, parent or _active_window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(_forget)
    _shown = dialog
    dialog.open()
    return dialog


def _forget() -> None:
    global _shown
    _shown = None


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


# The one "connection lost" box on screen and the work waiting on its answer: when a server
# goes away, every view's query fails at once, and one question covers them all.
_lost_box: QMessageBox | None = None
_waiting: list[tuple[Callable[[], object], Callable[[], object]]] = []


def offer_retry(
    error: BaseException,
    url: str,
    parent: QWidget | None,
    retry: Callable[[], object],
    give_up: Callable[[], object],
) -> QMessageBox:
    """Say the server's connection was lost, or the SQLite file was moved away or kept locked,
    and offer to run the same work again (every view's read and the edit wait behind one box)."""
    global _lost_box
    log.warning("connection to %s lost: %s", display_url(url), first_line(error))
    told(error)
    _waiting.append((retry, give_up))
    if _lost_box is not None and isValid(_lost_box) and _lost_box.isVisible():
        return _lost_box
    box = QMessageBox(parent.window() if parent is not None else _active_window())
    box.setObjectName("connectionLost")
    box.setIcon(QMessageBox.Icon.Warning)
    if database_busy(error):
        box.setWindowTitle(tr("kztracker: database busy"))
        box.setText(
            tr("Another program has kept the database file {file} locked for too long.").format(
                file=shown(sqlite_path(url) or url)
            )
        )
        box.setInformativeText(
            tr(
                "Nothing was saved yet, and what you entered is kept: try again once the other "
                "program is done (an import running elsewhere, or a database tool left open)."
            )
        )
    elif isinstance(error, DatabaseFileGone):
        box.setWindowTitle(tr("kztracker: database file missing"))
        box.setText(
            tr("The database file {file} was deleted, moved or replaced while it was open.").format(
                file=shown(sqlite_path(url) or url)
            )
        )
        box.setInformativeText(
            tr(
                "Nothing was saved yet, and what you entered is kept: put the file back where "
                "it was and try again, or open it where it is now (File > Open database)."
            )
        )
    else:
        box.setWindowTitle(tr("kztracker: connection lost"))
        box.setText(
            tr("The connection to the database server {server} was lost.").format(
                server=display_url(url)
            )
        )
        box.setInformativeText(
            tr(
                "Nothing was saved yet, and what you entered is kept: try again once the server "
                "or the network is back. ({reason})"
            ).format(reason=first_line(error))
        )
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        global _lost_box
        again = box.clickedButton() is box.button(QMessageBox.StandardButton.Retry)
        pending = list(_waiting)
        _waiting.clear()
        _lost_box = None
        for retry_one, give_up_one in pending:
            (retry_one if again else give_up_one)()

    box.finished.connect(answered)
    _lost_box = box
    box.open()
    return box


_TOLD = "_kztracker_told"


def told(error: BaseException) -> None:
    """Mark an error the user has already been shown, so a later handler only logs it."""
    setattr(error, _TOLD, True)


def already_told(error: BaseException) -> bool:
    return bool(getattr(error, _TOLD, False))


class _ThreadRelay(QObject):
    """Brings an error raised in another thread onto the UI thread, where dialogs live."""

    raised = Signal(object)


_relay: _ThreadRelay | None = None


def install_exception_hooks() -> None:
    """Route every uncaught error, on the UI thread or any other, to `report_unexpected`."""
    global _relay
    _relay = _ThreadRelay()
    _relay.raised.connect(lambda error: report_unexpected(error))

    def on_ui_thread(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        report_unexpected(error.with_traceback(trace))

    def on_other_thread(arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None or _relay is None:
            return
        _relay.raised.emit(arguments.exc_value.with_traceback(arguments.exc_traceback))

    sys.excepthook = on_ui_thread
    threading.excepthook = on_other_thread
