"""File > Export to Excel and each view's export button: ask for the file, export in the
background with progress and Cancel, then offer to open the file or its folder.

The export itself is kztracker.exporting (the same code as `kztracker export`); it runs through
`Operations.long_task`, polls the ticket between rows and raises ExportCancelled on a cancel.
It writes to a temporary file and renames it into place only when complete, so a cancel or a
failure leaves an earlier file at the path as it was and no partial file behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from kztracker.errors import KztrackerError
from kztracker.exporting import ExportCancelled, ExportScope
from ui.error_dialog import already_told
from ui.operations import Operations, Ticket

if TYPE_CHECKING:
    from kztracker.exporting import ExportResult

FOLDER_KEY = "export/last_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportAction", text)


def _settings() -> QSettings:
    return QSettings("kztracker", "kztracker")


def _start_folder() -> str:
    remembered = str(_settings().value(FOLDER_KEY, "") or "")
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def _default_name(scope: ExportScope | None) -> str:
    part = ""
    if scope is not None and scope.memorandum_id is not None:
        part = "-memorandum"
    elif scope is not None and scope.kind:
        part = f"-{scope.kind.replace('_', '-')}"
    return f"kztracker{part}-{dt.date.today().isoformat()}.xlsx"


def ask_target(parent: QWidget | None, scope: ExportScope | None) -> Path | None:
    """The file the user chose (with .xlsx added if they left it off), or None."""
    start = str(Path(_start_folder()) / _default_name(scope))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Export to Excel"), start, tr("Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    _settings().setValue(FOLDER_KEY, str(path.parent))
    return path


class ExportRun(QObject):
    """One export in the background: its progress dialog, its ticket and how it ended."""

    # "done", "cancelled" or "failed", once, on the UI thread.
    finished = _Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        operations: Operations,
        path: Path,
        scope: ExportScope | None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.operations = parent, operations
        self.path, self.scope = path, scope
        self.state = "running"
        self.result: ExportResult | None = None
        self.message_box: QMessageBox | None = None
        self.ticket: Ticket | None = None
        dialog = QProgressDialog(tr("Preparing the export…"), tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(tr("Export to Excel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog

    def start(self) -> None:
        database, path, scope = self.operations.database, self.path, self.scope
        # Reading and measuring come before the first progress report: show a busy bar (and
        # Cancel) if that takes long enough to notice.
        QTimer.singleShot(self.progress_dialog.minimumDuration(), self._show_if_running)

        def work(ticket: Ticket) -> ExportResult:
            # Imported here: openpyxl loads on the first export, not when the window opens.
            from kztracker.exporting import export_database

            return export_database(
                database,
                path,
                scope=scope,
                progress=lambda done, total: ticket.progress(done, total, ""),
                cancelled=ticket.cancelled,
            )

        self.ticket = self.operations.long_task(
            work,
            self._succeeded,
            on_progress=self._progressed,
            on_failure=self._failed,
            parent=self.parent_widget,
        )

    def cancel(self) -> None:
        if self.ticket is not None and self.state == "running":
            self.ticket.cancel()

    # -- on the UI thread ---------------------------------------------------------------------

    def _show_if_running(self) -> None:
        if self.state == "running" and not self.progress_dialog.wasCanceled():
            self.progress_dialog.show()

    def _progressed(self, done: int, total: int, _label: str) -> None:
        if self.state != "running" or self.progress_dialog.wasCanceled():
            return
        locale = QLocale()
        self.progress_dialog.setMaximum(max(total, 1))
        self.progress_dialog.setValue(min(done, total))
        self.progress_dialog.setLabelText(
            tr("Writing rows: {done} of {total}").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )

    def _end(self, state: str) -> None:
        self.state = state
        self.progress_dialog.reset()
        self.progress_dialog.hide()
        self.finished.emit(state)

    def _succeeded(self, result: ExportResult) -> None:
        self.result = result
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Export to Excel"))
        box.setText(tr("The workbook is saved as {name}.").format(name=result.path.name))
        box.setInformativeText(str(result.path.parent))
        open_file = box.addButton(tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_file.clicked.connect(lambda: self._open(result.path))
        open_folder.clicked.connect(lambda: self._open(result.path.parent))
        self.message_box = box
        self._end("done")
        box.open()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self._end("cancelled")
            return
        self._end("failed")
        if already_told(error):
            return  # the Retry/Cancel question named it, and Cancel was the answer
        if not isinstance(error, KztrackerError):
            self.operations.report_failure(error, self.parent_widget)
            return
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Export to Excel"))
        box.setText(tr("The workbook was not saved."))
        # The core's message names the problem and what to do, in one line.
        box.setInformativeText(str(error))
        box.addButton(QMessageBox.StandardButton.Close)
        self.message_box = box
        box.open()

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self.parent_widget,
                tr("Export to Excel"),
                tr("No program could open {path}.").format(path=path),
            )

    def button(self, text: str) -> QPushButton | None:
        """The message box's button labelled `text` (tests and screenshots press it)."""
        if self.message_box is None:
            return None
        for button in self.message_box.buttons():
            if isinstance(button, QPushButton) and button.text() == text:
                return button
        return None


def export_to_excel(
    parent: QWidget | None, operations: Operations, scope: ExportScope | None = None
) -> ExportRun | None:
    """Ask where to save, then export `scope` (None: the whole database) in the background.
    Returns the running export, or None when the user closed the file dialog."""
    path = ask_target(parent, scope)
    if path is None:
        return None
    run = ExportRun(parent, operations, path, scope)
    run.start()
    return run
