"""The editable fields of one import proposal, laid out per kind from a table of field specs.

Edits are written straight back to the draft item (nothing touches the database); `edited`
tells the review dialog to redraw the proposal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QMessageBox, QWidget

from kztracker.dates import PartialDate
from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.models import MEMORANDUM_KINDS, MILESTONE_STATUSES, ORGANIZATION_KINDS
from ui.labels import memorandum_kind_label, organization_kind_label, status_label

DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD"
SEPARATOR = "; "


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


@dataclass(frozen=True)
class Field:
    label: str  # English source text, translated when shown
    attribute: str
    kind: str  # "text", "date", "names" (a list, separated by "; "), "choice"
    choices: tuple[str, ...] = ()
    labels: Callable[[str | None], str] | None = None  # how a choice is shown


def _noop(text: str) -> str:
    """Marks a field label for the translation sources; translated where it is shown."""
    return text


FIELDS: dict[type, tuple[Field, ...]] = {
    DraftOrganization: (
        Field(_noop("Kind"), "kind", "choice", ORGANIZATION_KINDS, organization_kind_label),
        Field(_noop("Country"), "country", "text"),
        Field(_noop("Short name"), "short_name", "text"),
        Field(_noop("Part of"), "parent", "text"),
    ),
    DraftPerson: (
        Field(_noop("Position"), "title", "text"),
        Field(_noop("Organization"), "organization", "text"),
    ),
    DraftMemorandum: (
        Field(_noop("Kind"), "kind", "choice", MEMORANDUM_KINDS, memorandum_kind_label),
        Field(_noop("Signed on"), "signed_on", "date"),
        Field(_noop("Parties"), "parties", "names"),
        Field(_noop("Signatories"), "signatories", "names"),
        Field(_noop("Focus areas"), "focus_areas", "names"),
    ),
    DraftMilestone: (
        Field(_noop("Date"), "date", "date"),
        Field(_noop("Status"), "status", "choice", MILESTONE_STATUSES, status_label),
        Field(_noop("Partners"), "organizations", "names"),
        Field(_noop("Memorandum"), "memorandum", "text"),
    ),
}


class DraftFieldsForm(QObject):
    """The kind-specific fields of the selected proposal, as the last rows of `form`.

    Sharing the review's form keeps every label in one aligned column.
    """

    edited = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.first_row = form.rowCount()
        self.item: Any = None
        self.editors: dict[str, QLineEdit | QComboBox] = {}

    def show_item(self, item: Any) -> None:
        while self.form.rowCount() > self.first_row:
            self.form.removeRow(self.first_row)
        self.item = item
        self.editors = {}
        for spec in FIELDS.get(type(item), ()):
            value = getattr(item, spec.attribute)
            editor: QLineEdit | QComboBox
            if spec.kind == "choice":
                editor = QComboBox()
                for choice in spec.choices:
                    editor.addItem(spec.labels(choice) if spec.labels else choice, choice)
                editor.setCurrentIndex(max(0, editor.findData(value or spec.choices[-1])))
                editor.currentIndexChanged.connect(lambda _i, s=spec: self._edited(s))
            else:
                editor = QLineEdit(self._as_text(spec, value))
                editor.setCursorPosition(0)
                if spec.kind == "date":
                    editor.setPlaceholderText(DATE_HINT)
                elif spec.kind == "names":
                    editor.setToolTip(tr("Names separated by semicolons"))
                editor.editingFinished.connect(lambda s=spec: self._edited(s))
            self.editors[spec.attribute] = editor
            self.form.addRow(tr(spec.label), editor)

    @staticmethod
    def _as_text(spec: Field, value: Any) -> str:
        if value is None:
            return ""
        if spec.kind == "date":
            return str(value.isoformat())
        if spec.kind == "names":
            return SEPARATOR.join(value)
        return str(value)

    def editor(self, attribute: str) -> QLineEdit | QComboBox:
        return self.editors[attribute]

    def _edited(self, spec: Field) -> None:
        editor = self.editors.get(spec.attribute)
        if editor is None or self.item is None:
            return
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
        else:
            text = " ".join(editor.text().split())
            if spec.kind == "date":
                try:
                    value = PartialDate.parse(text) if text else None
                except ValueError as error:
                    QMessageBox.warning(editor, tr("Review import"), str(error))
                    return
            elif spec.kind == "names":
                value = [n.strip() for n in text.split(";") if n.strip()]
            else:
                value = text or None
        if getattr(self.item, spec.attribute) != value:
            setattr(self.item, spec.attribute, value)
            self.edited.emit()
