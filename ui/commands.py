"""The base of every step on the window's undo stack (ui.editing's edits, an applied
announcement import, an applied edited export): a change already made once, whose undo and
redo are service calls the Editor replays off the UI thread (Editor.replay)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kztracker.services.changes import Changes
    from ui.editing import Editor

LABEL_LENGTH = 48


def short(label: str) -> str:
    """A record's name cut to fit an Undo menu entry."""
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + "…"


class Command(QUndoCommand):
    """A change already made once; undo and redo replay it through the Editor.

    Pushed only after its first run succeeded, so the push's own redo() does nothing.
    Subclasses give `apply`: the change forward (redo) or back (undo), in the session of
    one transaction, `overwrite` when the user chose to write over a colleague's newer save."""

    _serials = itertools.count()

    def __init__(self, editor: Editor, text: str, kind: str, record_id: int) -> None:
        super().__init__(text)
        self.editor = editor
        self.kind = kind
        self.record_id = record_id
        self.serial = next(self._serials)
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # the save itself was the first run
            return
        self.editor.replay(self, forward=True)

    def undo(self) -> None:
        self.editor.replay(self, forward=False)

    def apply(self, session: Session, forward: bool, overwrite: bool) -> Changes:
        raise NotImplementedError
