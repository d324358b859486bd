"""Change selected milestones: the fields ticked here get one value for every selected
milestone; the others keep each milestone's own. The Editor saves it as one undoable step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kztracker.models import MILESTONE_STATUSES
from kztracker.services.choices import choices_for
from kztracker.services.record_kinds import field_label
from kztracker.vocabulary import status_label
from ui.dialogs.fields import ChoiceEditor, DateEditor, FieldEditor
from ui.dialogs.pickers import RecordPicker
from ui.operations import Operations


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("BulkChange", text, disambiguation, n)


class BulkChangeDialog(QDialog):
    """Status, responsible person, due date and memorandum for several milestones at once."""

    def __init__(self, operations: Operations, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkChange")
        self.setWindowTitle(tr("Change selected milestones"))
        self.editors: dict[str, FieldEditor] = {
            "status": ChoiceEditor(MILESTONE_STATUSES, status_label, self, coloured=True),
            "responsible_id": RecordPicker("person", self),
            "due_on": DateEditor(self),
            "memorandum_id": RecordPicker("memorandum", self),
        }
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for row, (name, editor) in enumerate(self.editors.items()):
            box = QCheckBox(field_label("milestone", name), self)
            box.setObjectName(f"set_{name}")
            box.toggled.connect(editor.setEnabled)
            # Touching a value means the user wants it set.
            editor.edited.connect(lambda box=box: box.setChecked(True))
            editor.setEnabled(False)
            self.boxes[name] = box
            grid.addWidget(box, row, 0)
            grid.addWidget(editor, row, 1)
        hint = QLabel(
            tr(
                "Milestones selected: {count}. Tick what to change; the rest stays as each has it."
            ).format(count=count),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Change"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

        def work(session: Session) -> dict[str, Any]:
            return choices_for(session, ["person", "memorandum"])

        operations.query(work, self._fill, on_failure=lambda _error: None, parent=self)

    def _fill(self, choices: dict[str, Any]) -> None:
        for editor in self.editors.values():
            editor.set_choices(choices)

    def values(self) -> dict[str, Any]:
        """The ticked fields and their values (an empty picker or date clears the field)."""
        return {
            name: editor.value()
            for name, editor in self.editors.items()
            if self.boxes[name].isChecked()
        }

    def accept(self) -> None:
        problems = [
            editor.problem()
            for name, editor in self.editors.items()
            if self.boxes[name].isChecked()
        ]
        if any(problems):
            return
        super().accept()
