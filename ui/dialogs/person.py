"""The person dialog: who they are, where they work, how to reach them."""

from __future__ import annotations

from ui.dialogs.fields import AliasesEditor, NotesEditor, TextEditor
from ui.dialogs.form import RecordDialog, tr
from ui.dialogs.pickers import RecordPicker


class PersonDialog(RecordDialog):
    kind = "person"

    def build(self) -> None:
        self.add_field("name", tr("Full &name:"), TextEditor(self))
        self.add_field("title", tr("Posi&tion:"), TextEditor(self, tr("e.g. Minister of Health")))
        self.add_field("organization_id", tr("&Organization:"), RecordPicker("organization", self))
        self.add_field("email", tr("E&mail:"), TextEditor(self))
        self.add_field("phone", tr("&Phone:"), TextEditor(self))
        self.add_field("aliases", tr("&Also known as:"), AliasesEditor(self))
        self.add_field("notes", tr("Not&es:"), NotesEditor(self))

    def titles(self) -> tuple[str, str]:
        return tr("New person"), tr("Person — {name}")
