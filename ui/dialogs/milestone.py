"""The milestone dialog: what is due, for which memorandum and partners, and how far it got."""

from __future__ import annotations

from kztracker.models import MILESTONE_STATUSES
from ui.dialogs.fields import ChoiceEditor, DateEditor, NotesEditor, TextEditor
from ui.dialogs.form import RecordDialog, tr
from ui.dialogs.pickers import LinkedRecords, RecordPicker
from ui.labels import status_label


class MilestoneDialog(RecordDialog):
    kind = "milestone"

    def build(self) -> None:
        self.add_field("title", tr("&Title:"), TextEditor(self), -1)
        self.add_field(
            "status", tr("Stat&us:"), ChoiceEditor(MILESTONE_STATUSES, status_label, self, True)
        )
        self.add_field("start_on", tr("St&art:"), DateEditor(self))
        self.add_field("due_on", tr("&Due:"), DateEditor(self))
        self.add_field("completed_on", tr("&Completed:"), DateEditor(self))
        self.add_field("responsible_id", tr("&Responsible:"), RecordPicker("person", self))
        self.add_field("notes", tr("&Notes:"), NotesEditor(self))
        self.add_field("memorandum_id", tr("&Memorandum:"), RecordPicker("memorandum", self), 1)
        self.add_field("focus_area_id", tr("&Focus area:"), RecordPicker("focus_area", self), 1)
        self.add_field(
            "organization_ids",
            tr("&Partners:"),
            LinkedRecords("organization", tr("Partner"), self),
            1,
        )

    def titles(self) -> tuple[str, str]:
        return tr("New milestone"), tr("Milestone — {name}")
