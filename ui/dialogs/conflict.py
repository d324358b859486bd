"""A save refused because a colleague saved the record first: their values beside yours.

The user chooses knowingly: reload (drop mine, reopen with theirs), overwrite (save mine over
theirs), or cancel (back to the form, nothing lost). Only the fields that differ are listed;
fields the user did not change are never overwritten, since only changed fields are saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kztracker.errors import StaleRecordError
from ui.dialogs.notice import warning_header
from ui.labels import kind_label

RELOAD = 2
OVERWRITE = 3


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ConflictDialog", text, disambiguation, n)


def _plain(_field: str, value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """`exec()` returns RELOAD, OVERWRITE or 0 (cancel)."""

    def __init__(
        self,
        error: StaleRecordError,
        parent: QWidget | None = None,
        describe: Callable[[str, Any], str] = _plain,
        field_labels: dict[str, str] | None = None,
        allow_reload: bool = True,
        explanation: str | None = None,
        overwrite_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        labels = field_labels or {}
        self.setWindowTitle(tr("Changed by someone else"))
        fields = [name for name in error.theirs if name != "version"]
        if explanation is not None:
            pass
        elif fields:
            explanation = tr("These fields now hold their values; yours differ:")
        else:
            explanation = tr(
                "They changed other fields than you did. Overwriting saves your changes "
                "and keeps theirs."
            )
        self.explanation = QLabel(explanation, self)
        headline = tr("Someone else saved this {kind} after you opened it.").format(
            kind=kind_label(error.kind).lower()
        )
        header = warning_header(self, headline, self.explanation)

        self.table = QTableWidget(len(fields), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Their value"), tr("Your value")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, name in enumerate(fields):
            cells = (
                labels.get(name, name.replace("_", " ").capitalize()).rstrip(":"),
                describe(name, error.theirs.get(name)) or tr("(empty)"),
                describe(name, error.yours.get(name)) or tr("(empty)"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        visible_rows = min(len(fields), 8)
        self.table.setFixedHeight(
            columns.sizeHint().height()
            + visible_rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setVisible(bool(fields))

        self.buttons = QDialogButtonBox(self)
        self.reload_button = self.buttons.addButton(
            tr("&Reload theirs"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reload_button.setToolTip(tr("Drop your changes and show the record as now saved"))
        self.reload_button.setVisible(allow_reload)
        self.overwrite_button = self.buttons.addButton(
            overwrite_text or tr("&Overwrite with mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.overwrite_button.setToolTip(tr("Save your values over theirs"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.reload_button, self.overwrite_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self.done(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self.done(OVERWRITE))
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.sizeHint().height())
