"""The review of an edited export (kztracker.services.sheet_changes): per record each changed
field, database → sheet; new rows to create; rows removed in the sheet, deleted only when
ticked; conflicts (the record changed in the database since the export), where the user ticks
the sheet's value to take it, else the database's stays. Apply writes everything in one
transaction off the UI thread (Operations.change), and lands on the window's undo stack:
Edit > Undo takes the whole apply back (kztracker.services.sheet_applied), Redo does it again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kztracker.services.sheet_changes import Applied, ChangeSet, RecordChange
from kztracker.vocabulary import kind_name
from ui.commands import Command, short
from ui.operations import Operations

CONFLICT = QColor("#9c2a00")
# Item data: what a tick on the item decides.
CHOICE = Qt.ItemDataRole.UserRole + 1
MAX_PROBLEMS_SHOWN = 500


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SheetChanges", text, disambiguation, n)


def _item(text: str | None) -> QStandardItem:
    item = QStandardItem(text if text is not None else "—")
    item.setEditable(False)
    if text:
        item.setToolTip(text)  # a long list of parties is cut short in its column
    return item


# The width of the review when it only says there is nothing to apply.
NOTHING_WIDTH = 480


class SheetChangesDialog(QDialog):
    """The change set as a tree: one row per record, its fields below it."""

    applied = Signal(object)  # kztracker.services.sheet_changes.Applied

    def __init__(
        self, changes: ChangeSet, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.changes, self.operations = changes, operations
        self.setWindowTitle(tr("Changes from an edited export"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        # An unedited export: say so, rather than a row of zeros over an empty tree.
        summary = QLabel(
            self._summary()
            if changes.changes
            else tr("The sheet and the database agree: there is nothing to apply.")
        )
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Record and field"), tr("In the database"), tr("In the sheet")]
        )
        for change in changes.changes:
            self.model.appendRow(self._record_row(change))
        self.tree = QTreeView()
        self.tree.setObjectName("changes")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        # A record's title spans the row; its fields below fill the three columns.
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 220)
        layout.addWidget(self.tree, 1)
        self.tree.setVisible(bool(changes.changes))
        if changes.problems:
            count = len(changes.problems)
            # The column-mapping import's own sentence, translated once.
            from ui.sheet_import import tr as import_tr

            label = QLabel(import_tr("%n row(s) cannot be used and will be left out:", None, count))
            problems = QPlainTextEdit()
            problems.setObjectName("problems")
            problems.setReadOnly(True)
            problems.setPlainText("\n".join(changes.problem_lines()[:MAX_PROBLEMS_SHOWN]))
            problems.setMaximumHeight(90)
            layout.addWidget(label)
            layout.addWidget(problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(bool(changes.changes))
        self.apply_button.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not changes.changes and not changes.problems:
            width = max(NOTHING_WIDTH, self.sizeHint().width())
            height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
            self.resize(width, height if height > 0 else self.sizeHint().height())

    def _summary(self) -> str:
        changes = self.changes
        return tr(
            "Changed records: {updated}, new: {created}, removed in the sheet: {removed}, "
            "conflicts: {conflicts}. Tick a removed record to delete it, and a conflict's "
            "field to take the sheet's value; otherwise the database keeps its own."
        ).format(
            updated=len(changes.of("update")),
            created=len(changes.of("create")),
            removed=len(changes.of("removed")),
            conflicts=len(changes.conflicts),
        )

    def _record_row(self, change: RecordChange) -> list[QStandardItem]:
        kind = kind_name(change.kind)
        if change.action == "create":
            title = tr("{sheet}, row {row}: new {kind} “{label}”").format(
                sheet=change.sheet, row=change.row, kind=kind.lower(), label=change.label
            )
        else:
            title = tr("{sheet}, row {row}: {kind} “{label}”").format(
                sheet=change.sheet, row=change.row, kind=kind.lower(), label=change.label
            )
        top = _item(title)
        font = QFont()
        font.setBold(True)
        top.setFont(font)
        if change.action == "removed":
            top.setText(
                tr("{sheet}: {kind} “{label}”: removed in the sheet; tick to delete it").format(
                    sheet=change.sheet, kind=kind.lower(), label=change.label
                )
            )
            top.setCheckable(True)
            top.setCheckState(Qt.CheckState.Unchecked)
            top.setData(("delete", change.kind, change.record_id), CHOICE)
            return [top, _item(None), _item(None)]
        for field in change.fields:
            name = _item(field.header)
            old, new = _item(field.old), _item(field.new)
            if change.action == "create":
                old.setText("")
            if field.conflict:
                name.setText(
                    tr("{field}: conflict, tick to take the sheet's value").format(
                        field=field.header
                    )
                )
                name.setCheckable(True)
                name.setCheckState(Qt.CheckState.Unchecked)
                name.setToolTip(tr("Changed in the database since the export"))
                name.setData(("take", change.kind, change.record_id, field.field), CHOICE)
                for item in (name, old, new):
                    item.setForeground(QBrush(CONFLICT))
            top.appendRow([name, old, new])
        return [top, _item(None), _item(None)]

    def choices(self) -> tuple[frozenset[tuple[str, int]], frozenset[tuple[str, int, str]]]:
        """The ticked removals and the conflicts to take from the sheet."""
        delete: set[tuple[str, int]] = set()
        take: set[tuple[str, int, str]] = set()

        def visit(item: QStandardItem) -> None:
            choice = item.data(CHOICE)
            if choice and item.checkState() == Qt.CheckState.Checked:
                if choice[0] == "delete":
                    delete.add((choice[1], choice[2]))
                else:
                    take.add((choice[1], choice[2], choice[3]))
            for row in range(item.rowCount()):
                child = item.child(row, 0)
                if child is not None:
                    visit(child)

        for row in range(self.model.rowCount()):
            top = self.model.item(row, 0)
            if top is not None:
                visit(top)
        return frozenset(delete), frozenset(take)

    def _apply(self) -> None:
        from kztracker.services.sheet_changes import apply_changes

        delete, take = self.choices()
        changes = self.changes
        self.apply_button.setEnabled(False)

        def work(session: Any) -> Any:
            return apply_changes(session, changes, delete=delete, take_sheet=take)

        def done(result: Any) -> None:
            push_applied(self.parent(), changes, result)
            self.applied.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self.operations.report_failure(error, self)

        self.operations.change(work, done, on_failure=failed, parent=self)


class SheetChangesCommand(Command):
    """An applied edited export: undo takes every change, creation and deletion back in one
    transaction, redo writes them again (kztracker.services.sheet_applied)."""

    def __init__(self, editor: Any, file_name: str, applied: Applied) -> None:
        kinds = applied.steps.kinds()
        super().__init__(
            editor,
            tr("Changes from “{file}”").format(file=short(file_name)),
            kinds[0] if kinds else "milestone",
            0,
        )
        self.steps = applied.steps

    def apply(self, session: Any, forward: bool, overwrite: bool) -> Any:
        from kztracker.services.sheet_applied import do_again, take_back

        if forward:
            return do_again(session, self.steps, overwrite=overwrite)
        return take_back(session, self.steps, overwrite=overwrite)


def push_applied(window: Any, changes: ChangeSet, applied: Applied) -> None:
    """Put an applied edited export on the window's undo stack (no window editor: nothing)."""
    from ui.editing import Editor

    editor = getattr(window, "editor", None)
    if isinstance(editor, Editor) and applied.steps.kinds():
        editor.undo_stack.push(SheetChangesCommand(editor, changes.path.name, applied))
