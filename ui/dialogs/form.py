"""The dialog every record kind is edited in: fields in columns, a message under each field.

A kind's dialog only says which fields it shows and with which editor (`build`). This class
loads the record and the records its pickers offer (one background query), checks the form as
the user types (the core's `validate_record`, debounced, shown only for fields already touched),
and on Save hands the values to whoever listens to `save_requested` (the Editor), which saves
them and answers with `saved()` or `save_failed(errors)`.

Save stays enabled while there are problems: pressing it shows every problem at once, next to
its field, and moves the cursor to the first one. A disabled button cannot say why it is
disabled, and the core checks again at save time anyway (a colleague may have taken the name).
"""

from __future__ import annotations

import html
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kztracker.errors import FieldError, RecordNotFound
from kztracker.services import records
from kztracker.services.choices import choices_for
from ui.dialog_size import open_at
from ui.dialogs.fields import FieldEditor, FieldMessage
from ui.operations import Operations

VALIDATE_DELAY_MS = 400
FIELD_CHARS = 40
COLUMN_GAP = 24
# Fields start wider than their minimum, so long names show whole until the user resizes.
ROOMY = 1.25
DIALOG_CHARS = 90
OPEN_LINK = "open"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RecordForm", text, disambiguation, n)


def _form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


class RecordDialog(QDialog):
    """Create or edit one record of `kind`. Subclasses implement `build` with `add_field`."""

    kind: ClassVar[str] = ""

    open_record = Signal(str, int)
    # The values to save: every field for a new record, the changed ones for an existing one.
    save_requested = Signal(object)
    # Emitted once the form holds the record and the choices (tests and screenshots wait on it).
    loaded = Signal()

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        record_id: int | None = None,
        prefill: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.record_id = record_id
        self.version: int | None = None
        self.prefill = dict(prefill or {})
        self.editors: dict[str, FieldEditor] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.field_labels: dict[str, str] = {}
        self._stored: dict[str, Any] = {}
        self._initial: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._filling = False
        self._ready = False
        self._saving = False
        self._check_round = 0
        self._columns: list[QFormLayout] = []

        self._labels: dict[int, list[QLabel]] = {}
        self._wide = _form_layout()
        self._column_row = QHBoxLayout()
        self.general_message = FieldMessage(self)
        self.general_message.link_activated.connect(self._link)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._wide)
        layout.addLayout(self._column_row, 1)
        layout.addWidget(self.general_message)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        # Enter in a single-line field saves (the default button); in notes it starts a new line,
        # so Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(VALIDATE_DELAY_MS)
        self._check_timer.timeout.connect(self.check)

        self.build()
        self._align_labels()
        hint = self.sizeHint()
        least = self.fontMetrics().averageCharWidth() * DIALOG_CHARS
        open_at(self, max(int(hint.width() * ROOMY), least), hint.height())
        self.setWindowTitle(self.new_title() if record_id is None else self.edit_title())
        self._set_ready(False)
        self.reload()

    # -- what a kind's dialog provides ---------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def titles(self) -> tuple[str, str]:
        """The window title for a new record, and for an existing one ("{name}" in it)."""
        raise NotImplementedError

    def new_title(self) -> str:
        return self.titles()[0]

    def edit_title(self) -> str:
        name = self._stored.get("title") or self._stored.get("name")
        return self.titles()[1].format(name=name or "…")

    def add_field(self, name: str, label: str, editor: FieldEditor, column: int = 0) -> None:
        """A row: the label (its & letter jumps to the field), the editor, its message below.

        `column` -1 is a row across the whole dialog above the columns (a title is long).
        """
        cell = QWidget(self)
        cell.setMinimumWidth(self.fontMetrics().averageCharWidth() * FIELD_CHARS)
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(0)
        editor.setParent(cell)
        cell_layout.addWidget(editor)
        message = FieldMessage(cell)
        message.link_activated.connect(self._link)
        cell_layout.addWidget(message)
        title = QLabel(label, self)
        title.setBuddy(editor)
        self._form(column).addRow(title, cell)
        self._labels.setdefault(max(column, 0), []).append(title)
        self.editors[name] = editor
        self.messages[name] = message
        self.field_labels[name] = title.text().replace("&", "")
        editor.edited.connect(lambda name=name: self._edited(name))

    def _form(self, column: int) -> QFormLayout:
        if column < 0:
            return self._wide
        while len(self._columns) <= column:
            form = _form_layout()
            if self._columns:
                self._column_row.addSpacing(COLUMN_GAP)
            self._columns.append(form)
            stack = QVBoxLayout()
            stack.addLayout(form)
            stack.addStretch(1)
            self._column_row.addLayout(stack, 1)
        return self._columns[column]

    def _align_labels(self) -> None:
        """The wide rows and the first column share one label width, so their fields line up."""
        labels = self._labels.get(0, [])
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the form from the database (again): the record as stored now and the choices."""
        self._set_ready(False)
        targets = {kind for editor in self.editors.values() for kind in editor.needs}
        record_id = self.record_id

        def work(session: Session) -> tuple[dict[str, list[Any]], dict[str, Any]]:
            choices = choices_for(session, sorted(targets))
            if record_id is None:
                values = {**records.blank_values(self.kind), **self.prefill_values(session)}
            else:
                values = records.load_record(session, self.kind, record_id)
            return choices, values

        self.operations.query(work, self._fill, on_failure=self._load_failed, parent=self)

    def prefill_values(self, session: Session) -> dict[str, Any]:
        """The values a new record starts with beyond the blank ones (read in the load query)."""
        return dict(self.prefill)

    def _fill(self, result: tuple[dict[str, list[Any]], dict[str, Any]]) -> None:
        choices, values = result
        self._filling = True
        try:
            for editor in self.editors.values():
                editor.set_choices(choices)
            for name, editor in self.editors.items():
                editor.set_value(values.get(name))
        finally:
            self._filling = False
        self.version = values.get("version")
        self._stored = values
        # What the editors make of the stored values: a field is changed when it differs from
        # this, so a value the form shows differently (spacing, order) is not saved back.
        self._initial = self.values()
        self._touched.clear()
        self.show_errors([])
        if self.record_id is not None:
            self.setWindowTitle(self.edit_title())
        self._set_ready(True)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.operations.report_failure(error, self.parentWidget())
        if isinstance(error, RecordNotFound) or not self._stored:
            QDialog.reject(self)
        else:
            self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        self._ready = ready
        for editor in self.editors.values():
            editor.setEnabled(ready)
        self.save_button.setEnabled(ready and not self._saving)
        if ready:
            first = next(iter(self.editors.values()), None)
            if first is not None and not any(e.hasFocus() for e in self.editors.values()):
                first.setFocus()

    @property
    def is_ready(self) -> bool:
        return self._ready

    # -- values ----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every value on the form, plus prefilled values of fields this form does not show."""
        hidden = {}
        if self.record_id is None:
            hidden = {k: v for k, v in self.prefill.items() if k not in self.editors}
        return {**hidden, **{name: editor.value() for name, editor in self.editors.items()}}

    def changed_values(self) -> dict[str, Any]:
        """The values that differ from the stored record (all of them for a new record)."""
        values = self.values()
        if self.record_id is None:
            return values
        return {name: value for name, value in values.items() if value != self._initial.get(name)}

    def stored_value(self, name: str) -> Any:
        return self._stored.get(name)

    def describe(self, name: str, value: Any) -> str:
        """A value of field `name` as users read it (names, not ids; readable dates)."""
        editor = self.editors.get(name)
        if editor is not None:
            return editor.describe(value)
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return "" if value is None else str(value)

    def local_problems(self) -> list[FieldError]:
        """What the editors themselves can tell: text that is no date, a name of no record."""
        problems = []
        for name, editor in self.editors.items():
            problem = editor.problem()
            if problem:
                problems.append(FieldError(name, problem))
        return problems

    # -- checking as the user types --------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._filling:
            return
        self._touched.add(name)
        self._check_timer.start()

    def check(self, everything: bool = False, focus: bool = False) -> None:
        """Validate the form in the background; show the problems of the fields already touched
        (of every field when `everything`), with the cursor on the first one when `focus`."""
        if not self._ready or self._saving:
            return
        self._check_round += 1
        round_ = self._check_round
        local = self.local_problems()
        broken = {problem.field for problem in local}
        values = {k: v for k, v in self.values().items() if k not in broken}
        record_id, kind = self.record_id, self.kind

        def work(session: Session) -> list[FieldError]:
            return records.validate_record(session, kind, values, record_id)

        def done(errors: list[FieldError]) -> None:
            if round_ == self._check_round and not self._saving:
                only = None if everything else self._touched
                self.show_errors([*local, *errors], only=only, focus=focus)

        self.operations.query(work, done, on_failure=lambda _error: None, parent=self)

    # -- showing problems ------------------------------------------------------------------------

    def show_errors(
        self, errors: list[FieldError], only: set[str] | None = None, focus: bool = False
    ) -> None:
        """Put each problem under its field (a field this form lacks: above the buttons)."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            field = error.field if error.field in self.editors else ""
            if only is not None and field not in only:
                continue
            text = html.escape(error.message[:1].upper() + error.message[1:])
            if error.existing_id is not None:
                link = f"{OPEN_LINK}:{error.existing_id}"
                text += f' — <a href="{link}">{html.escape(tr("Open it"))}</a>'
            by_field.setdefault(field, []).append(text)
        for name, message in self.messages.items():
            message.show_message("<br>".join(by_field.get(name, [])))
            editor = self.editors[name]
            editor.setAccessibleDescription(message.message())
        self.general_message.show_message("<br>".join(by_field.get("", [])))
        if focus:
            first = next((n for n in self.editors if n in by_field), None)
            if first is not None:
                self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
        needed = self.sizeHint().height()
        if self.isVisible() and self.height() < needed:
            self.resize(self.width(), needed)

    def error_text(self, name: str) -> str:
        """The problem shown under field `name` ("" when none); "" names the general message."""
        message = self.messages.get(name) if name else self.general_message
        return message.message() if message is not None else ""

    def _link(self, href: str) -> None:
        scheme, _, number = href.partition(":")
        if scheme == OPEN_LINK and number.isdigit():
            QDialog.reject(self)
            self.open_record.emit(self.kind, int(number))

    # -- saving ----------------------------------------------------------------------------------

    def accept(self) -> None:
        if not self._ready or self._saving:
            return
        self._check_timer.stop()
        self._check_round += 1  # a check still running must not overwrite what Save shows
        # From now on every field's problems show as the user corrects them, not only touched.
        self._touched.update(self.editors)
        problems = self.local_problems()
        if problems:
            # Shown at once, then completed with the core's verdict on the other fields.
            self.show_errors(problems, focus=True)
            self.check(everything=True, focus=True)
            return
        values = self.changed_values()
        if self.record_id is not None and not values:
            QDialog.accept(self)  # nothing changed: nothing to save, nothing to undo
            return
        self.set_saving(True)
        self.save_requested.emit(values)

    def reject(self) -> None:
        """Esc, Cancel or the title bar's close: what was typed and not saved yet is thrown
        away only when the user says so (Esc again, on the question, keeps the form)."""
        if self._ready and not self._saving and self.values() != self._initial:
            answer = QMessageBox.question(
                self,
                tr("Discard changes?"),
                tr("What you typed in this form is not saved yet. Close it and lose it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        QDialog.reject(self)

    def set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(self._ready and not saving)
        self.save_button.setText(tr("Saving…") if saving else tr("&Save"))

    def saved(self) -> None:
        self.set_saving(False)
        QDialog.accept(self)

    def save_failed(self, errors: list[FieldError]) -> None:
        self.set_saving(False)
        self.show_errors(errors, focus=True)
