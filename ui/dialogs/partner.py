"""The partner dialog: an organization, the names it goes by and where it belongs."""

from __future__ import annotations

from kztracker.models import ORGANIZATION_KINDS
from ui.dialogs.fields import AliasesEditor, ChoiceEditor, NotesEditor, TextEditor
from ui.dialogs.form import RecordDialog, tr
from ui.dialogs.pickers import RecordPicker
from ui.labels import organization_kind_label


class PartnerDialog(RecordDialog):
    kind = "organization"

    def build(self) -> None:
        self.add_field("name", tr("&Name:"), TextEditor(self))
        self.add_field("short_name", tr("Short na&me:"), TextEditor(self))
        self.add_field(
            "kind", tr("&Kind:"), ChoiceEditor(ORGANIZATION_KINDS, organization_kind_label, self)
        )
        self.add_field("country", tr("&Country:"), TextEditor(self))
        self.add_field("parent_id", tr("&Part of:"), RecordPicker("organization", self))
        self.add_field("aliases", tr("&Also known as:"), AliasesEditor(self))
        self.add_field("notes", tr("N&otes:"), NotesEditor(self))

    def titles(self) -> tuple[str, str]:
        return tr("New partner"), tr("Partner — {name}")
