"""The editable fields of one import proposal, laid out per kind from a table of field specs.

Edits are written straight back to the draft item (nothing touches the database); `edited`
tells the review dialog to redraw the proposal. The editors are built once per selected
proposal and never rebuilt under the user: an edit committed by clicking into the next field
leaves that field, its cursor and what is typed there alone (`refresh` only rewrites editors
that are not being edited). `commit` writes every editor's text to the draft, so Apply takes
what is on screen even when the field being typed in has not lost its focus yet.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from kztracker.dates import PartialDate, parse_entered
from kztracker.importing.apply import aliases_taught
from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.models import MEMORANDUM_KINDS, MILESTONE_STATUSES, ORGANIZATION_KINDS
from ui.labels import memorandum_kind_label, organization_kind_label, status_label

SEPARATOR = "; "


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


def date_hint() -> str:
    """What a date field takes, shown while it is empty (the edit dialogs' forms, ISO too)."""
    return tr("DD.MM.YYYY, MM.YYYY or YYYY")


def read_date(text: str) -> PartialDate | None:
    """A date typed into the review (raises ValueError with the reason)."""
    return parse_entered(text) if text else None


@dataclass(frozen=True)
class Field:
    label: str  # English source text, translated when shown
    attribute: str
    # "text", "date", "names" (a list, separated by "; "), "choice", "memorandum" (one of the
    # draft's memoranda, or one typed in)
    kind: str
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
        Field(_noop("Aliases"), "aliases", "names"),
    ),
    DraftPerson: (
        Field(_noop("Position"), "title", "text"),
        Field(_noop("Organization"), "organization", "text"),
        Field(_noop("Aliases"), "aliases", "names"),
    ),
    DraftMemorandum: (
        Field(_noop("Kind"), "kind", "choice", MEMORANDUM_KINDS, memorandum_kind_label),
        Field(_noop("Signed on"), "signed_on", "date"),
        Field(_noop("Valid until"), "valid_until", "date"),
        Field(_noop("Parties"), "parties", "names"),
        Field(_noop("Signatories"), "signatories", "names"),
        Field(_noop("Focus areas"), "focus_areas", "names"),
    ),
    DraftMilestone: (
        Field(_noop("Date"), "date", "date"),
        Field(_noop("Status"), "status", "choice", MILESTONE_STATUSES, status_label),
        Field(_noop("Partners"), "organizations", "names"),
        Field(_noop("Memorandum"), "memorandum", "memorandum"),
    ),
}


class DraftFieldsForm(QObject):
    """The kind-specific fields of the selected proposal, as the last rows of `form`.

    Sharing the review's form keeps every label in one aligned column. `memoranda()` names the
    draft's memoranda, offered for a milestone's link. `touched` holds (item id, attribute) of
    every field the user changed, so re-reading the dates can keep what the user set.
    """

    edited = Signal()

    def __init__(
        self,
        form: QFormLayout,
        memoranda: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.first_row = form.rowCount()
        self.item: Any = None
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.touched: set[tuple[int, str]] = set()
        self._memoranda = memoranda
        self.teaches = QLabel()
        self.teaches.setWordWrap(True)
        self.teaches.setObjectName("aliasesTaught")

    def show_item(self, item: Any) -> None:
        """Build the editors for another proposal (the same one keeps its editors)."""
        if item is self.item:
            self.refresh()
            return
        while self.form.rowCount() > self.first_row:
            row = self.form.takeRow(self.first_row)
            for part in (row.labelItem, row.fieldItem):
                widget = part.widget() if part is not None else None
                if widget is not None and widget is not self.teaches:
                    widget.hide()  # gone from the screen now, deleted once events run
                    widget.deleteLater()
        self.item = item
        self.editors = {}
        for spec in FIELDS.get(type(item), ()):
            editor = self._editor(spec)
            self.editors[spec.attribute] = editor
            self.form.addRow(tr(spec.label), editor)
        if isinstance(item, DraftOrganization | DraftPerson):
            self.form.addRow(tr("Aliases it records"), self.teaches)
            self.teaches.show()
        else:
            self.teaches.hide()
        self.refresh(everything=True)

    def _editor(self, spec: Field) -> QLineEdit | QComboBox:
        editor: QLineEdit | QComboBox
        if spec.kind == "choice":
            editor = QComboBox()
            for choice in spec.choices:
                editor.addItem(spec.labels(choice) if spec.labels else choice, choice)
            editor.currentIndexChanged.connect(lambda _i, s=spec: self._edited(s))
        elif spec.kind == "memorandum":
            editor = QComboBox()
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.setToolTip(tr("The memorandum this milestone serves; empty for none"))
            line = editor.lineEdit()
            if line is not None:
                line.setPlaceholderText(tr("No memorandum"))
                line.editingFinished.connect(lambda s=spec: self._edited(s))
            editor.activated.connect(lambda _i, s=spec: self._edited(s))
        else:
            editor = QLineEdit()
            if spec.kind == "date":
                editor.setPlaceholderText(date_hint())
            elif spec.kind == "names":
                editor.setToolTip(tr("Names separated by semicolons"))
            if spec.attribute == "aliases":
                editor.textEdited.connect(self._show_taught)  # as it is typed
            editor.editingFinished.connect(lambda s=spec: self._edited(s))
        return editor

    def _show_taught(self, aliases: str | None = None) -> None:
        """The spellings apply will record for the item; `aliases` as typed, not yet taken."""
        item = self.item
        if not isinstance(item, DraftOrganization | DraftPerson):
            return
        if aliases is not None:
            item = dataclasses.replace(item, aliases=_names(aliases))
        taught = aliases_taught(item)
        self.teaches.setText(SEPARATOR.join(taught) if taught else tr("none"))

    def refresh(self, everything: bool = False) -> None:
        """Show the item's values again (another edit may have renamed what it refers to),
        leaving alone the editor being typed in unless `everything`."""
        if self.item is None:
            return
        for spec in FIELDS.get(type(self.item), ()):
            editor = self.editors[spec.attribute]
            if not everything and _being_edited(editor):
                continue
            value = getattr(self.item, spec.attribute)
            editor.blockSignals(True)
            try:
                if spec.kind == "choice":
                    assert isinstance(editor, QComboBox)
                    editor.setCurrentIndex(max(0, editor.findData(value or spec.choices[-1])))
                elif isinstance(editor, QComboBox):
                    editor.clear()
                    editor.addItems(self._memoranda())
                    editor.setEditText(value or "")
                else:
                    editor.setText(self._as_text(spec, value))
                    editor.setCursorPosition(0)
            finally:
                editor.blockSignals(False)
        self._show_taught()

    @staticmethod
    def _as_text(spec: Field, value: Any) -> str:
        if value is None:
            return ""
        if spec.kind == "date":
            return str(value.entered())
        if spec.kind == "names":
            return SEPARATOR.join(value)
        return str(value)

    def editor(self, attribute: str) -> QLineEdit | QComboBox:
        return self.editors[attribute]

    def commit(self) -> bool:
        """Write every editor's text to the item; False when a date cannot be read."""
        if self.item is None:
            return True
        return all([self._edited(spec) for spec in FIELDS.get(type(self.item), ())])

    def _edited(self, spec: Field) -> bool:
        editor = self.editors.get(spec.attribute)
        if editor is None or self.item is None:
            return True
        if spec.kind == "choice":
            assert isinstance(editor, QComboBox)
            value: Any = editor.currentData()
        else:
            raw = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            text = " ".join(raw.split())
            if spec.kind == "date":
                try:
                    value = read_date(text)
                except ValueError as error:
                    QMessageBox.warning(editor, tr("Review import"), str(error))
                    return False
            elif spec.kind == "names":
                value = _names(text)
            else:
                value = text or None
        if getattr(self.item, spec.attribute) != value:
            setattr(self.item, spec.attribute, value)
            self.touched.add((id(self.item), spec.attribute))
            self.edited.emit()
        return True


def _names(text: str) -> list[str]:
    return [n.strip() for n in " ".join(text.split()).split(";") if n.strip()]


def _being_edited(editor: QWidget) -> bool:
    """The editor (or its line edit) has the keyboard focus: the user is typing there."""
    focus = editor.focusWidget() if isinstance(editor, QComboBox) else None
    return editor.hasFocus() or (focus is not None and focus.hasFocus())


# Where one proposal names another: (kind renamed, draft list, attribute, holds a list).
_REFERENCES = (
    ("organization", "organizations", "parent", False),
    ("organization", "people", "organization", False),
    ("organization", "memoranda", "parties", True),
    ("organization", "milestones", "organizations", True),
    ("person", "memoranda", "signatories", True),
    ("focus_area", "memoranda", "focus_areas", True),
    ("focus_area", "milestones", "focus_area", False),
    ("memorandum", "milestones", "memorandum", False),
)


def rename_references(draft: Any, kind: str, old: str, new: str) -> int:
    """A proposal renamed in the review: the proposals that name it follow, so apply still
    links them (a milestone keeps its memorandum, a memorandum its parties). How many did."""
    key = " ".join(old.split()).casefold()

    def same(name: str | None) -> bool:
        return name is not None and " ".join(name.split()).casefold() == key

    changed = 0
    for renamed, group, attribute, many in _REFERENCES:
        if renamed != kind:
            continue
        for item in getattr(draft, group):
            value = getattr(item, attribute)
            if many and any(same(v) for v in value):
                setattr(item, attribute, [new if same(v) else v for v in value])
                changed += 1
            elif not many and same(value):
                setattr(item, attribute, new)
                changed += 1
    return changed
