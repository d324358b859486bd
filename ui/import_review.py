"""Reviewing an import: the announcement on one side, the proposals on the other.

The dialog edits the Draft in place (actions, names, the record to link to, merges, the
publication date) and writes nothing until Apply, which first commits the field being typed in
and then runs `kztracker.services.importing.apply` through `Operations.change`. An edit redraws
the proposal's row, never the editors, so the field the user clicked into next keeps its cursor
and its text. Selecting a proposal highlights the text it came from.

Keys, while the proposal list has focus: A link (accept the match), M merge (link and remember
the spelling), C create, S skip, each moving on to the next proposal; Ctrl+Enter applies.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kztracker.importing.draft import (
    Draft,
)
from ui.dialog_size import open_at
from ui.import_fields import DraftFieldsForm, rename_references
from ui.import_proposals import (
    ACTIONS,
    ITEM_ROLE,
    ProposalTree,
    action_label,
    label_of,
)
from ui.import_published import PublishedRow, Touched, carry_over
from ui.import_targets import RecordChooser
from ui.labels import format_date
from ui.operations import Operations

HIGHLIGHT = QColor("#fde68a")


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


class ImportReviewDialog(QDialog):
    """Review and apply one draft. `applied(ImportResult)` after a successful apply;
    `open_source(source_id)` when the user chooses the earlier import of the same text."""

    applied = Signal(object)
    open_source = Signal(int)

    def __init__(self, draft: Draft, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        self.operations = operations
        self.result: Any = None
        self._choices: dict[str, list[tuple[int, str]]] = {}
        self._loading_editor = False
        self.reviewed = False  # the user changed a proposal: closing asks first
        self._redating = False  # dates are being re-read against a new publication date
        self._apply_when_redated = False
        self.setWindowTitle(tr("Review import"))

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.published = PublishedRow(draft.document.published_on)
        self.published.changed.connect(self._redate)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(draft.document.text)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.tree = ProposalTree(self._choice_name)
        self.tree.currentItemChanged.connect(self._selected)

        self.editor = self._build_editor()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        proposals = QSplitter(Qt.Orientation.Vertical)
        proposals.addWidget(self.tree)
        proposals.addWidget(self.editor)
        proposals.setStretchFactor(0, 3)
        proposals.setStretchFactor(1, 2)
        proposals.setChildrenCollapsible(False)
        proposals.setSizes([440, 260])
        right_layout.addWidget(proposals, 1)
        hint = QLabel(
            tr(
                "Keys: A link, M merge (link and remember the spelling), C create, S skip, "
                "Ctrl+Enter apply."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        right_layout.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 660])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(tr("Apply"))
        # Enter while editing a field must not apply the whole import: Ctrl+Enter does.
        self.apply_button.setAutoDefault(False)
        self.apply_button.setToolTip(tr("Write the records (Ctrl+Enter)"))
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.published)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        for keys, action in (("A", "link"), ("C", "create"), ("S", "skip")):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda a=action: self._by_key(self.set_action, a))
        merge = QShortcut(QKeySequence("M"), self.tree)
        merge.setContext(Qt.ShortcutContext.WidgetShortcut)
        merge.activated.connect(lambda: self._by_key(lambda _a: self.merge(), "link"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.apply)

        open_at(self, 1180, 720)
        self.tree.fill(draft)
        self.tree.setFocus()  # the review keys work from the start
        self._update_header()
        operations.query(self._load_choices, self._choices_loaded, parent=self)

    # -- building -----------------------------------------------------------------------------

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox(tr("Selected proposal"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.editingFinished.connect(self._name_edited)
        self.action_box = QComboBox()
        for action in ACTIONS:
            self.action_box.addItem(action_label(action), action)
        self.action_box.currentIndexChanged.connect(self._action_chosen)
        self.target_box = RecordChooser()
        self.target_box.chosen.connect(self.link_to)
        self.merge_box = QCheckBox(tr("Merge: remember this spelling as an alias"))
        self.merge_box.toggled.connect(self._merge_toggled)
        self.name_label = QLabel(tr("Name"))
        form.addRow(self.name_label, self.name_edit)
        form.addRow(tr("Action"), self.action_box)
        form.addRow(tr("Link to"), self.target_box)
        form.addRow("", self.merge_box)
        self.fields = DraftFieldsForm(form, self._memorandum_titles, box)
        self.fields.edited.connect(lambda: self._refresh_current(None))
        box.setEnabled(False)
        return box

    def _update_header(self) -> None:
        document = self.draft.document
        from kztracker.importing.outcome import source_title

        parts = [f"<b>{_escape(source_title(document))}</b>"]
        facts = [document.outlet or "", document.origin]  # the date has its own field
        parts.append(" · ".join(_escape(f) for f in facts if f))
        counts = self.tree.counts()
        parts.append(
            tr(
                "{link} to link, {create} to create, {skip} skipped. Nothing is saved until "
                "you apply."
            ).format(**counts)
        )
        self.header.setText("<br>".join(parts))

    # -- choices to link to -------------------------------------------------------------------

    @staticmethod
    def _load_choices(session: Any) -> dict[str, list[tuple[int, str]]]:
        from kztracker.services.importing import link_choices

        return link_choices(session)

    def _choices_loaded(self, choices: dict[str, list[tuple[int, str]]]) -> None:
        self._choices = choices
        self.target_box.choices = choices
        self._selected(self.tree.currentItem(), None)

    def _choice_name(self, kind: str, record_id: int | None) -> str:
        return next((n for i, n in self._choices.get(kind, ()) if i == record_id), "")

    # -- the selected proposal -----------------------------------------------------------------

    def current(self) -> tuple[str, Any] | None:
        return self.tree.current()

    def _selected(self, row: QTreeWidgetItem | None, previous: Any) -> None:
        left = previous.data(0, ITEM_ROLE) if previous is not None else None
        if left and self.fields.item is left[1] and not self._loading_editor:
            # Moving on without leaving the field first (keys, a click that takes no focus):
            # what was typed belongs to the proposal it was typed for.
            self._rename(*left)
            self.fields.commit()
            self.tree.show_proposal(previous)
        data = row.data(0, ITEM_ROLE) if row is not None else None
        self.editor.setEnabled(bool(data))
        if row is None or not data:
            self.text.setExtraSelections([])
            return
        kind, item = data
        self.tree.scrollToItem(row)
        self._highlight(item)
        self.name_label.setText(tr("Title") if kind in ("memorandum", "milestone") else tr("Name"))
        self._loading_editor = True
        try:
            self.name_edit.setText(label_of(item))
            self.name_edit.setCursorPosition(0)  # a long name shows its start
            self.action_box.setCurrentIndex(ACTIONS.index(item.match.action))
            self._fill_targets(kind, item)
            self.merge_box.setVisible(kind in ("organization", "person"))
            self.merge_box.setChecked(item.match.learn_alias)
            self.fields.show_item(item)
        finally:
            self._loading_editor = False

    def _highlight(self, item: Any) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        length = len(self.draft.document.text)
        for span in item.spans:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(span.start, length))
            cursor.setPosition(min(span.end, length), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if item.spans:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(item.spans[0].start, length))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def _fill_targets(self, kind: str, item: Any) -> None:
        self.target_box.fill(kind, item)

    # -- edits --------------------------------------------------------------------------------

    def _memorandum_titles(self) -> list[str]:
        """A milestone may serve one of this draft's memoranda or an existing one (or none:
        the empty first)."""
        drafted = [m.title for m in self.draft.memoranda if m.match.action != "skip"]
        existing = [name for _id, name in self._choices.get("memorandum", ())]
        return ["", *dict.fromkeys([*drafted, *existing])]

    def _refresh_current(self, field: str | None = "match") -> None:
        """Redraw the selected proposal's row and the controls the edit changed; the editor
        the user is in, and what is typed there, stay as they are. `field` is what the user
        changed, when the fields form has not noted it."""
        self.reviewed = True
        current = self.current()
        row = self.tree.currentItem()
        if current is not None and row is not None:
            if field is not None:
                self.fields.touched.add((id(current[1]), field))
            self.tree.show_proposal(row)
            self._loading_editor = True
            try:
                self.action_box.setCurrentIndex(ACTIONS.index(current[1].match.action))
                if not self.target_box.hasFocus():
                    self._fill_targets(current[0], current[1])
                self.merge_box.setChecked(current[1].match.learn_alias)
            finally:
                self._loading_editor = False
        self.fields.refresh()
        self._update_header()

    def _by_key(self, act: Any, action: str) -> None:
        """A key decides the selected proposal and moves on to the next, as a reviewer reads."""
        current = self.current()
        act(action)
        if current is None or current[1].match.action != action:
            return  # nothing to link to yet: the record box has the focus
        self.tree.select_next()

    def _action_chosen(self, _index: int) -> None:
        if not self._loading_editor:
            self.set_action(self.action_box.currentData())

    def set_action(self, action: str) -> None:
        """Link, create or skip the selected proposal; link takes the chosen or best record."""
        current = self.current()
        if current is None:
            return
        _kind, item = current
        match = item.match
        if action == "link":
            if match.record_id is None:
                best = match.best
                if best is None:
                    self.target_box.setFocus()
                    return  # nothing to link to yet: the user picks a record first
                match.record_id = best.record_id
        else:
            match.learn_alias = False
        match.action = action
        self._refresh_current()

    def merge(self) -> None:
        """Link to the chosen record and remember this spelling as one of its aliases."""
        current = self.current()
        if current is None or current[0] not in ("organization", "person"):
            return
        self.set_action("link")
        if current[1].match.action == "link":
            current[1].match.learn_alias = True
            self._refresh_current()

    def _merge_toggled(self, checked: bool) -> None:
        if self._loading_editor:
            return
        if checked:
            self.merge()
        else:
            current = self.current()
            if current is not None:
                current[1].match.learn_alias = False
                self._refresh_current()

    def link_to(self, record_id: int) -> None:
        current = self.current()
        if current is None:
            return
        current[1].match.record_id = record_id
        current[1].match.action = "link"
        self._refresh_current()

    def _name_edited(self) -> None:
        current = self.current()
        if current is not None and not self._loading_editor and self._rename(*current):
            self._refresh_current(None)

    def _rename(self, kind: str, item: Any) -> bool:
        """Give the item the name on screen; True when that changed it."""
        text = " ".join(self.name_edit.text().split())
        attribute = "name" if hasattr(item, "name") else "title"
        old = getattr(item, attribute)
        if not text or old == text:
            return False
        setattr(item, attribute, text)
        self.fields.touched.add((id(item), attribute))
        # What names this proposal follows the new name, or apply would no longer link it.
        if rename_references(self.draft, kind, old, text):
            for row in self.tree.rows():
                self.tree.show_proposal(row)
        return True

    def reject(self) -> None:
        """Closing without applying drops the review; after changes, only if the user agrees."""
        if self.reviewed and self.result is None and self.isVisible():
            answer = QMessageBox.question(
                self,
                tr("Review import"),
                tr("Close without importing? Your changes to the proposals are lost."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    # -- the publication date -----------------------------------------------------------------

    def _redate(self, published_on: Any) -> None:
        """Read the text's relative dates again against the date the user set."""
        import dataclasses

        self.reviewed = True
        document = dataclasses.replace(self.draft.document, published_on=published_on)
        self._redating = True
        self.published.note.setText(tr("Reading the dates again…"))

        def work(session: Any) -> Draft:
            from kztracker.services.importing import prepare_document

            return prepare_document(session, document)

        self.operations.query(work, self._redated, on_failure=self._redate_failed, parent=self)

    def _redated(self, new: Draft) -> None:
        self._redating = False
        new.document.published_on = self.published.value  # another change may have come since
        rows = self.tree.rows()
        current = self.tree.currentItem()
        position = rows.index(current) if current in rows else 0
        touched: Touched = self.fields.touched
        self.fields.touched, refreshed = carry_over(self.draft, new, touched)
        self.draft = new
        self.fields.item = None
        self.tree.fill(new)
        rows = self.tree.rows()
        if rows:
            self.tree.setCurrentItem(rows[min(position, len(rows) - 1)])
        self._update_header()
        date = self.published.value
        self.published.note.setText(
            tr(
                "Dates read again against {date}: {count} proposals changed; your edits are kept."
            ).format(date=format_date(date.isoformat()) if date else tr("no date"), count=refreshed)
        )
        if self._apply_when_redated:
            self._apply_when_redated = False
            self.apply()

    def _redate_failed(self, error: BaseException) -> None:
        self._redating = False
        self._apply_when_redated = False
        self.published.note.setText("")
        self.operations.report_failure(error, self)

    # -- applying -----------------------------------------------------------------------------

    def commit_edits(self) -> bool:
        """Take what is on screen, the field being typed in too; False when a date in it
        cannot be read (the user is told which)."""
        self._name_edited()
        if self.target_box.typing():
            self.target_box.commit()
        return self.fields.commit() and self.published.commit()

    def apply(self) -> None:
        """Write the reviewed draft in one transaction; the dialog closes when it is done."""
        if not self.apply_button.isEnabled() or not self.commit_edits():
            return
        if self._redating:
            self._apply_when_redated = True
            return
        self.apply_button.setEnabled(False)
        draft = self.draft

        def work(session: Any) -> Any:
            from kztracker.services.importing import apply

            return apply(session, draft)

        self.operations.change(work, self._applied, on_failure=self._failed, parent=self)

    def _applied(self, result: Any) -> None:
        # Operations.change broadcasts the result once, as a Changes of kind "source"; the
        # window's views reload on any change. Per-kind detail is in result.changes().
        self.result = result
        self.applied.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from kztracker.importing.outcome import DuplicateImportError

        self.apply_button.setEnabled(True)
        if isinstance(error, DuplicateImportError):
            answer = QMessageBox.question(
                self,
                tr("Already imported"),
                str(error) + "\n\n" + tr("Open the earlier source?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_source.emit(error.source_id)
                super().reject()
            return
        self.operations.report_failure(error, self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
