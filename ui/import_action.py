"""The window's import actions: files (menu or drop) and pasted text, each into a review.

Reading, extraction and matching run off the UI thread through `Operations.query`; the
review dialogs open one file at a time. Text imported before is not reviewed again: the
user is offered the earlier source instead (the parent's `open_record("source", id)`). After
Apply a summary lists what the import created and linked, and the import goes onto the
window's undo stack, so Edit > Undo takes it back whole.
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
    """Prepares and reviews one input at a time, in the order given.

    The next file is read and matched only after the previous review closed, so it matches
    against what that review created instead of proposing the same partner twice.
    """

    def __init__(self, parent: QWidget | None, operations: Operations, work: list[Any]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.operations = operations
        self.pending: deque[Any] = deque(work)
        self.dialog: ImportReviewDialog | None = None

    def start(self) -> None:
        if not self.pending:
            self.deleteLater()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.operations.query(self.pending.popleft(), self._arrived, on_failure=self._failed)

    def _arrived(self, prepared: Prepared) -> None:
        QApplication.restoreOverrideCursor()
        if prepared.earlier is not None:
            self._offer_earlier(prepared)
            self.start()
            return
        self.dialog = ImportReviewDialog(prepared.draft, self.operations, self.parent_widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open_source.connect(lambda i: open_earlier(self.parent_widget, i))
        self.dialog.applied.connect(lambda result: self._applied(prepared.draft, result))
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _applied(self, draft: Any, result: Any) -> None:
        applied(self.parent_widget, self.operations, draft, result)

    def _failed(self, error: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.operations.report_failure(error, self.parent_widget)
        self.start()

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self.start()

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


def applied(parent: QWidget | None, operations: Operations, draft: Any, result: Any) -> None:
    """An import is in: it can be undone from the Edit menu, and its summary is shown."""
    from ui.import_summary import show_summary
    from ui.import_undo import push_import

    push_import(parent, draft, result)
    show_summary(parent, operations, result.source_id)


def import_files(parent: QWidget | None, operations: Operations, paths: list[str]) -> _ReviewQueue:
    """Read and match each file in the background, then review them one after another."""
    queue = _ReviewQueue(parent, operations, [_prepare_file(path) for path in paths])
    queue.start()
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
        _ReviewQueue(parent, operations, [_prepare_text(dialog.text.toPlainText())]).start()

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
