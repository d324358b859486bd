"""Editors that link a record to others: one record (a memorandum's responsible person) or a
list of them (a milestone's partners, a memorandum's parties with their role).

The records come from `kztracker.services.choices` and can be found by any name they carry:
typing "MSHE" offers the ministry whose alias it is. Text that names no record is reported
under the field rather than silently dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kztracker.normalize import name_key
from kztracker.services.choices import Choice
from ui.dialogs.fields import FieldEditor
from ui.labels import party_role_label

ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY = Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RecordForm", text, disambiguation, n)


class _ChoiceList(QAbstractListModel):
    """The records a picker lists, "" (none) first; a view over the list, not copies of it,
    so a picker over thousands of memoranda fills at once."""

    def __init__(self, records: list[Choice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() == 0:
            return "" if role in (DISPLAY, Qt.ItemDataRole.EditRole) else None
        choice = self._records[index.row() - 1]
        if role in (DISPLAY, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return choice.label
        if role == ID_ROLE:
            return choice.id
        return None


class RecordPicker(FieldEditor):
    """One record of the `target` kind, or none: a list to browse and a box to type in."""

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.needs = (target,)
        self._labels: dict[int, str] = {}
        self._by_key: dict[str, int] = {}
        self._folded: dict[str, int] = {}
        self._completions: dict[str, int] = {}
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.setMaxVisibleItems(15)
        line = self.combo.lineEdit()
        assert line is not None
        self.line = line
        line.setPlaceholderText(tr("Type a name or pick from the list"))
        line.setClearButtonEnabled(True)
        self.completer = QCompleter(self)
        # Owned by the picker: the completer deletes a model it owns when given another.
        self._completion_model = QStringListModel(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        # On the line edit, not the combo: the combo would look the completion up among its
        # own items and lose an alias ("MSHE") it cannot find there.
        line.setCompleter(self.completer)
        self.completer.activated[str].connect(self._completed)  # type: ignore[index]
        line.editingFinished.connect(self.settle)
        line.textEdited.connect(self.edited)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self._single(self.combo)

    def set_choices(self, choices: dict[str, Any]) -> None:
        current = self.value()
        records: list[Choice] = choices.get(self.target, [])
        self._labels = {choice.id: choice.label for choice in records}
        self._completions, self._folded, self._by_key = {}, {}, {}
        for choice in records:
            self._completions[choice.label] = choice.id
            for alias in choice.aliases:
                self._completions[f"{alias} — {choice.label}"] = choice.id
                self._folded.setdefault(alias.casefold(), choice.id)
            for key in choice.keys[1:]:
                self._by_key.setdefault(key, choice.id)
        for choice in records:  # a name wins over another record's alias
            self._folded[choice.label.casefold()] = choice.id
            if choice.keys:
                self._by_key[choice.keys[0]] = choice.id
        self.combo.blockSignals(True)
        self.combo.setModel(_ChoiceList(records, self.combo))
        self.combo.blockSignals(False)
        # QComboBox.setModel hands its own model to the line edit's completer too; ours offers
        # the aliases as well, so it goes back after.
        self._completion_model.setStringList(list(self._completions))
        self.completer.setModel(self._completion_model)
        self.set_value(current)

    def resolve(self, text: str) -> int | None:
        """The record `text` names: its label, an alias, or a spelling that normalizes alike."""
        text = text.strip()
        if not text:
            return None
        index = self.combo.currentIndex()
        if index > 0 and self.combo.itemText(index) == text:
            return int(self.combo.itemData(index))
        found = self._completions.get(text) or self._folded.get(text.casefold())
        return found or self._by_key.get(name_key(text))

    def _completed(self, text: str) -> None:
        record_id = self._completions.get(text)
        if record_id is not None:
            self.set_value(record_id)
            self.edited.emit()

    def settle(self) -> None:
        """Show the record's own name once typed text has been recognised."""
        record_id = self.resolve(self.combo.currentText())
        if record_id is not None and self.combo.currentData() != record_id:
            self.set_value(record_id)

    def text(self) -> str:
        return self.combo.currentText().strip()

    def value(self) -> int | None:
        return self.resolve(self.combo.currentText())

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.combo.setEditText("")
        self.line.setCursorPosition(0)  # a long title shows its beginning

    def clear(self) -> None:
        self.set_value(None)

    def problem(self) -> str | None:
        text = self.text()
        if text and self.resolve(text) is None:
            return tr("Nothing in the list is called “{text}”: pick a name from the list.").format(
                text=text
            )
        return None

    def describe(self, value: Any) -> str:
        if value is None:
            return ""
        return self._labels.get(int(value), f"#{value}")


class LinkedRecords(FieldEditor):
    """Several records of the `target` kind, each with a role when `roles` are given.

    Pick or type a name and press Add (or Enter); Delete or Remove takes the selected rows off.
    A name typed but not yet added counts as added when the form is saved.
    """

    def __init__(
        self,
        target: str,
        column_title: str,
        parent: QWidget | None = None,
        roles: tuple[str, ...] = (),
        rows: int = 4,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.needs = (target,)
        self.roles = roles
        self.picker = RecordPicker(target, self)
        self.picker.line.installEventFilter(self)
        self.role = QComboBox(self)
        for role in roles:
            self.role.addItem(party_role_label(role), role)
        self.role.setVisible(bool(roles))
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_pending)
        self.table = QTableWidget(0, 2 if roles else 1, self)
        self.table.setHorizontalHeaderLabels([column_title, tr("Role")][: self.table.columnCount()])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row_height = self.fontMetrics().height() + 10
        if roles:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(1, self.role.sizeHint().width())
            row_height = max(row_height, self.role.sizeHint().height())
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(header.sizeHint().height() + rows * row_height + 4)
        self.table.installEventFilter(self)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.role)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.setFocusProxy(self.picker)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
            if (
                watched is self.picker.line
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.picker.text()
                and not self._completing()
            ):
                # Enter adds the typed name instead of closing the dialog.
                self.add_pending()
                return True
        return super().eventFilter(watched, event)

    def _completing(self) -> bool:
        popup = self.picker.completer.popup()
        return popup is not None and popup.isVisible()

    def _row_id(self, row: int) -> int:
        item = self.table.item(row, 0)
        assert item is not None
        return int(item.data(ID_ROLE))

    def set_choices(self, choices: dict[str, Any]) -> None:
        self.picker.set_choices(choices)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(self.picker.describe(self._row_id(row)))

    def add_pending(self) -> bool:
        """Add the record named in the box; False when the box names none."""
        record_id = self.picker.value()
        if record_id is None:
            return False
        self._add_row(record_id, self.role.currentData())
        self.picker.clear()
        self.edited.emit()
        return True

    def _add_row(self, record_id: int, role: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self._row_id(row) == record_id:
                self.table.selectRow(row)
                return
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(self.picker.describe(record_id))
        item.setData(ID_ROLE, record_id)
        item.setToolTip(item.text())
        self.table.setItem(row, 0, item)
        if self.roles:
            combo = QComboBox(self.table)
            for value in self.roles:
                combo.addItem(party_role_label(value), value)
            combo.setCurrentIndex(max(combo.findData(role), 0))
            combo.activated.connect(lambda _index: self.edited.emit())
            self.table.setCellWidget(row, 1, combo)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()

    def value(self) -> list[Any]:
        if self.picker.text():
            self.add_pending()
        values: list[Any] = []
        for row in range(self.table.rowCount()):
            record_id = self._row_id(row)
            if self.roles:
                combo = self.table.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                values.append({"organization_id": record_id, "role": combo.currentData()})
            else:
                values.append(record_id)
        return values

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for entry in value or ():
            if isinstance(entry, dict):
                self._add_row(int(entry["organization_id"]), entry.get("role"))
            else:
                self._add_row(int(entry), None)

    def problem(self) -> str | None:
        return self.picker.problem()

    def describe(self, value: Any) -> str:
        names = []
        for entry in value or ():
            if isinstance(entry, dict):
                role = party_role_label(entry.get("role"))
                names.append(f"{self.picker.describe(entry['organization_id'])} ({role})")
            else:
                names.append(self.picker.describe(entry))
        return "; ".join(names)
