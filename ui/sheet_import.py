"""File > Import spreadsheet… and a spreadsheet dropped on the window: read the sheet off the
UI thread, let the user check the columns (ui.sheet_mapping), read and match the rows off the
UI thread, then the announcement import's own review dialog, with the rows left out listed
above it. Apply writes through the same service and lands on the undo stack the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QWidget

from kztracker.importing.errors import ImportInputError
from ui.operations import Operations

SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv"})
MAX_PROBLEMS_SHOWN = 500
_OPEN_REVIEWS: set[QWidget] = set()


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SheetImport", text, disambiguation, n)


def is_sheet(path: str) -> bool:
    return Path(path).suffix.casefold() in SHEET_SUFFIXES


def sheet_import_action(window: Any) -> QAction:
    """The File menu's entry; `window` has `operations` and may refuse writes."""
    action = QAction(tr("Import &spreadsheet…"), window)
    action.setStatusTip(tr("Import partners, people, memoranda or milestones from a spreadsheet"))
    action.triggered.connect(lambda: choose_sheet(window, window.operations))
    return action


def choose_sheet(parent: Any, operations: Operations) -> None:
    from ui.file_folders import SPREADSHEETS, remember_folder, start_folder

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Import spreadsheet"),
        start_folder(SPREADSHEETS),
        tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
    )
    if path:
        remember_folder(SPREADSHEETS, path)
    refused = getattr(parent, "_writes_refused", None)
    if path and not (callable(refused) and refused()):
        import_sheet(parent, operations, path)


def import_sheet(parent: QWidget | None, operations: Operations, path: str) -> None:
    from kztracker.services.sheet_changes import is_export

    if is_export(path):
        review_changes(parent, operations, path)
        return

    def read(_session: Any) -> Any:
        from kztracker.services.sheets import read_sheet

        return read_sheet(path)

    operations.query(
        read,
        lambda table: _map(parent, operations, table),
        on_failure=lambda error: operations.report_failure(error, parent),
    )


def review_changes(parent: QWidget | None, operations: Operations, path: str) -> None:
    """A workbook kztracker exported comes back as changes to review, not a column mapping."""

    def read(session: Any) -> Any:
        from kztracker.services.sheet_changes import read_changes

        return read_changes(session, path)

    def arrived(changes: Any) -> None:
        from ui.sheet_changes import SheetChangesDialog

        dialog = SheetChangesDialog(changes, operations, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Held until closed: without a parent, nothing else keeps the Python object alive.
        _OPEN_REVIEWS.add(dialog)
        dialog.finished.connect(lambda _result: _OPEN_REVIEWS.discard(dialog))
        dialog.open()

    operations.query(
        read, arrived, on_failure=lambda error: operations.report_failure(error, parent)
    )


def _map(parent: QWidget | None, operations: Operations, table: Any) -> None:
    from kztracker.services.sheets import Guess
    from ui.sheet_mapping import SheetMappingDialog, initial_guess

    try:
        guess = initial_guess(table)
    except ImportInputError:
        # No header names a field: the user maps the columns by hand.
        guess = Guess("partners", [None] * len(table.headers), None)
    dialog = SheetMappingDialog(table, guess, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _prepare(parent, operations, table, dialog.choice()))
    dialog.open()


def _prepare(parent: QWidget | None, operations: Operations, table: Any, choice: Any) -> None:
    def work(session: Any) -> Any:
        from kztracker.services.importing import earlier_import
        from kztracker.services.sheets import prepare_sheet

        prepared = prepare_sheet(session, table, choice.kind, choice.mapping, choice.language)
        return prepared, earlier_import(session, prepared.draft)

    def arrived(result: Any) -> None:
        prepared, earlier = result
        if earlier is None:
            review(parent, operations, prepared)
            return
        # The same rows read the same way were imported before: offer them, not a second copy.
        from ui.import_action import open_earlier

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Already imported"))
        box.setText(
            tr("These rows were already imported as “{title}”.").format(title=earlier.title)
        )
        box.setInformativeText(tr("Open the earlier import instead?"))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        if box.exec() == QMessageBox.StandardButton.Open:
            open_earlier(parent, earlier.source_id)

    operations.query(
        work, arrived, on_failure=lambda error: operations.report_failure(error, parent)
    )


def review(parent: QWidget | None, operations: Operations, prepared: Any) -> Any:
    """The announcement review on the sheet's draft, the rows left out listed above it."""
    from ui.import_action import applied
    from ui.import_review import ImportReviewDialog

    dialog = ImportReviewDialog(prepared.draft, operations, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(tr("Review spreadsheet import"))
    dialog.published.hide()  # a sheet has no publication date to read its dates against
    if prepared.problems:
        _list_problems(dialog, prepared)
    dialog.applied.connect(lambda result: applied(parent, operations, prepared.draft, result))
    dialog.open()
    return dialog


def _list_problems(dialog: Any, prepared: Any) -> None:
    count = len(prepared.problems)
    label = QLabel(tr("%n row(s) cannot be used and will be left out:", None, count))
    label.setObjectName("sheet_problems_label")
    lines = QPlainTextEdit()
    lines.setObjectName("sheet_problems")
    lines.setReadOnly(True)
    lines.setPlainText("\n".join(p.line() for p in prepared.problems[:MAX_PROBLEMS_SHOWN]))
    lines.setMaximumHeight(90)
    layout = dialog.layout()
    layout.insertWidget(2, label)
    layout.insertWidget(3, lines)
