"""A table model over browse rows that searches, filters and sorts inside itself.

No QSortFilterProxyModel: on 100,000 rows it calls Python per row per column and sorts in
seconds (PERFORMANCE.md). Here a search is a list comprehension over pre-folded keys plus a
model reset, and a sort is `list.sort` plus `layoutChanged`. While the user types on, each
keystroke filters the previous result instead of every row (`browse.refines`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from kztracker.services.browse import ROW_TYPES, filter_in_any_script
from kztracker.services.search import NO_FILTERS, Filters, refines, search_terms
from kztracker.sort_keys import key_of
from ui.labels import status_colour
from ui.views.columns import COLUMNS, FORMATTERS, Column

Index = QModelIndex | QPersistentModelIndex
_ID = itemgetter(0)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ORDER = {status: n for n, status in enumerate(MILESTONE_STATUSES + MEMORANDUM_STATUSES)}
# How many recent search results are kept for when the user deletes characters.
_RECENT = 32
# Cells this long get their full text as a tooltip.
_LONG = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


def _value_key(column: Column, formatter: Callable[[Any], str]) -> Callable[[Any], Any]:
    """What a filled cell of `column` sorts by: dates as ISO text, counts as numbers, statuses
    in their listed order, everything else by the natural key of the text it shows (made once
    per distinct value: names repeat across many rows)."""
    if column.show in ("date", "count"):
        return lambda value: value
    if column.show == "status":
        return lambda value: _STATUS_ORDER.get(value, 99)
    cache: dict[str, str] = {}
    if column.show == "text":
        return lambda value: key_of(cache, value)
    return lambda value: key_of(cache, formatter(value))


def _sort_rows(
    rows: list[Any], field: int, key: Callable[[Any], Any], reverse: bool, counts: bool
) -> None:
    """Sort in place: filled cells by key, ties by id, both in the chosen direction; empty
    cells (None or "") last in either direction, by id. The same order as
    kztracker.services.first_page, so a first page read from SQL is the table's true head.

    Counts are never empty (0 is a value), so they skip the split.
    """
    # By id first, then (stable) by key: ties keep the id order, with no tuple made per row.
    rows.sort(key=_ID, reverse=reverse)
    if counts:
        rows.sort(key=lambda row: key(row[field]), reverse=reverse)
        return
    filled = [row for row in rows if row[field]]
    if len(filled) == len(rows):
        rows.sort(key=lambda row: key(row[field]), reverse=reverse)
        return
    empty = [row for row in rows if not row[field]]
    filled.sort(key=lambda row: key(row[field]), reverse=reverse)
    rows[:] = filled + empty


class RecordTableModel(QAbstractTableModel):
    """Rows of one record kind; `set_search` and `sort` change what is shown and in what order."""

    # (rows shown, rows in total) after every load, search or filter change.
    counts_changed = Signal(int, int)

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS[kind]
        fields = ROW_TYPES[kind]._fields
        self._fields = [fields.index(column.field) for column in self.columns]
        self._formatters = [FORMATTERS[column.show] for column in self.columns]
        # Each column's sort key of a cell value, with the keys already made kept for the
        # model's life: a second sort, or a reload, makes none again.
        self._keys = [
            _value_key(column, formatter)
            for column, formatter in zip(self.columns, self._formatters, strict=True)
        ]
        self._status = fields.index("status") if "status" in fields else None
        self._overdue = fields.index("overdue") if "overdue" in fields else None
        self._all: list[Any] = []
        self._shown: list[Any] = []
        self._query = ""
        self._filters = NO_FILTERS
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._in_order = False
        # Results of the last searches under the current rows, filters and order.
        self._recent: dict[tuple[str, ...], list[Any]] = {}
        # Dates and labels repeat across many rows: each distinct value is formatted once.
        self._texts: dict[tuple[int, Any], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], sorted_by: tuple[int, Any] | None = None) -> None:
        """All rows after a (re)load; the current search, filters and sort still apply.

        `sorted_by` is the `sort_order()` the rows were already sorted in (off the UI thread,
        with `sorter()`); when it is still the model's, they are not sorted again.
        """
        self._all = list(rows)
        self._texts.clear()
        self._recent.clear()
        if self._sort_column >= 0 and sorted_by != self.sort_order():
            self._sort_list(self._all)
        self._in_order = self._sort_column >= 0
        self._apply(self._all)

    def sort_order(self) -> tuple[int, Any]:
        return self._sort_column, self._sort_order

    def sorter(self) -> Callable[[list[Any]], None]:
        """Sorts a list of rows in place in the current order; safe to run on a worker."""
        column, order = self._sort_column, self._sort_order
        if column < 0:
            return lambda rows: None
        field = self._fields[column]
        key = self._keys[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        counts = self.columns[column].show == "count"
        return lambda rows: _sort_rows(rows, field, key, reverse, counts)

    def set_search(self, query: str, filters: Filters = NO_FILTERS) -> None:
        if filters != self._filters:
            self._recent.clear()
        narrower = filters == self._filters and refines(self._query, query)
        self._query, self._filters = query, filters
        self._apply(self._shown if narrower else self._all)

    def _apply(self, base: list[Any]) -> None:
        self.beginResetModel()
        terms = search_terms(self._query)
        if not terms and self._filters.is_empty():
            self._shown = self._all
        elif terms in self._recent:
            # Deleting what was typed walks back through results already computed.
            self._shown = self._recent[terms]
        else:
            # A query typed in Cyrillic also finds names written in Latin, and back.
            self._shown = filter_in_any_script(base, self._query, self._filters)
            if len(self._recent) >= _RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[terms] = self._shown
        self.endResetModel()
        self.counts_changed.emit(len(self._shown), len(self._all))

    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> Filters:
        return self._filters

    def total_count(self) -> int:
        return len(self._all)

    def shown_ids(self) -> tuple[int, ...]:
        return tuple(row[0] for row in self._shown)

    def record_id(self, row: int) -> int | None:
        return self._shown[row][0] if 0 <= row < len(self._shown) else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing `record_id`, or None when it is filtered out or unknown."""
        return next((n for n, row in enumerate(self._shown) if row[0] == record_id), None)

    def contains(self, record_id: int) -> bool:
        return any(row[0] == record_id for row in self._all)

    def row_data(self, row: int) -> Any:
        return self._shown[row]

    # -- sorting -------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._in_order:
            # QTableView.sortByColumn asks twice (once itself, once through the header).
            return
        self._sort_column, self._sort_order = column, order
        self._recent.clear()

        def in_order() -> None:
            self._sort_list(self._all)
            if self._shown is not self._all:
                self._sort_list(self._shown)
            self._in_order = True

        self._relayout(in_order)

    def update_rows(self, rows: Sequence[Any], deleted: Collection[int] = ()) -> None:
        """Put fresh rows of records that changed in place of the old ones (new records join,
        `deleted` ids leave), in the current order, search and filters; the selection and the
        rest of the table stay as they are, with no reset and no reload of the other rows."""
        fresh = {row[0]: row for row in rows}
        gone = set(deleted) - fresh.keys()
        if not fresh and not gone:
            return

        def updated() -> None:
            kept: list[Any] = []
            for row in self._all:
                if row[0] in gone:
                    continue
                kept.append(fresh.pop(row[0], row))
            kept.extend(fresh.values())  # records created since the load
            if self._sort_column >= 0:
                self._sort_list(kept)
            self._all = kept
            self._recent.clear()
            terms = search_terms(self._query)
            if terms or not self._filters.is_empty():
                self._shown = filter_in_any_script(kept, self._query, self._filters)
            else:
                self._shown = kept

        self._relayout(updated)
        self.counts_changed.emit(len(self._shown), len(self._all))

    def _relayout(self, change: Callable[[], None]) -> None:
        """Run `change` on the rows as a layout change: selected rows follow their records."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self.record_id(index.row())) for index in persistent]
        change()
        if kept:
            wanted = {record_id for _, record_id in kept if record_id is not None}
            rows = {row[0]: n for n, row in enumerate(self._shown) if row[0] in wanted}
            for index, record_id in kept:
                new_row = rows.get(record_id) if record_id is not None else None
                self.changePersistentIndex(
                    index,
                    QModelIndex() if new_row is None else self.index(new_row, index.column()),
                )
        self.layoutChanged.emit()

    def _sort_list(self, rows: list[Any]) -> None:
        self.sorter()(rows)

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].show == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        spec = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if spec.show == "status":
                late = self._is_overdue(row)
                return status_colour("overdue" if late else row[self._fields[column]])
            if spec.field == "due" and self._is_overdue(row):
                return status_colour("overdue")
            return None
        if role == Qt.ItemDataRole.FontRole and spec.field == "due" and self._is_overdue(row):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.show == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _is_overdue(self, row: Any) -> bool:
        return self._overdue is not None and bool(row[self._overdue])

    def _text(self, row: Any, column: int) -> str:
        value = row[self._fields[column]]
        show = self.columns[column].show
        if show == "text":
            return "" if value is None else str(value)
        key = (column, value)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._formatters[column](value)
        if show == "status" and self._is_overdue(row):
            # Colour alone never carries the meaning: the word says it too.
            return tr("{status} · overdue").format(status=text)
        return text

    def _tooltip(self, row: Any, column: int) -> str | None:
        spec = self.columns[column]
        value = row[self._fields[column]]
        if spec.show == "date" and value:
            known = {1: tr("known to the year"), 2: tr("known to the month")}.get(
                str(value).count("-") + 1, ""
            )
            text = self._text(row, column)
            return f"{text} ({known})" if known else text
        text = self._text(row, column)
        return text if len(text) > _LONG else None
