"""A record view: search box, filters, a sortable table of one kind, and its actions.

Rows come in through the view's `RowLoading` (ui/views/row_loading.py: read off the UI thread,
a first page of milestones ahead of every row, the search index after them, touched rows after
a change) and are searched, filtered and sorted inside the model. The view asks; the window
decides what editing, deleting or opening means, by connecting the view's signals to the
editor and the detail pane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kztracker.services.search import NO_FILTERS, Filters
from ui.labels import kind_label
from ui.operations import Operations
from ui.views.cell_delegate import CellDelegate
from ui.views.column_layout import ColumnLayout
from ui.views.columns import COLUMNS
from ui.views.empty_state import EmptyState
from ui.views.filter_bar import FilterBar
from ui.views.row_loading import LoadedRows, RowLoading
from ui.views.table_model import RecordTableModel

# Kinds the user edits; sources are only read (they come in through imports).
EDITABLE = ("memorandum", "organization", "person", "focus_area", "milestone")
# Which browse-row facet pre-fills a quick milestone from a selected record.
_PREFILL = {
    "memorandum": "memorandum_id",
    "organization": "organization_ids",
    "focus_area": "focus_area_id",
    "person": "responsible_id",
}


def _noop(text: str) -> str:
    """Marks a source text for translation tools; translated where it is shown."""
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordView", text)


_SEARCH_HINTS = {
    "milestone": _noop("Search milestones: title, notes, memorandum, partner, person…"),
    "memorandum": _noop("Search memoranda: title, summary, parties, focus areas…"),
    "organization": _noop("Search partners: name, short name, other names, notes…"),
    "person": _noop("Search people: name, other names, position, organization…"),
    "focus_area": _noop("Search focus areas: name, description…"),
    "source": _noop("Search sources: title, outlet, address…"),
}


class RecordTable(QTableView):
    """The table: Enter or a double-click asks to edit the current row, Delete to delete it."""

    edit_requested = Signal()
    delete_requested = Signal()
    # A paint of the table's rows has ended (the view starts its after-load work then).
    painted = Signal()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and self.currentIndex().isValid():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class RecordView(QWidget):
    """The table of one record kind with its search box and filters."""

    selected = Signal(str, int)
    open_requested = Signal(str, int)
    edit_requested = Signal(str, int)
    delete_requested = Signal(str, int)
    new_requested = Signal(str)
    quick_milestone_requested = Signal(dict)
    # (rows shown, rows in total)
    counts_changed = Signal(int, int)
    # The first rows are on screen; `loaded` follows when every row is in.
    first_rows_shown = Signal()
    loaded = Signal()
    # The search index and every column's sort keys are in (RowLoading), after `loaded`.
    prepared = Signal()

    def __init__(self, kind: str, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.operations = operations
        self.setObjectName(f"view_{kind}")
        self.model = RecordTableModel(kind, self)
        # A record asked for (`select_record`) before the rows were in.
        self._pending_select: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr(_SEARCH_HINTS[kind]))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search"))
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setToolTip(tr("Export the rows shown to an Excel workbook"))
        self.export_button.clicked.connect(self.export_shown)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)

        self.filter_bar = FilterBar(kind, self) if kind in ("milestone", "memorandum") else None

        self.table = RecordTable(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Qt's header clips a long title at both ends ("аправлени"); "Направл…" reads, and its
        # tooltip gives the whole title.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        self.columns = ColumnLayout(kind, self.table, self)
        self.empty_state = EmptyState(kind, self.table, self.filter_bar)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(_default_sort(kind), Qt.SortOrder.AscendingOrder)
        self.row_loading = RowLoading(
            self,
            kind,
            operations,
            self.model,
            self.table,
            self._show_rows,
            with_choices=self.filter_bar is not None,
        )
        self.row_loading.first_rows_shown.connect(self.first_rows_shown)
        self.row_loading.loaded.connect(self.loaded)
        self.row_loading.prepared.connect(self.prepared)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        # Search, then the filters in reading order, then the table, then Export.
        chain: list[QWidget] = [self.search]
        if self.filter_bar is not None:
            chain += self.filter_bar.focus_chain()
        chain += [self.table, self.export_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        # A zero-delay timer coalesces keystrokes that arrive while a search runs.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_table)
        if self.filter_bar is not None:
            self.filter_bar.changed.connect(self.apply_search)
        self.model.counts_changed.connect(self.counts_changed)
        self.model.counts_changed.connect(self._show_empty_state)
        self.row_loading.loaded.connect(
            lambda: self._show_empty_state(self.model.rowCount(), self.model.total_count())
        )
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self._request(self.edit_requested))
        self.table.edit_requested.connect(lambda: self._request(self.edit_requested))
        self.table.delete_requested.connect(lambda: self._request(self.delete_requested))
        self.table.customContextMenuRequested.connect(self._context_menu)

    # -- loading (the pipeline is ui/views/row_loading.py) -------------------------------------

    def mark_stale(self) -> None:
        """The data changed: reload now if shown, else the next time it is shown."""
        self.row_loading.mark_stale()

    def apply_changes(self, changes: Any) -> None:
        """What a service changed (`Operations.changed`): the touched milestones in place, or
        a reload (`RowLoading.apply_changes`)."""
        self.row_loading.apply_changes(changes)

    def ensure_loaded(self) -> None:
        self.row_loading.ensure_loaded()

    def reload(self) -> None:
        self.row_loading.reload()

    @property
    def has_loaded(self) -> bool:
        return self.row_loading.has_loaded

    def _show_rows(self, loaded: LoadedRows, first_load: bool) -> None:
        """Every row is in: the filter boxes' choices, the rows, and the row the user had
        selected (or asked for) and the place they had scrolled to."""
        kept = self.current_id()
        if loaded.choices is not None and self.filter_bar is not None:
            self.filter_bar.blockSignals(True)
            self.filter_bar.set_choices(loaded.choices)
            self.filter_bar.blockSignals(False)
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(
            loaded.rows,
            sorted_by=loaded.order,
            in_order=loaded.in_order,
            ranks=loaded.ranks,
            ids_ascending=True,
        )
        wanted, self._pending_select = self._pending_select, None
        if wanted is not None:
            self.select_record(wanted)  # asked for by open_record: may clear the search
        elif kept is not None:
            self._select_row(self.model.row_of(kept))  # stays selected if still shown
        if first_load and wanted is None:
            # The first page's rows lead the full set: whoever scrolled through them stays put.
            self.table.verticalScrollBar().setValue(scrolled)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.columns.first_show()
        self.ensure_loaded()

    # -- search and filters --------------------------------------------------------------------

    def apply_search(self) -> None:
        self._search_timer.stop()
        filters = self.filter_bar.filters() if self.filter_bar is not None else NO_FILTERS
        kept = self.current_id()
        self.model.set_search(self.search.text(), filters)
        if kept is not None:
            self._select_row(self.model.row_of(kept))

    def set_filters(self, filters: Filters) -> None:
        if self.filter_bar is not None:
            self.filter_bar.set_filters(filters)

    def clear_search(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.filter_bar is not None:
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.blockSignals(False)
        self.apply_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self._search_timer.isActive():
            self.apply_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self._select_row(0)

    # -- selection -----------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def select_record(self, record_id: int) -> bool:
        """Select the row of `record_id`, clearing the search if it hides it.

        Before the first load the wish is kept and honoured when the rows arrive.
        """
        if not self.row_loading.has_loaded or self.row_loading.loading:
            self._pending_select = record_id
            if not self.row_loading.loading:
                self.reload()
            return False
        row = self.model.row_of(record_id)
        if row is None and self.model.contains(record_id):
            self.clear_search()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int | None) -> None:
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _show_empty_state(self, shown: int, total: int) -> None:
        # Before every row is in, no rows means "not read yet", not "none".
        if self.has_loaded:
            self.empty_state.show_counts(shown, total)

    def _after_reset(self) -> None:
        self.table.selectionModel().clearSelection()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is not None:
            self.selected.emit(self.kind, record_id)

    def _request(self, signal: Any) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        if signal is self.edit_requested and self.kind not in EDITABLE:
            self.open_requested.emit(self.kind, record_id)
            return
        if signal is self.delete_requested and self.kind not in EDITABLE:
            return
        signal.emit(self.kind, record_id)

    # -- context menu --------------------------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = self.build_context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        record_id = self.current_id()
        has_row = record_id is not None
        editable = self.kind in EDITABLE

        def add(text: str, slot: Any, enabled: bool = True, shortcut: Any = None) -> QAction:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            return action

        add(tr("Open"), lambda: self._request(self.open_requested), has_row)
        if editable:
            add(
                tr("Edit…"),
                lambda: self._request(self.edit_requested),
                has_row,
                Qt.Key.Key_Return,
            )
            add(
                tr("Delete…"),
                lambda: self._request(self.delete_requested),
                has_row,
                QKeySequence.StandardKey.Delete,
            )
            menu.addSeparator()
            add(
                tr("New {kind}…").format(kind=kind_label(self.kind).lower()),
                lambda: self.new_requested.emit(self.kind),
            )
        add(tr("New milestone here…"), self._quick_milestone_here, has_row or not editable)
        menu.addSeparator()
        add(tr("Export the rows shown…"), self.export_shown, self.model.rowCount() > 0)
        return menu

    def milestone_prefill(self) -> dict[str, Any]:
        """What a quick milestone takes from the selected record (nothing if none fits)."""
        index = self.table.currentIndex()
        field = _PREFILL.get(self.kind)
        if not index.isValid() or field is None:
            if self.kind == "milestone" and index.isValid():
                row = self.model.row_data(index.row())
                return {"memorandum_id": row.memorandum_id} if row.memorandum_id else {}
            return {}
        record_id = self.model.record_id(index.row())
        return {field: [record_id] if field.endswith("_ids") else record_id}

    def _quick_milestone_here(self) -> None:
        self.quick_milestone_requested.emit(self.milestone_prefill())

    # -- export --------------------------------------------------------------------------------

    def scope_label(self) -> str:
        parts = [kind_label(self.kind, plural=True)]
        if self.search.text().strip():
            parts.append(tr("search “{text}”").format(text=self.search.text().strip()))
        if self.filter_bar is not None and not self.filter_bar.filters().is_empty():
            parts.append(tr("filtered"))
        return " — ".join(parts)

    def export_shown(self) -> None:
        from kztracker.exporting.scope import ExportScope
        from ui.export_action import export_to_excel

        scope = ExportScope(kind=self.kind, ids=self.model.shown_ids(), label=self.scope_label())
        export_to_excel(self, self.operations, scope)


def _default_sort(kind: str) -> int:
    """Milestones by due date, the rest by name."""
    fields = [column.field for column in COLUMNS[kind]]
    return fields.index("due") if kind == "milestone" else 0
