"""The memorandum dialog: the document, its parties with their roles, signatories and areas."""

from __future__ import annotations

from kztracker.models import MEMORANDUM_KINDS, MEMORANDUM_STATUSES, PARTY_ROLES
from ui.dialogs.fields import ChoiceEditor, DateEditor, NotesEditor, TextEditor
from ui.dialogs.form import RecordDialog, tr
from ui.dialogs.pickers import LinkedRecords, RecordPicker
from ui.labels import memorandum_kind_label, status_label


class MemorandumDialog(RecordDialog):
    kind = "memorandum"

    def build(self) -> None:
        self.add_field("title", tr("&Title:"), TextEditor(self), -1)
        self.add_field(
            "kind", tr("&Kind:"), ChoiceEditor(MEMORANDUM_KINDS, memorandum_kind_label, self)
        )
        self.add_field(
            "status", tr("Stat&us:"), ChoiceEditor(MEMORANDUM_STATUSES, status_label, self, True)
        )
        self.add_field("signed_on", tr("Signe&d on:"), DateEditor(self))
        self.add_field("valid_until", tr("&Valid until:"), DateEditor(self))
        self.add_field("responsible_id", tr("&Responsible:"), RecordPicker("person", self))
        self.add_field("summary", tr("Su&mmary:"), NotesEditor(self, lines=14))
        self.add_field(
            "party_ids",
            tr("&Parties:"),
            LinkedRecords("organization", tr("Partner"), self, roles=PARTY_ROLES),
            1,
        )
        self.add_field(
            "signatory_ids",
            tr("Si&gnatories:"),
            LinkedRecords("person", tr("Person"), self, rows=3),
            1,
        )
        self.add_field(
            "focus_area_ids",
            tr("&Focus areas:"),
            LinkedRecords("focus_area", tr("Focus area"), self, rows=3),
            1,
        )

    def titles(self) -> tuple[str, str]:
        return tr("New memorandum"), tr("Memorandum — {name}")
