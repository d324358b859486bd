"""Quick entry of a milestone from anywhere: the five things usually known on the spot.

Opened with the selected memorandum or partner prefilled; a memorandum brings its parties along
as the milestone's partners, since a memorandum's milestones are nearly always theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy.orm import Session

from kztracker.errors import RecordNotFound
from kztracker.models import MILESTONE_STATUSES
from kztracker.services import records
from ui.dialogs.fields import ChoiceEditor, DateEditor, TextEditor
from ui.dialogs.form import RecordDialog
from ui.dialogs.pickers import LinkedRecords, RecordPicker
from ui.labels import status_label


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("QuickMilestoneDialog", text, disambiguation, n)


class QuickMilestoneDialog(RecordDialog):
    kind = "milestone"

    # "All fields…": the values so far, to go on in the full milestone dialog.
    more_fields = Signal(object)

    def build(self) -> None:
        self.add_field("title", tr("&Title:"), TextEditor(self, tr("What happens or is due")))
        self.add_field("due_on", tr("&Due:"), DateEditor(self))
        self.add_field(
            "status", tr("Stat&us:"), ChoiceEditor(MILESTONE_STATUSES, status_label, self, True)
        )
        self.add_field("memorandum_id", tr("&Memorandum:"), RecordPicker("memorandum", self))
        self.add_field(
            "organization_ids", tr("&Partners:"), LinkedRecords("organization", tr("Partner"), self)
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        more = self.buttons.addButton(tr("All &fields…"), QDialogButtonBox.ButtonRole.ActionRole)
        more.setToolTip(tr("Continue in the full milestone form with what is typed so far"))
        more.setAutoDefault(False)
        more.clicked.connect(self._more_fields)

    def _more_fields(self) -> None:
        values = self.values()
        QDialog.reject(self)
        self.more_fields.emit(values)

    def prefill_values(self, session: Session) -> dict[str, Any]:
        values = dict(self.prefill)
        memorandum_id = values.get("memorandum_id")
        if memorandum_id is not None and not values.get("organization_ids"):
            try:
                memorandum = records.load_record(session, "memorandum", int(memorandum_id))
            except RecordNotFound:
                values.pop("memorandum_id")
            else:
                values["organization_ids"] = [p["organization_id"] for p in memorandum["party_ids"]]
        return values

    def titles(self) -> tuple[str, str]:
        return tr("Quick milestone"), tr("Milestone — {name}")
