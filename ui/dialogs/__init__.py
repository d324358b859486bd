"""One editor dialog per record kind, plus the delete confirmation and the conflict dialog."""

from __future__ import annotations

from ui.dialogs.focus_area import FocusAreaDialog
from ui.dialogs.form import RecordDialog
from ui.dialogs.memorandum import MemorandumDialog
from ui.dialogs.milestone import MilestoneDialog
from ui.dialogs.partner import PartnerDialog
from ui.dialogs.person import PersonDialog
from ui.dialogs.quick_milestone import QuickMilestoneDialog

DIALOGS: dict[str, type[RecordDialog]] = {
    dialog.kind: dialog
    for dialog in (MemorandumDialog, PartnerDialog, PersonDialog, FocusAreaDialog, MilestoneDialog)
}


def dialog_class(kind: str) -> type[RecordDialog]:
    try:
        return DIALOGS[kind]
    except KeyError:
        raise ValueError(f"no editor dialog for record kind {kind!r}") from None


__all__ = ["DIALOGS", "QuickMilestoneDialog", "RecordDialog", "dialog_class"]
