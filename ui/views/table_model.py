"""A table model over browse rows that searches, filters and sorts inside itself.

No QSortFilterProxyModel: on 100,000 rows it calls Python per row per column and sorts in
seconds (PERFORMANCE.md). Here a search is a `RowSearch` (row_search.py: the rows' search keys,
their index, recent results) plus a model reset, and a sort is `list.sort` plus `layoutChanged`.
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

from kztracker.services.browse_rows import ROW_TYPES
from kztracker.services.search import NO_FILTERS, Filters, refines
from ui.labels import status_colour
from ui.views.columns import COLUMNS, FORMATTERS
from ui.views.row_search import RowSearch
from ui.views.sort_order import (
    by_id,
    column_keys,
    order_by_places,
    order_of,
    ordered,
    places_of,
    ranks_of,
)

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# The roles `data` answers (the others, asked of every cell in a repaint, get None at once).
_ROLES = frozenset(
    int(role)
    for role in (_DISPLAY, ID_ROLE, _FOREGROUND, _FONT, _TOOLTIP, Qt.ItemDataRole.TextAlignmentRole)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Cells this long get their full text as a tooltip.
_LONG = 40


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


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
            column_keys(column, formatter)
            for column, formatter in zip(self.columns, self._formatters, strict=True)
        ]
        self._status = fields.index("status") if "status" in fields else None
        self._overdue = fields.index("overdue") if "overdue" in fields else None
        # Every row in id order, what each sort starts from; `_all` is them in the table's
        # order and `_shown` those of them the search and filters keep.
        self._base: list[Any] = []
        # Per column, each row's sort key, aligned with `_base` (sort_order.ranks_of).
        self._ranks: dict[int, list[Any]] = {}
        # Per column, each row's place among the distinct keys (sort_order.places_of), made
        # on a worker once the rows are shown: a sort of every row then sorts integers.
        self._places: dict[int, Any] = {}
        self._all: list[Any] = []
        self._shown: list[Any] = []
        self._query = ""
        self._filters = NO_FILTERS
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._in_order = False
        # The rows' search keys, their index and the last results (row_search.py).
        self._search = RowSearch()
        # Dates and labels repeat across many rows: each distinct value is formatted once.
        self._texts: dict[tuple[int, Any], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what is shown -------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[Any],
        sorted_by: tuple[int, Any] | None = None,
        in_order: list[Any] | None = None,
        ranks: dict[int, list[Any]] | None = None,
        ids_ascending: bool = False,
    ) -> None:
        """All rows after a (re)load; the current search, filters and sort still apply.

        `in_order` is the same rows already sorted (off the UI thread, with `loader()`) in
        `sorted_by`, a `sort_order()`; when that is still the model's, they are not sorted again.
        `ranks`, from `ranker()` on the same rows in id order, saves each later sort making them.
        `ids_ascending` says `rows` are in id order already (sorting a million again on the UI
        thread takes a fifth of a second).
        """
        self._base = list(rows) if ids_ascending else by_id(rows)
        self._ranks = dict(ranks or {})
        self._places = {}
        self._texts.clear()
        self._search.reset(self._base)
        if self._sort_column < 0:
            self._all = self._base
        elif in_order is not None and sorted_by == self.sort_order():
            self._all = list(in_order)
            self._search.reorder(self._all)
        else:
            self._all = self._ordered()
        self._in_order = self._sort_column >= 0
        self._apply()

    def sort_order(self) -> tuple[int, Any]:
        return self._sort_column, self._sort_order

    def sorter(self) -> Callable[[list[Any]], list[Any]]:
        """The rows (in id order) in the current order, as a new list; safe on a worker."""
        column, order = self._sort_column, self._sort_order
        if column < 0:
            return list
        field = self._fields[column]
        key = self._keys[column]
        reverse = order == Qt.SortOrder.DescendingOrder
        counts = self.columns[column].show == "count"
        return lambda rows: ordered(rows, ranks_of(rows, field, key), reverse, counts)

    def ranker(
        self, columns: Collection[int] | None = None
    ) -> Callable[[list[Any]], dict[int, list[Any]]]:
        """Each column's (or each of `columns`') sort key of each row (rows in id order), for
        `set_rows` or `add_ranks`; run on a worker, so that no sort makes 100,000 keys on the
        UI thread."""
        wanted = range(len(self.columns)) if columns is None else columns
        fields = [(column, self._fields[column], self._keys[column]) for column in wanted]

        def rank(rows: list[Any]) -> dict[int, list[Any]]:
            return {column: ranks_of(rows, field, keys) for column, field, keys in fields}

        return rank

    def loader(self) -> Callable[[list[Any]], tuple[list[Any], dict[int, list[Any]]]]:
        """The rows (in id order) in the current order, with the sort keys of the sorted
        column alone: what a load needs before it shows its rows. The other columns' keys
        (100,000 titles take a quarter of a load) follow with `add_ranks`."""
        column, order = self._sort_column, self._sort_order
        if column < 0:
            return lambda rows: (list(rows), {})
        rank = self.ranker([column])
        reverse = order == Qt.SortOrder.DescendingOrder
        counts = self.columns[column].show == "count"

        def load(rows: list[Any]) -> tuple[list[Any], dict[int, list[Any]]]:
            ranks = rank(rows)
            return ordered(rows, ranks[column], reverse, counts), ranks

        return load

    def base_rows(self) -> list[Any]:
        """Every row, in id order (what `ranker` and `add_ranks` take)."""
        return self._base

    def unranked(self) -> list[int]:
        """The columns whose sort keys the rows do not have yet."""
        return [column for column in range(len(self.columns)) if column not in self._ranks]

    def placer(self) -> Callable[[dict[int, list[Any]]], dict[int, Any]]:
        """Each column's places (sort_order.places_of) from the sort keys `ranker()` made and
        those the rows have already, for `add_ranks`; run on a worker (it loads numpy)."""
        known = dict(self._ranks)

        def place(ranks: dict[int, list[Any]]) -> dict[int, Any]:
            every = {**known, **ranks}
            made = {column: places_of(keys) for column, keys in every.items()}
            return {column: places for column, places in made.items() if places is not None}

        return place

    def add_ranks(
        self,
        rows: list[Any],
        ranks: dict[int, list[Any]],
        places: dict[int, Any] | None = None,
    ) -> None:
        """Sort keys (and places, `placer`) made on a worker for `rows`, kept if they are
        still the model's rows."""
        if rows is self._base:
            self._ranks.update(ranks)
            self._places.update(places or {})

    def is_prepared(self) -> bool:
        """True once the rows have their search index and every column's sort keys."""
        return self._search.has_index() and not self.unranked()

    def search_keys(self, rows: list[Any]) -> list[str] | None:
        """The search keys of `rows` (`base_rows`), if the model has them yet."""
        return self._search.keys(rows)

    def set_search_keys(self, rows: list[Any], keys: list[str]) -> None:
        """The search keys of `rows` (`base_rows`, search.row_keys), made on a worker; kept
        if they are still the model's rows. Until then a search makes them."""
        self._search.set_keys(rows, keys)

    def set_index(
        self, rows: list[Any], index: Any, ordered_rows: Any = None, positions: Any = None
    ) -> None:
        """A `SearchIndex` built on a worker for `rows` (`base_rows`), used by every later
        search while they are still the model's rows; until then a search reads every key.
        `positions` are `ordered_rows`' (`ordered_rows()`) in the index, if still in order."""
        self._search.set_index(rows, index, ordered_rows, positions)

    def ordered_rows(self) -> list[Any]:
        """Every row, in the table's order (before search and filters)."""
        return self._all

    def _ordered(self) -> list[Any]:
        """Every row in the current order, from the ranks kept for the rows in id order."""
        column = self._sort_column
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = self._ranks[column] = ranks_of(
                self._base, self._fields[column], self._keys[column]
            )
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        places = self._places.get(column)
        if places is not None and len(places) == len(self._base):
            order = order_by_places(places, reverse)
        else:
            order = order_of(ranks, reverse, self.columns[column].show == "count")
        rows = list(map(self._base.__getitem__, order))
        self._search.reorder(rows, order)
        return rows

    def set_search(self, query: str, filters: Filters = NO_FILTERS) -> None:
        if filters != self._filters:
            self._search.forget_results()
        narrower = filters == self._filters and refines(self._query, query)
        previous = self._query
        self._query, self._filters = query, filters
        self._apply(previous if narrower else None)

    def _apply(self, previous: str | None = None) -> None:
        """Show the rows that the search and filters keep; `previous` is the query whose
        result is shown, when the new one narrows it."""
        self.beginResetModel()
        self._shown = self._search.find(self._query, self._filters, previous)
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

        def in_order() -> None:
            shown_all = self._shown is self._all
            self._all = self._ordered()
            if not shown_all:
                self._shown = self.sorter()(by_id(self._shown))
                self._search.show(self._shown)
            else:
                self._shown = self._all
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
            for row in self._base:
                if row[0] in gone:
                    continue
                kept.append(fresh.pop(row[0], row))
            kept.extend(fresh.values())  # records created since the load
            old, self._base = self._base, by_id(kept)
            self._ranks = {}  # made again, for the new rows, by the next sort
            self._places = {}  # and by the view's next `prepare`
            # The index too; the other rows keep their search keys.
            self._search.reset(self._base, self._search.keys_after(self._base, old, list(rows)))
            self._all = self._ordered() if self._sort_column >= 0 else self._base
            self._shown = self._search.find(self._query, self._filters)

        self._relayout(updated)
        self.counts_changed.emit(len(self._shown), len(self._all))

    def _relayout(self, change: Callable[[], None]) -> None:
        """Run `change` on the rows as a layout change: selected rows follow their records."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index, self.record_id(index.row())) for index in persistent]
        change()
        if kept:
            # A few records to find among 100,000 rows: list.index scans in C.
            ids = list(map(itemgetter(0), self._shown))
            rows: dict[int, int] = {}
            for wanted in {record_id for _, record_id in kept if record_id is not None}:
                try:
                    rows[wanted] = ids.index(wanted)
                except ValueError:
                    pass  # filtered out now
            for index, record_id in kept:
                new_row = rows.get(record_id) if record_id is not None else None
                self.changePersistentIndex(
                    index,
                    QModelIndex() if new_row is None else self.index(new_row, index.column()),
                )
        self.layoutChanged.emit()

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
            return _RIGHT
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A repaint asks every visible cell for a dozen roles, most of them none of ours:
        # those are answered before any other work.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column)
        if role == ID_ROLE:
            return row[0]
        if role == _FOREGROUND:
            return self._foreground(row, column)
        if role == _FONT:
            return self._font(row, column)
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        return _RIGHT if self.columns[column].show == "count" else None  # the text alignment

    def cell_look(self, row: int, column: int) -> tuple[str, Any, QFont | None, bool]:
        """What `data` answers for a cell's paint, in one call (cell_delegate.py): its text,
        colour (a QColor, or None for the palette's), font (None for the table's) and whether
        it is aligned right."""
        shown = self._shown[row]
        return (
            self._text(shown, column),
            self._foreground(shown, column),
            self._font(shown, column),
            self.columns[column].show == "count",
        )

    def _foreground(self, row: Any, column: int) -> Any:
        spec = self.columns[column]
        if spec.show == "status":
            late = self._is_overdue(row)
            return status_colour("overdue" if late else row[self._fields[column]])
        if spec.field == "due" and self._is_overdue(row):
            return status_colour("overdue")
        return None

    def _font(self, row: Any, column: int) -> QFont | None:
        return self._bold if self.columns[column].field == "due" and self._is_overdue(row) else None

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
