"""The filters above a record table: status, related records (typed with completion), due dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kztracker.services.filter_choices import Choices
from kztracker.services.search import NO_FILTERS, OPEN, OVERDUE, Filters
from kztracker.vocabulary import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from ui.labels import status_label


def tr(text: str) -> str:
    return QCoreApplication.translate("FilterBar", text)


# The "any" item's data. Not None: PySide6 6.12 on Python 3.11 drops a reference to None each
# time an empty QVariant comes back to Python (currentData() of such an item), and enough of
# those crash the interpreter ("deallocating None").
_ANY = ""


class ChoiceBox(QComboBox):
    """Pick one record by typing part of its name; the first item means "any"."""

    value_changed = Signal()

    def __init__(self, any_text: str, parent: QWidget | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        self._any_text = any_text
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(any_text)
        self.setToolTip(any_text)
        self.addItem(any_text, _ANY)
        completer, line = self.completer(), self.lineEdit()
        if completer is not None and line is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line.setPlaceholderText(any_text)
            line.editingFinished.connect(self._settle)
        self.view().setMinimumWidth(360)
        self.currentIndexChanged.connect(self._index_changed)

    def _index_changed(self, _index: int) -> None:
        self._show_start()
        self.value_changed.emit()

    def _show_start(self) -> None:
        """A long name wider than the box shows its beginning, not its end."""
        line = self.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)

    def set_choices(self, pairs: Sequence[tuple[Any, str]]) -> None:
        """Replace the items, keeping the chosen one if it is still there."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any_text, _ANY)
        for value, label in pairs:
            self.addItem(label, value)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self._show_start()
        if current is not None and index < 0:
            self.value_changed.emit()

    def value(self) -> Any:
        data = self.currentData()
        return None if data == _ANY else data

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)

    def _settle(self) -> None:
        """Typed text that names no item falls back to the chosen one (or "any" when cleared)."""
        text = self.currentText().strip()
        if not text:
            self.setCurrentIndex(0)
            return
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))


def _month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def due_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a due-date preset covers, or None for "any time" and a custom range."""
    if preset == "next30":
        return today, today + dt.timedelta(days=30)
    if preset in ("this_month", "next_month"):
        first = _month_start(today, 0 if preset == "this_month" else 1)
        return first, _month_start(first, 1) - dt.timedelta(days=1)
    if preset in ("this_year", "next_year"):
        year = today.year + (0 if preset == "this_year" else 1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if preset == "past":
        return dt.date(1900, 1, 1), today - dt.timedelta(days=1)
    return None


class FilterBar(QWidget):
    """The filters one kind offers; `changed` fires with the new `Filters` value."""

    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        # Two rows for the milestones' six filters, so a narrow window (a laptop at 125%
        # scaling is 1,024 pixels wide) still shows every one of them.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        per_row = 4
        self.status = ChoiceBox(tr("Any status"), self, editable=False)
        statuses = MILESTONE_STATUSES if kind == "milestone" else MEMORANDUM_STATUSES
        extra = [(OPEN, tr("Open (planned or in progress)")), (OVERDUE, status_label(OVERDUE))]
        self.status.set_choices(
            [(status, status_label(status)) for status in statuses]
            + (extra if kind == "milestone" else [])
        )
        milestones = kind == "milestone"
        self.memorandum = ChoiceBox(tr("Any memorandum"), self) if milestones else None
        self.partner = ChoiceBox(tr("Any partner"), self)
        self.focus_area = ChoiceBox(tr("Any focus area"), self)
        self.responsible = ChoiceBox(tr("Anyone responsible"), self) if milestones else None
        self.due = ChoiceBox(tr("Due any time"), self, editable=False) if milestones else None
        # Only milestones have due dates; the edits exist (hidden) so `filters` reads simply.
        self.due_from = QDateEdit(self)
        self.due_to = QDateEdit(self)
        self.due_from.setVisible(False)
        self.due_to.setVisible(False)
        boxes = [self.status, self.memorandum, self.partner, self.focus_area, self.responsible]
        self.boxes = [box for box in boxes if box is not None]
        for n, box in enumerate(self.boxes):
            layout.addWidget(box, n // per_row, n % per_row)
            box.value_changed.connect(self.changed)
        slot = len(self.boxes)
        if self.due is not None:
            self.due.set_choices(
                [
                    ("past", tr("Due before today")),
                    ("next30", tr("Due in the next 30 days")),
                    ("this_month", tr("Due this month")),
                    ("next_month", tr("Due next month")),
                    ("this_year", tr("Due this year")),
                    ("next_year", tr("Due next year")),
                    ("custom", tr("Due between…")),
                ]
            )
            layout.addWidget(self.due, slot // per_row, slot % per_row)
            slot += 1
            dates = QHBoxLayout()
            dates.setSpacing(6)
            self.due.value_changed.connect(self._due_preset_changed)
            today = QDate.currentDate()
            for edit, start, name in (
                (self.due_from, today, tr("Due from")),
                (self.due_to, today.addMonths(1), tr("Due until")),
            ):
                edit.setCalendarPopup(True)
                edit.setDate(start)
                edit.setDisplayFormat("d MMM yyyy")
                edit.setAccessibleName(name)
                edit.setToolTip(name)
                edit.setVisible(False)
                edit.dateChanged.connect(self.changed)
                dates.addWidget(edit)
            layout.addLayout(dates, slot // per_row, slot % per_row)
            slot += 1
        self.clear_button = QPushButton(tr("Clear filters"), self)
        self.clear_button.setToolTip(tr("Show every record again"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(
            self.clear_button, slot // per_row, slot % per_row, Qt.AlignmentFlag.AlignLeft
        )
        for column in range(per_row):
            layout.setColumnStretch(column, 1)
        self.changed.connect(self._update_clear_button)
        self._update_clear_button()

    def focus_chain(self) -> list[QWidget]:
        """The filter widgets in the order Tab visits them."""
        chain: list[QWidget] = list(self.boxes)
        if self.due is not None:
            chain += [self.due, self.due_from, self.due_to]
        return [*chain, self.clear_button]

    def set_choices(self, choices: Choices) -> None:
        if self.memorandum is not None:
            self.memorandum.set_choices(choices.memoranda)
        self.partner.set_choices(choices.partners)
        self.focus_area.set_choices(choices.focus_areas)
        if self.responsible is not None:
            self.responsible.set_choices(choices.people)

    def filters(self, today: dt.date | None = None) -> Filters:
        due_from = due_to = None
        preset = self.due.value() if self.due is not None else None
        if preset == "custom":
            due_from = self.due_from.date().toString(Qt.DateFormat.ISODate)
            due_to = self.due_to.date().toString(Qt.DateFormat.ISODate)
        elif preset is not None:
            bounds = due_range(preset, today or dt.date.today())
            if bounds is not None:
                due_from, due_to = bounds[0].isoformat(), bounds[1].isoformat()
        return Filters(
            status=self.status.value(),
            memorandum_id=self.memorandum.value() if self.memorandum is not None else None,
            organization_id=self.partner.value(),
            focus_area_id=self.focus_area.value(),
            responsible_id=self.responsible.value() if self.responsible is not None else None,
            due_from=due_from,
            due_to=due_to,
        )

    def set_filters(self, filters: Filters) -> None:
        """Show `filters` (due dates as a custom range); emits `changed` once."""
        self.blockSignals(True)
        self.status.set_value(filters.status)
        if self.memorandum is not None:
            self.memorandum.set_value(filters.memorandum_id)
        self.partner.set_value(filters.organization_id)
        self.focus_area.set_value(filters.focus_area_id)
        if self.responsible is not None:
            self.responsible.set_value(filters.responsible_id)
        if self.due is not None:
            custom = filters.due_from is not None or filters.due_to is not None
            self.due.set_value("custom" if custom else None)
            if filters.due_from:
                self.due_from.setDate(QDate.fromString(filters.due_from, Qt.DateFormat.ISODate))
            if filters.due_to:
                self.due_to.setDate(QDate.fromString(filters.due_to, Qt.DateFormat.ISODate))
            self._show_custom_dates()
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_filters(NO_FILTERS)

    def _due_preset_changed(self) -> None:
        self._show_custom_dates()
        self.changed.emit()

    def _show_custom_dates(self) -> None:
        custom = self.due is not None and self.due.value() == "custom"
        self.due_from.setVisible(custom)
        self.due_to.setVisible(custom)

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(not self.filters().is_empty())
