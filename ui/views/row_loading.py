"""How a record view's rows come in from the database, and stay current.

One `RowLoading` per view runs its pipeline, every read on a worker:

1. the milestones' first page: on their first load, the first FIRST_PAGE rows in the order
   the table is sorted by, read by SQL (kztracker.first_read, through sqlite3 on a SQLite
   file, before SQLAlchemy loads; issue 18);
2. every row, with the filter boxes' choices, ordered by the sorted column on the worker;
3. once those rows are painted, what searching and sorting need beyond them: the rows'
   search keys (a milestone row carries none: making them was a sixth of the read), then the
   search index and every other column's sort keys (`prepared`);
4. after a change (`apply_changes`), only the milestones it touched, put in place; the other
   kinds, small, reload whole.

The view hands it the model and the table, and a `show` callback that puts the full rows on
screen (with what the user had selected and scrolled to); it emits `first_rows_shown`,
`loaded` and `prepared`, which the view passes on as its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kztracker.services.changes import Changes
from kztracker.services.first_page_order import FIRST_PAGE_FIELDS
from ui.views.sort_order import by_id

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from kztracker.db import Database
    from kztracker.services.filter_choices import Choices
    from ui.operations import Operations
    from ui.views.record_view import RecordTable
    from ui.views.table_model import RecordTableModel

# The rows are read on workers (Operations.read), which import the read path (SQLAlchemy Core
# and the services' tables) there: the window is built and shown before it loads, and the
# milestones' first page of a SQLite file is read without it (kztracker.first_read, issue 18).

log = logging.getLogger(__name__)
_ID = itemgetter(0)

# Rows shown at once on the milestones' first load, before all 100,000 are in: a few screens.
FIRST_PAGE = 300


class LoadedRows(NamedTuple):
    """Every row of a view as read on a worker, ready for the model's `set_rows`."""

    rows: list[Any]  # by id
    in_order: list[Any]  # in the order the table was sorted by when the read started
    ranks: Any  # that column's sort keys
    choices: Choices | None  # what the filter boxes offer, for a view that has them
    order: Any  # (column, direction) the rows are in


class RowLoading(QObject):
    """The loading pipeline of one record view (the module's docstring tells its steps)."""

    # The first page is in the model; `loaded` follows when every row is in.
    first_rows_shown = Signal()
    loaded = Signal()
    # The search index and every column's sort keys are in (`_prepare`), after `loaded`.
    prepared = Signal()

    def __init__(
        self,
        view: QWidget,
        kind: str,
        operations: Operations,
        model: RecordTableModel,
        table: RecordTable,
        show: Callable[[LoadedRows, bool], None],
        *,
        with_choices: bool,
    ) -> None:
        """`show(loaded, first_load)` puts every row on screen; `with_choices` reads the
        filter boxes' choices with them."""
        super().__init__(view)
        self._view = view
        self._kind = kind
        self._operations = operations
        self._model = model
        self._table = table
        self._show = show
        self._with_choices = with_choices
        self._loading = False
        self._stale = True
        self._has_loaded = False
        # A `_prepare` is running; another is asked for (the rows changed meanwhile).
        self._preparing = False
        self._prepare_again = False

    @property
    def has_loaded(self) -> bool:
        """Every row has come in at least once."""
        return self._has_loaded

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def stale(self) -> bool:
        """The rows shown may be out of date: the next `ensure_loaded` reads them again."""
        return self._stale

    def mark_stale(self) -> None:
        """The data changed: reload now if the view is shown, else the next time it is."""
        self._stale = True
        if self._view.isVisible():
            self.reload()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def apply_changes(self, changes: Any) -> None:
        """What a service changed (`Operations.changed`). A milestones view that has its rows
        reads only the rows the change touched (`touched_milestones`: the milestones changed,
        or those naming a changed memorandum, partner, person or focus area) and puts them in
        place (`update_rows`); the other views, small, reload as `mark_stale` does."""
        if not self._refreshes_in_place(changes):
            self.mark_stale()
            return

        def fresh(connection: Connection) -> tuple[list[Any], set[int]] | None:
            from kztracker.services.browse import milestone_rows
            from kztracker.services.touched_rows import touched_milestones

            ids = touched_milestones(connection, changes)
            if ids is None:
                return None
            rows = milestone_rows(connection, ids=ids) if ids else []
            return rows, set(ids) - {row.id for row in rows}  # those gone

        def arrived(result: tuple[list[Any], set[int]] | None) -> None:
            if result is None or self._loading or self._stale:
                self.mark_stale()  # a reload says it all (and brings these rows too)
            else:
                self._model.update_rows(*result)
                self._prepare()

        self._operations.read(fresh, arrived, on_failure=self._failed, parent=self._view)

    def _refreshes_in_place(self, changes: Any) -> bool:
        return (
            self._kind == "milestone"
            and isinstance(changes, Changes)
            and self._has_loaded
            and not self._loading
            and not self._stale
        )

    def reload(self) -> None:
        if self._loading:
            self._stale = True  # reload again once this load is in
            return
        self._loading = True
        self._stale = False
        if self._shows_first_page():
            order = self._model.sort_order()
            field = self._model.columns[order[0]].field
            descending = order[1] == Qt.SortOrder.DescendingOrder

            def first(database: Database) -> tuple[list[Any] | None, Any]:
                from kztracker.first_read import first_milestones

                return first_milestones(database, field, descending, FIRST_PAGE), order

            self._operations.read_database(
                first, self._first_page, on_failure=self._failed, parent=self._view
            )
            return
        self._load_all()

    def _shows_first_page(self) -> bool:
        """On the milestones' first load, in whatever order the user left them sorted, a first
        page read by SQL goes ahead of the 100,000 rows (the other kinds are small enough
        to come in whole)."""
        column = self._model.sort_order()[0]
        return (
            self._kind == "milestone"
            and not self._has_loaded
            and self._model.total_count() == 0
            and 0 <= column
            and self._model.columns[column].field in FIRST_PAGE_FIELDS
        )

    def _first_page(self, result: tuple[list[Any] | None, Any]) -> None:
        rows, order = result
        if rows is not None and not self._has_loaded:
            # Search typed meanwhile applies to these rows now, and to all when they land.
            self._model.set_rows(rows, sorted_by=order, in_order=rows)
            self.first_rows_shown.emit()
        self._load_all()

    def _load_all(self) -> None:
        kind = self._kind
        wants_choices = self._with_choices
        # Sorting 100,000 rows takes a tenth of a second: done here, off the UI thread, with
        # the sorted column's keys (kept by the model; the others' follow in `_prepare`).
        order, load = self._model.sort_order(), self._model.loader()

        def ordered(rows: list[Any], choices: Choices | None) -> LoadedRows:
            in_order, ranks = load(rows)
            return LoadedRows(rows, in_order, ranks, choices, order)

        def work(connection: Connection) -> LoadedRows:
            from kztracker.services.browse import browse_rows
            from kztracker.services.filter_choices import filter_choices

            rows = by_id(browse_rows(connection, kind))
            return ordered(rows, filter_choices(connection) if wants_choices else None)

        def plain(database: Database) -> LoadedRows:
            # A SQLite file's milestones through sqlite3, as their first page came: the rows
            # never wait for SQLAlchemy's import (issue 18). A server reads through Core.
            from kztracker.first_read import every_milestone

            read = every_milestone(database, wants_choices)
            if read is None:
                with database.engine.connect() as connection:
                    return work(connection)
            return ordered(*read)

        if kind == "milestone":
            self._operations.read_database(
                plain, self._loaded, on_failure=self._failed, parent=self._view
            )
        else:
            self._operations.read(work, self._loaded, on_failure=self._failed, parent=self._view)

    def _loaded(self, result: LoadedRows) -> None:
        self._loading = False
        first_load = not self._has_loaded
        self._has_loaded = True
        self._show(result, first_load)
        self.loaded.emit()
        if self._stale:
            self.reload()
        else:
            self._prepare_once_painted()

    def _prepare_once_painted(self) -> None:
        """`_prepare` once the loaded rows are on screen: its worker imports numpy, whose
        shared libraries load holding the interpreter's lock, and would otherwise hold up the
        paint of every row by up to a tenth of a second (issue 18). The model's reset asks for
        that paint; a hidden view paints nothing, so it starts at once, and a window that shows
        but does not paint (minimized) starts a second later."""
        table = self._table
        if not table.isVisible():
            self._prepare()
            return
        waiting = [True]

        def painted() -> None:
            if waiting:
                waiting.clear()
                table.painted.disconnect(painted)
                self._prepare()

        table.painted.connect(painted)
        QTimer.singleShot(1000, self, painted)

    def _prepare(self) -> None:
        """What searching and sorting the rows need beyond them, made on workers once they
        are shown: first their search keys (a second for a million milestones; a search typed
        before they are in makes them itself), then the other columns' sort keys, so a sort by
        any column finds them ready, and the index of the search keys, so a keystroke reads a
        few posting lists instead of every key (until it is in, a search reads the keys, as
        before). Edits in a row make one more after the running one, not one each."""
        if self._preparing:
            self._prepare_again = True
            return
        self._preparing = True
        model = self._model
        rows = model.base_rows()
        known = model.search_keys(rows)
        if known is not None:
            self._index(rows, known)
            return

        def work(_ticket: Any) -> list[str]:
            from kztracker.services.search import row_keys

            return row_keys(rows)

        def arrived(keys: list[str]) -> None:
            model.set_search_keys(rows, keys)
            self._index(rows, keys)

        self._operations.long_task(work, arrived, on_failure=self._not_prepared, parent=self._view)

    def _index(self, rows: list[Any], keys: list[str]) -> None:
        """The second step of `_prepare`: the search index of `keys` (`rows`' search keys) and
        the sort keys the model does not have yet."""
        model = self._model
        in_order = model.ordered_rows()
        rank, place = model.ranker(model.unranked()), model.placer()

        def work(_ticket: Any) -> tuple[dict[int, list[Any]], dict[int, Any], Any, Any]:
            from kztracker.services.search_index import SearchIndex  # numpy, not at start

            index = SearchIndex(keys, list(map(_ID, rows)))
            positions = None if in_order is rows else index.positions(in_order)
            ranks = rank(rows)
            return ranks, place(ranks), index, positions

        def arrived(result: tuple[dict[int, list[Any]], dict[int, Any], Any, Any]) -> None:
            ranks, places, index, positions = result
            model.add_ranks(rows, ranks, places)
            model.set_index(rows, index, in_order, positions)
            self._prepared()
            if model.is_prepared():
                self.prepared.emit()

        self._operations.long_task(work, arrived, on_failure=self._not_prepared, parent=self._view)

    def _not_prepared(self, error: BaseException) -> None:
        log.warning("no search index: %s", error)  # searches read every key, as before
        self._prepared()

    def _prepared(self) -> None:
        self._preparing = False
        if self._prepare_again:
            self._prepare_again = False
            self._prepare()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._operations.report_failure(error, self._view)
