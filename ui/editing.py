"""Creating, editing and deleting records from the window, each step undoable.

The Editor opens the dialogs, saves through `Operations.change` and puts every saved change on
`undo_stack` as a command whose undo and redo are service calls too: an edit's undo writes the
old values back (`update_record`), a creation's undo deletes, a delete's undo restores the
snapshot taken at delete time (`restore_record`: the same id, its links, its sources). So undo
puts the DATABASE back, and colleagues and the command line see it.

Commands are pushed only after their first run has succeeded, so a refused save never lands on
the stack. Each later undo or redo runs in the background; if it fails (a colleague changed or
deleted the record meanwhile) the stack is stepped back without running anything, so it always
describes what the database holds. The version this session last wrote is remembered per record,
so an undo over a colleague's newer save is refused like any other stale save, and the user may
overwrite knowingly.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kztracker.errors import RecordNotFound, StaleRecordError, ValidationFailed
from ui.commands import Command, short
from ui.labels import format_date, kind_label
from ui.operations import Operations

# The services that change records, and the dialogs, load on the first edit, not with the
# window: they bring the model classes, the history hook and every form (a tenth of a second
# of a start, issue 18). Hence the imports inside the methods below.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kztracker.services import bulk
    from kztracker.services.changes import Changes
    from kztracker.services.deletion import DeleteImpact
    from ui.dialogs import RecordDialog

Values = dict[str, Any]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Editor", text, disambiguation, n)


def _label(values: Values) -> str:
    return short(str(values.get("title") or values.get("name") or ""))


class _Update(Command):
    def __init__(
        self, editor: Editor, kind: str, record_id: int, before: Values, after: Values, label: str
    ) -> None:
        text = tr("Edit {kind} “{label}”").format(kind=kind_label(kind).lower(), label=label)
        super().__init__(editor, text, kind, record_id)
        self.before = before
        self.after = after

    def apply(self, session: Session, forward: bool, overwrite: bool) -> Changes:
        from kztracker.services import records

        values = self.after if forward else self.before
        changes = records.update_record(
            session,
            self.kind,
            self.record_id,
            values,
            expected_version=None
            if overwrite
            else self.editor.version_of(self.kind, self.record_id),
            overwrite=overwrite,
        )
        self.editor.remember(session, self.kind, self.record_id)
        return changes


class _Bulk(Command):
    """The same values given to several records at once (Mark done, Change selected): one step
    on the stack, whose undo gives each record back what it held."""

    def __init__(self, editor: Editor, kind: str, changed: list[bulk.Changed], text: str) -> None:
        super().__init__(editor, text, kind, changed[0].record_id)
        self.changed = changed

    def apply(self, session: Session, forward: bool, overwrite: bool) -> Changes:
        from kztracker.services import bulk, records

        for item in self.changed:
            records.update_record(
                session,
                self.kind,
                item.record_id,
                item.after if forward else item.before,
                expected_version=None
                if overwrite
                else self.editor.version_of(self.kind, item.record_id),
                overwrite=overwrite,
            )
            self.editor.remember(session, self.kind, item.record_id)
        return bulk.changes_of(self.kind, self.changed)


class _Existence(Command):
    """A creation (`exists_after_redo`) or a delete: one undoes what the other does."""

    def __init__(
        self,
        editor: Editor,
        kind: str,
        record_id: int,
        label: str,
        snapshot: Values | None,
        exists_after_redo: bool,
    ) -> None:
        words = tr("New {kind} “{label}”") if exists_after_redo else tr("Delete {kind} “{label}”")
        super().__init__(
            editor, words.format(kind=kind_label(kind).lower(), label=label), kind, record_id
        )
        self.snapshot = snapshot
        self.exists_after_redo = exists_after_redo
        self.label = label
        # What the last restore could not bring back, as sentences (set on the writer thread,
        # read on the UI thread once the change is in).
        self.left_out: list[str] = []

    def apply(self, session: Session, forward: bool, overwrite: bool) -> Changes:
        from kztracker.services import records

        self.left_out = []
        if forward == self.exists_after_redo:
            assert self.snapshot is not None
            restored = records.restore_snapshot(session, self.kind, self.snapshot)
            self.left_out = [item.describe() for item in restored.left_out]
            self.editor.remember(session, self.kind, self.record_id)
            return restored.changes
        # Snapshot now, not at creation: the record may have been linked to since.
        self.snapshot = records.snapshot_record(session, self.kind, self.record_id)
        expected = None if overwrite else self.editor.version_of(self.kind, self.record_id)
        changes = records.delete_record(
            session, self.kind, self.record_id, expected_version=expected
        )
        self.editor.forget(self.kind, self.record_id)
        return changes


class Editor(QObject):
    """Opens the record dialogs, saves what they hand over, and keeps the undo stack."""

    # A dialog's "already exists — Open it" link: the window shows that record.
    open_record = Signal(str, int)
    # A record this window just created: the window selects it once its view has the row.
    record_created = Signal(str, int)

    def __init__(self, operations: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.operations = operations
        self._window = parent
        self.undo_stack = QUndoStack(self)
        # The version each record had after this session's last write (read and written on the
        # one writer thread, in order).
        self._versions: dict[tuple[str, int], int] = {}
        self._replaying = False

    # -- opening dialogs -------------------------------------------------------------------------

    def new_record(self, kind: str, prefill: Values | None = None) -> RecordDialog:
        from ui.dialogs import dialog_class

        return self._open(dialog_class(kind)(self.operations, self._window, prefill=prefill))

    def edit_record(self, kind: str, record_id: int) -> RecordDialog:
        from ui.dialogs import dialog_class

        return self._open(dialog_class(kind)(self.operations, self._window, record_id=record_id))

    def quick_milestone(self, prefill: Values | None = None) -> RecordDialog:
        from ui.dialogs import QuickMilestoneDialog

        dialog = QuickMilestoneDialog(self.operations, self._window, prefill=prefill)
        dialog.more_fields.connect(lambda values: self.new_record("milestone", values))
        return self._open(dialog)

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        dialog.open_record.connect(self.open_record)
        dialog.save_requested.connect(lambda values: self.save(dialog, values))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- saving a dialog -------------------------------------------------------------------------

    def save(self, dialog: RecordDialog, values: Values, overwrite: bool = False) -> None:
        """Create or update the dialog's record with `values`; the dialog closes on success."""
        from kztracker.services import bulk, records

        kind, record_id, version = dialog.kind, dialog.record_id, dialog.version
        outcome: dict[str, Any] = {}

        def create(session: Session) -> Changes:
            changes = records.create_record(session, kind, values)
            outcome["id"] = changes.created[0]
            outcome["after"] = self.remember(session, kind, outcome["id"])
            return changes

        def update(session: Session) -> Changes:
            assert record_id is not None
            before = records.load_record(session, kind, record_id)
            changes = records.update_record(
                session, kind, record_id, values, expected_version=version, overwrite=overwrite
            )
            after = self.remember(session, kind, record_id)
            outcome["before"], outcome["after"] = bulk.differences(before, after)
            outcome["label"] = _label(after)
            return changes

        def created(_changes: Changes) -> None:
            dialog.saved()
            label = _label(outcome["after"])
            self._push(_Existence(self, kind, outcome["id"], label, None, exists_after_redo=True))
            self.record_created.emit(kind, outcome["id"])

        def updated(_changes: Changes) -> None:
            dialog.saved()
            if outcome["after"]:
                self._push(
                    _Update(
                        self,
                        kind,
                        record_id or 0,
                        outcome["before"],
                        outcome["after"],
                        outcome["label"],
                    )
                )

        self.operations.change(
            create if record_id is None else update,
            created if record_id is None else updated,
            on_failure=lambda error: self._save_failed(dialog, values, error),
            parent=dialog,
        )

    def _save_failed(self, dialog: RecordDialog, values: Values, error: BaseException) -> None:
        from ui.dialogs.conflict import OVERWRITE, RELOAD, ConflictDialog

        dialog.set_saving(False)
        if isinstance(error, ValidationFailed):
            dialog.save_failed(error.errors)
        elif isinstance(error, StaleRecordError):
            conflict = ConflictDialog(error, dialog, dialog.describe, dialog.field_labels)
            choice = conflict.exec()
            conflict.deleteLater()
            if choice == RELOAD:
                dialog.reload()
            elif choice == OVERWRITE:
                dialog.set_saving(True)
                self.save(dialog, values, overwrite=True)
        else:
            self.operations.report_failure(error, dialog)
            if isinstance(error, RecordNotFound):
                dialog.reject()

    # -- several records at once ----------------------------------------------------------------

    def mark_done(self, milestone_ids: list[int], today: dt.date | None = None) -> None:
        """Done, completed today, in one undoable step."""
        from kztracker.services import bulk

        day = today or dt.date.today()
        self._change_many(
            "milestone",
            milestone_ids,
            lambda session: bulk.mark_done(session, milestone_ids, day),
            tr("Mark done"),
        )

    def change_many(self, kind: str, record_ids: list[int], values: Values) -> None:
        """The same `values` for every record in `record_ids`, in one undoable step."""
        from kztracker.services import bulk

        self._change_many(
            kind,
            record_ids,
            lambda session: bulk.update_many(session, kind, record_ids, values),
            tr("Change"),
        )

    def _change_many(self, kind: str, record_ids: list[int], run: Any, text: str) -> None:
        from kztracker.services import bulk

        if not record_ids:
            return
        outcome: dict[str, Any] = {}

        def work(session: Session) -> Changes:
            outcome["changed"] = changed = run(session)
            # The one record's name for the Undo tooltip; several are counted.
            outcome["label"] = "".join(
                _label(self.remember(session, kind, item.record_id)) for item in changed[:1]
            )
            for item in changed[1:]:
                self.remember(session, kind, item.record_id)
            return bulk.changes_of(kind, changed)

        def done(_changes: Changes) -> None:
            changed = outcome["changed"]
            if not changed:
                return
            if len(changed) == 1:
                shown = f"{text} “{outcome['label']}”"
            else:
                shown = f"{text} ({len(changed)})"
            self._push(_Bulk(self, kind, changed, shown))

        self.operations.change(work, done, parent=self._window)

    # -- deleting --------------------------------------------------------------------------------

    def delete_record(self, kind: str, record_id: int) -> None:
        """Say what the delete takes along, ask, and delete (undoably) if the user agrees."""
        from kztracker.services import records

        self.operations.query(
            lambda session: records.delete_impact(session, kind, record_id),
            self._confirm_delete,
            parent=self._window,
        )

    def _confirm_delete(self, impact: DeleteImpact) -> None:
        from kztracker.services import records
        from ui.dialogs.delete import DeleteConfirmation

        confirmation = DeleteConfirmation(impact, self._window)
        answer = confirmation.exec()
        confirmation.deleteLater()
        if answer != QDialog.DialogCode.Accepted:
            return
        kind, record_id = impact.kind, impact.id
        outcome: dict[str, Any] = {}

        def work(session: Session) -> Changes:
            outcome["snapshot"] = records.snapshot_record(session, kind, record_id)
            changes = records.delete_record(session, kind, record_id)
            self.forget(kind, record_id)
            return changes

        def done(_changes: Changes) -> None:
            label = short(impact.label)
            self._push(
                _Existence(
                    self, kind, record_id, label, outcome["snapshot"], exists_after_redo=False
                )
            )

        self.operations.change(work, done, parent=self._window)

    # -- undo and redo ---------------------------------------------------------------------------

    def _push(self, command: Command) -> None:
        self.undo_stack.push(command)

    def version_of(self, kind: str, record_id: int) -> int | None:
        return self._versions.get((kind, record_id))

    def remember(self, session: Session, kind: str, record_id: int) -> Values:
        """Note the version this session left the record at; the record's values as stored."""
        from kztracker.services import records

        values = records.load_record(session, kind, record_id)
        self._versions[(kind, record_id)] = values["version"]
        return values

    def forget(self, kind: str, record_id: int) -> None:
        self._versions.pop((kind, record_id), None)

    def replay(self, command: Command, forward: bool, overwrite: bool = False) -> None:
        """Run a command's redo (`forward`) or undo against the database, in the background."""
        if self._replaying:
            return
        self.operations.change(
            lambda session: command.apply(session, forward, overwrite),
            lambda _changes: self._tell_left_out(command),
            on_failure=lambda error: self._replay_failed(command, forward, error),
            parent=self._window,
        )

    def _tell_left_out(self, command: Command) -> None:
        """A record brought back without some of its links says which, once."""
        if not isinstance(command, _Existence) or not command.left_out:
            return
        left_out = command.left_out
        QMessageBox.information(
            self._window,
            tr("Restored, with a few things left out"),
            tr("The {kind} “{label}” is back. Not brought back:").format(
                kind=kind_label(command.kind).lower(), label=command.label
            )
            + "\n\n"
            + "\n".join(f"• {sentence[:1].upper()}{sentence[1:]}" for sentence in left_out),
        )

    def _replay_failed(self, command: Command, forward: bool, error: BaseException) -> None:
        from ui.dialogs.conflict import OVERWRITE, ConflictDialog

        if isinstance(error, StaleRecordError):
            deleting = isinstance(command, _Existence)
            conflict = ConflictDialog(
                error,
                self._window,
                # The record that moved, which in a many-record command need not be the
                # command's first kind.
                self._describe(error.kind),
                self._field_labels(error.kind),
                allow_reload=False,
                explanation=tr("Undoing now would delete it with their changes.")
                if deleting
                else None,
                overwrite_text=tr("&Delete anyway") if deleting else None,
            )
            choice = conflict.exec()
            conflict.deleteLater()
            if choice == OVERWRITE:
                self.replay(command, forward, overwrite=True)
                return
        else:
            self.operations.report_failure(error, self._window)
        self._step_back(command, forward)

    def _step_back(self, command: Command, forward: bool) -> None:
        """Move the stack back over a command whose replay failed, without running anything."""
        stack = self.undo_stack
        position = next(
            (
                i
                for i in range(stack.count())
                if getattr(stack.command(i), "serial", None) == command.serial
            ),
            None,
        )
        self._replaying = True
        try:
            if position is not None and not forward and position == stack.index():
                stack.redo()
            elif position is not None and forward and position == stack.index() - 1:
                stack.undo()
            else:
                # Other undos ran after the failed one: the stack no longer matches the database.
                stack.clear()
        finally:
            self._replaying = False

    @staticmethod
    def _field_labels(kind: str) -> dict[str, str]:
        from kztracker.services.record_kinds import field_label, spec_for

        return {field.name: field_label(kind, field.name) for field in spec_for(kind).fields}

    @staticmethod
    def _describe(kind: str) -> Any:
        from kztracker.services.record_kinds import spec_for

        dates = {field.name for field in spec_for(kind).fields if field.type == "date"}

        def describe(name: str, value: Any) -> str:
            if name in dates and value:
                return format_date(value)
            if isinstance(value, list):
                return ", ".join(str(item) for item in value)
            return "" if value is None else str(value)

        return describe
