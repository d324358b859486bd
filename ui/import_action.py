"""The window's import actions: files (menu or drop) and pasted text, each into a review.

Reading, extraction and matching run off the UI thread through `Operations.query`; the
review dialogs then open one file at a time. Text imported before is not reviewed again: the
user is offered the earlier source instead (the parent's `open_record("source", id)`).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.import_review import ImportReviewDialog
from ui.operations import Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportAction", text)


@dataclass
class Prepared:
    """A draft ready for review, and the earlier import of the same text if there is one."""

    draft: Any
    earlier: Any


def _prepare_file(path: str) -> Any:
    def work(session: Any) -> Prepared:
        from kztracker.services.importing import earlier_import, prepare_file

        draft = prepare_file(session, path)
        return Prepared(draft, earlier_import(session, draft))

    return work


def _prepare_text(text: str) -> Any:
    def work(session: Any) -> Prepared:
        from kztracker.services.importing import earlier_import, prepare_text

        draft = prepare_text(session, text)
        return Prepared(draft, earlier_import(session, draft))

    return work


def open_earlier(parent: QWidget | None, source_id: int) -> None:
    opener = getattr(parent, "open_record", None)
    if callable(opener):
        opener("source", source_id)


class _ReviewQueue(QObject):
    """Shows one review at a time, in the order the files were given."""

    def __init__(self, parent: QWidget | None, operations: Operations, expected: int) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.operations = operations
        self.waiting: deque[Prepared | None] = deque()
        self.expected = expected
        self.dialog: ImportReviewDialog | None = None
        self.dialogs: list[ImportReviewDialog] = []

    def arrived(self, prepared: Prepared | None) -> None:
        self.expected -= 1
        self.waiting.append(prepared)
        if self.expected <= 0:
            QApplication.restoreOverrideCursor()
        self._next()

    def _next(self) -> None:
        if self.dialog is not None:
            return
        while self.waiting:
            prepared = self.waiting.popleft()
            if prepared is None:
                continue
            if prepared.earlier is not None:
                self._offer_earlier(prepared)
                continue
            self.dialog = ImportReviewDialog(prepared.draft, self.operations, self.parent_widget)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.open_source.connect(lambda i: open_earlier(self.parent_widget, i))
            self.dialog.finished.connect(self._closed)
            self.dialogs.append(self.dialog)
            self.dialog.open()
            return
        if self.expected <= 0:
            self.deleteLater()

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self._next()

    def _offer_earlier(self, prepared: Prepared) -> None:
        earlier = prepared.earlier
        when = earlier.imported_at.strftime("%Y-%m-%d") if earlier.imported_at else ""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Already imported"))
        box.setText(
            tr("This text was already imported as “{title}” {when}.").format(
                title=earlier.title, when=tr("on {date}").format(date=when) if when else ""
            )
        )
        box.setInformativeText(tr("Open the earlier source instead?"))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        if box.exec() == QMessageBox.StandardButton.Open:
            open_earlier(self.parent_widget, earlier.source_id)

    def failed(self, error: BaseException) -> None:
        self.operations.report_failure(error, self.parent_widget)
        self.arrived(None)


def import_files(parent: QWidget | None, operations: Operations, paths: list[str]) -> _ReviewQueue:
    """Read and match each file in the background, then review them one after another."""
    queue = _ReviewQueue(parent, operations, len(paths))
    if paths:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    for path in paths:
        operations.query(_prepare_file(path), queue.arrived, on_failure=queue.failed)
    return queue


class PasteDialog(QDialog):
    """A box to paste an announcement's text into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import pasted text"))
        self.resize(640, 480)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Paste the announcement's text here."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(tr("Review"))
            ok.setEnabled(False)
            self.text.textChanged.connect(
                lambda: ok.setEnabled(bool(self.text.toPlainText().strip()))
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The proposals are shown for review before anything is saved.")))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def import_pasted_text(parent: QWidget | None, operations: Operations) -> PasteDialog:
    """Ask for pasted text, then review it like a file."""
    dialog = PasteDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        queue = _ReviewQueue(parent, operations, 1)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        operations.query(
            _prepare_text(dialog.text.toPlainText()), queue.arrived, on_failure=queue.failed
        )

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
