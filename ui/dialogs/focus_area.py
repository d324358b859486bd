"""The focus area dialog: a theme of cooperation, possibly inside a broader one."""

from __future__ import annotations

from ui.dialogs.fields import NotesEditor, TextEditor
from ui.dialogs.form import RecordDialog, tr
from ui.dialogs.pickers import RecordPicker


class FocusAreaDialog(RecordDialog):
    kind = "focus_area"

    def build(self) -> None:
        self.add_field("name", tr("&Name:"), TextEditor(self))
        self.add_field("parent_id", tr("&Part of:"), RecordPicker("focus_area", self))
        self.add_field("description", tr("&Description:"), NotesEditor(self))

    def titles(self) -> tuple[str, str]:
        return tr("New focus area"), tr("Focus area — {name}")
