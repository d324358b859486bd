"""Taking an import back from the window: Edit > Undo after Apply, or "Remove this import".

Both run `kztracker.services.import_undo.remove_import` through `Operations.change`, so the
removal is one transaction, recorded in the history, broadcast once. The undo command sits on
the editor's stack like any edit: Redo applies the same reviewed draft again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from kztracker.importing.draft import Draft
from kztracker.services.changes import Changes
from ui.commands import Command, short
from ui.editing import Editor
from ui.operations import Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportUndo", text)


class ImportCommand(Command):
    """An applied import: undo removes it whole, redo applies the reviewed draft again."""

    def __init__(self, editor: Editor, draft: Draft, source_id: int, title: str) -> None:
        super().__init__(
            editor, tr("Import “{title}”").format(title=short(title)), "source", source_id
        )
        self.draft = draft

    def apply(self, session: Session, forward: bool, overwrite: bool) -> Changes:
        from kztracker.services.import_undo import remove_import
        from kztracker.services.importing import apply

        if forward:
            result = apply(session, self.draft)
            self.record_id = result.source_id  # a new source: later undos remove that one
            return result  # type: ignore[return-value]  # quacks like Changes
        return remove_import(session, self.record_id)  # type: ignore[return-value]


def push_import(window: QWidget | None, draft: Draft, result: Any) -> None:
    """Put an applied import on the window's undo stack (a window without one: nothing)."""
    editor = getattr(window, "editor", None)
    if isinstance(editor, Editor):
        command = ImportCommand(editor, draft, result.source_id, result.source_title)
        editor.undo_stack.push(command)


def remove_import_asking(parent: QWidget | None, operations: Operations, source_id: int) -> None:
    """Say what removing the import will take back, and do it if the user agrees."""

    def contents(session: Session) -> Any:
        from kztracker.services.import_undo import import_contents

        return import_contents(session, source_id)

    def ask(found: Any) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Remove this import"))
        box.setText(tr("Remove the import “{title}”?").format(title=found.source_title))
        box.setInformativeText(
            tr(
                "The source and the {created} records it created are deleted; the links and "
                "{aliases} aliases it added to {linked} existing records are removed. What "
                "was changed since stays. The history keeps all of it."
            ).format(
                created=len(found.created), aliases=len(found.aliases), linked=len(found.linked)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        if yes is not None:
            yes.setText(tr("Remove"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if _undo_if_last(parent, source_id):
            return

        def work(session: Session) -> Any:
            from kztracker.services.import_undo import remove_import

            return remove_import(session, source_id)

        operations.change(work, lambda removal: tell_what_stayed(parent, removal), parent=parent)

    operations.query(contents, ask, parent=parent)


def _undo_if_last(window: QWidget | None, source_id: int) -> bool:
    """The import is the last thing the undo stack would undo: undo it there, so the stack
    and the database keep telling the same story (Redo can bring it back)."""
    editor = getattr(window, "editor", None)
    if not isinstance(editor, Editor):
        return False
    stack = editor.undo_stack
    last = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(last, ImportCommand) and last.record_id == source_id:
        stack.undo()
        return True
    return False


def tell_what_stayed(parent: QWidget | None, removal: Any) -> None:
    """After a removal: the records and fields it left because of later work, if any."""
    stayed = [*removal.kept, *removal.left]
    if not stayed:
        return
    QMessageBox.information(
        parent,
        tr("Import removed"),
        tr("The import is removed. Kept because they were used or changed since:")
        + "\n\n"
        + "\n".join(f"• {item.label}" for item in stayed),
    )
