"""The announcement's publication date in the import review, and re-reading dates against it.

"Yesterday", "next year" and "this autumn" resolve against the publication date, so when the
user corrects that date the dialog extracts and matches the same text again with the date
preset (extraction keeps a preset `published_on`), and then lays the user's edits over the new
proposals: a proposal found again (same kind, same place in the text) keeps every field and
decision the user changed and takes everything else (dates, statuses, matches) from the new
reading; a proposal the user changed that is not found again is kept as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from ui.import_fields import date_hint, read_date
from ui.import_proposals import GROUPS, label_of

# What the user changed, by (id of the draft item, attribute); "match" stands for the decision
# (link, create, skip, merge, the record chosen).
Touched = set[tuple[int, str]]


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


class PublishedRow(QWidget):
    """The "Published on" row above the review; `changed(PartialDate | None)` when the user
    commits another date."""

    changed = Signal(object)

    def __init__(self, published_on: PartialDate | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = published_on
        self.edit = QLineEdit(published_on.entered() if published_on else "")
        self.edit.setPlaceholderText(date_hint())
        # Wide enough for its hint in any language, and no wider: a date is short.
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance(date_hint()) + 24)
        self.edit.setToolTip(
            tr("Relative dates in the text (yesterday, next year) are read against this date")
        )
        self.edit.editingFinished.connect(self.commit)
        label = QLabel(tr("Published on"))
        label.setBuddy(self.edit)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note, 1)

    def commit(self) -> bool:
        """Take the date on screen; False (and a warning) when it cannot be read."""
        text = " ".join(self.edit.text().split())
        try:
            value = read_date(text)
        except ValueError as error:
            QMessageBox.warning(self, tr("Review import"), str(error))
            return False
        if value != self.value:
            self.value = value
            self.changed.emit(value)
        return True


def _place(kind: str, item: Any) -> tuple[str, Any]:
    """Where a proposal came from: its first span, else its name."""
    if item.spans:
        return kind, item.spans[0].start
    return kind, " ".join(label_of(item).split()).casefold()


def carry_over(old: Draft, new: Draft, touched: Touched) -> tuple[Touched, int]:
    """Lay the user's edits of `old` over the re-read `new` (in place). Returns what is touched
    in `new` and how many proposals the new reading changed beyond the user's edits."""
    moved: Touched = set()
    refreshed = 0
    for kind, attribute in GROUPS:
        previous = {_place(kind, item): item for item in getattr(old, attribute)}
        merged = []
        for item in getattr(new, attribute):
            before = previous.pop(_place(kind, item), None)
            if before is not None:
                refreshed += _differs(before, item, touched)
                for field in [f for i, f in touched if i == id(before)]:
                    setattr(item, field, getattr(before, field))
                    moved.add((id(item), field))
            merged.append(item)
        for before in previous.values():
            if any(i == id(before) for i, _f in touched):
                merged.append(before)  # the user's own work stays, found again or not
                moved |= {(i, f) for i, f in touched if i == id(before)}
        setattr(new, attribute, merged)
    return moved, refreshed


def _differs(before: Any, after: Any, touched: Touched) -> int:
    """1 when the new reading changes a field the user left alone (a date, a status)."""
    for field in ("date", "signed_on", "status"):
        if (id(before), field) in touched or not hasattr(before, field):
            continue
        if getattr(before, field) != getattr(after, field):
            return 1
    return 0
