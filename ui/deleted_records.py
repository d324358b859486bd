"""View > Deleted records…: the records deleted from this database and not brought back since,
each restorable with the same restorer as `kztracker history restore KIND ID`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kztracker.services.changes import Changes
from kztracker.services.history import HistoryRow, deleted_records
from kztracker.services.restore import restore_deleted
from ui.labels import kind_label
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("DeletedRecords", text)


class DeletedModel(QAbstractTableModel):
    """Kind, name, when and by whom, one row per deleted record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[HistoryRow] = []
        self.headers = [tr("Kind"), tr("Name"), tr("Deleted"), tr("By")]

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (
            kind_label(row.record_kind),
            row.old_value or f"#{row.record_id}",
            row.changed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            row.actor,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class DeletedRecordsDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletedRecords")
        self.setWindowTitle(tr("Deleted records"))
        self.operations = operations
        self.model = DeletedModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(tr("&Restore"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.restore_button.setEnabled(current.isValid())
        )
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        def shown(rows: list[HistoryRow]) -> None:
            self.model.set_rows(rows)
            self.restore_button.setEnabled(False)
            if not rows and not self.note.text():  # a restore's own sentence stays
                self.note.setText(tr("Nothing has been deleted, or all of it is back."))

        self.operations.query(lambda session: deleted_records(session), shown, parent=self)

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        left_out: list[str] = []

        def work(session: Session) -> Changes:
            restored = restore_deleted(session, row.record_kind, row.record_id)
            left_out.extend(item.describe() for item in restored.left_out)
            return restored.changes

        def done(_changes: Changes) -> None:
            name = row.old_value or f"#{row.record_id}"
            text = tr("“{name}” is back.").format(name=name)
            if left_out:
                text += " " + tr("Not brought back: {items}.").format(items="; ".join(left_out))
            self.note.setText(text)
            self.reload()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, tr("Restore"), str(error))

        self.operations.change(work, done, on_failure=failed, parent=self)
