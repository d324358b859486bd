"""File > Export calendar…: ask for the .ics file, write it off the UI thread, say what was written.

The calendar itself is kztracker.services.calendar (the same code as `kztracker calendar`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kztracker.errors import KztrackerError
from ui.file_folders import CALENDARS, remember_folder, start_folder
from ui.operations import Operations, Ticket

if TYPE_CHECKING:
    from kztracker.services.calendar import CalendarResult


def tr(text: str) -> str:
    return QCoreApplication.translate("CalendarAction", text)


def ask_target(parent: QWidget | None) -> Path | None:
    """The .ics file the user chose (with .ics added if they left it off), or None."""
    folder = start_folder(CALENDARS)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Export calendar"),
        str(Path(folder) / "kztracker-milestones.ics"),
        tr("iCalendar file (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    remember_folder(CALENDARS, path)
    return path


class CalendarRun(QObject):
    """One calendar export in the background and the message that ends it."""

    # "done" or "failed", once, on the UI thread.
    finished = _Signal(str)

    def __init__(self, parent: QWidget | None, operations: Operations, path: Path) -> None:
        super().__init__(parent)
        self.parent_widget, self.operations, self.path = parent, operations, path
        self.state = "running"
        self.result: CalendarResult | None = None
        self.message_box: QMessageBox | None = None

    def start(self) -> None:
        database, path = self.operations.database, self.path

        def work(_ticket: Ticket) -> CalendarResult:
            from kztracker.services.calendar import export_calendar

            return export_calendar(database, path)

        self.operations.long_task(
            work, self._succeeded, on_failure=self._failed, parent=self.parent_widget
        )

    def _box(self, icon: QMessageBox.Icon, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(self.parent_widget)
        box.setObjectName("calendarMessage")
        box.setIcon(icon)
        box.setWindowTitle(tr("Export calendar"))
        box.setText(text)
        box.setInformativeText(detail)
        self.message_box = box
        return box

    def _succeeded(self, result: CalendarResult) -> None:
        self.result, self.state = result, "done"
        box = self._box(
            QMessageBox.Icon.Information,
            tr("The calendar is saved as {name}.").format(name=result.path.name),
            # The core's own sentence: how many milestones, how many had no due date.
            result.describe()
            + "\n\n"
            + tr(
                "Import it into Outlook or Google Calendar; importing a newer export updates "
                "the events instead of adding them twice."
            ),
        )
        folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        )
        box.addButton(QMessageBox.StandardButton.Close)
        self.finished.emit("done")
        box.open()

    def _failed(self, error: BaseException) -> None:
        self.state = "failed"
        self.finished.emit("failed")
        if not isinstance(error, KztrackerError):
            self.operations.report_failure(error, self.parent_widget)
            return
        box = self._box(QMessageBox.Icon.Warning, tr("The calendar was not saved."), str(error))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()


def export_calendar(parent: QWidget | None, operations: Operations) -> CalendarRun | None:
    """Ask where to save, then write every dated milestone there in the background."""
    path = ask_target(parent)
    if path is None:
        return None
    run = CalendarRun(parent, operations, path)
    run.start()
    return run
