"""The import review's "Link to" box: the matcher's candidates, or any record typed in.

The candidates come first, each with its score and reason; typing searches every record of
the proposal's kind (loaded once per review by `link_choices`). `chosen(record_id)` when the
user picks one, from the list, the completer or by typing its whole name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ui.import_proposals import score_text


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


class RecordChooser(QComboBox):
    """Chooses the existing record a proposal links to."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, list[tuple[int, str]]] = {}
        self.kind = ""
        self._filling = False
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        search = QLineEdit()
        search.setPlaceholderText(tr("Type to search existing records"))
        self.setLineEdit(search)
        self._known_names = QStringListModel(self)
        completer = QCompleter(self._known_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._named)
        self.setCompleter(completer)
        self.activated.connect(self._picked)
        search.editingFinished.connect(self.commit)

    def name(self, kind: str, record_id: int | None) -> str:
        return next((n for i, n in self.choices.get(kind, ()) if i == record_id), "")

    def fill(self, kind: str, item: Any) -> None:
        """Show the item's candidates and the record it links to now."""
        self._filling = True
        try:
            self.kind = kind
            self.clear()
            seen = set()
            for candidate in item.match.candidates:
                self.addItem(
                    f"{candidate.name} — {score_text(candidate.score)} ({candidate.reason})",
                    candidate.record_id,
                )
                seen.add(candidate.record_id)
            self._known_names.setStringList([n for _, n in self.choices.get(kind, ())])
            record_id = item.match.record_id
            if record_id is not None and record_id not in seen:
                self.addItem(self.name(kind, record_id), record_id)
            index = self.findData(record_id) if record_id is not None else -1
            self.setCurrentIndex(index)
            if index < 0:
                self.setEditText("")
            search = self.lineEdit()
            if search is not None:
                search.setCursorPosition(0)
        finally:
            self._filling = False

    def typing(self) -> bool:
        search = self.lineEdit()
        return search is not None and search.hasFocus()

    def commit(self) -> None:
        """A whole record name typed (and not picked from the list) chooses that record."""
        text = self.currentText().strip()
        if self._filling or not text or self.findText(text) >= 0:
            return
        self._named(text)

    def _picked(self, index: int) -> None:
        record_id = self.itemData(index)
        if record_id is not None and not self._filling:
            self.chosen.emit(int(record_id))

    def _named(self, text: str) -> None:
        found = next((i for i, n in self.choices.get(self.kind, ()) if n == text), None)
        if found is not None and not self._filling:
            self.chosen.emit(found)
