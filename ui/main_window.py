"""The main window: navigation between the dashboard and one view per record kind.

The window owns the one `Operations` helper and the `Editor`, and wires the pieces together:
a view's selection shows the record in the detail pane, a double-click edits it, any link opens
its record (`open_record`). Views read through `Operations.query` and reload when
`Operations.changed` says data changed. Size, splitters, columns and the last view are
remembered between runs (ui/window_state.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from kztracker.db import Database
from ui.database_status import location_label, read_only_badge
from ui.detail_pane import DetailPane
from ui.editing import Editor
from ui.labels import format_count, kind_label
from ui.operations import Operations
from ui.views.record_view import EDITABLE, RecordView
from ui.window_actions import PAGES, build_actions, build_menus, build_toolbar, page_title
from ui.window_state import restore_window_state, save_window_state

_NAVIGATION_STYLE = """
QListWidget#navigation { background: palette(window); padding-top: 6px; outline: 0; }
QListWidget#navigation::item { padding: 7px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        # Fixed for the window's life: changes cannot be saved (see Database.read_only).
        self.read_only = database.read_only
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("kztracker"))
        self.setAcceptDrops(True)
        self.operations = Operations(database, self)
        self.editor = Editor(self.operations, self)

        self._build_pages()
        self._build_layout()
        self._build_status_bar()
        self._build_actions()
        self.navigation.currentRowChanged.connect(self._page_chosen)
        self.operations.changed.connect(self._data_changed)
        self.operations.busy.connect(self._set_busy)
        self.editor.open_record.connect(self.open_record)
        self._fit_to_screen(1400, 860)
        from ui.reminders import ReminderService

        # Started when the window first shows; stopped when it closes.
        self.reminders = ReminderService(self, self.operations)
        # The saved splitter waits for the window's first show, when it has its size.
        self._splitter_state = restore_window_state(self)
        from ui.window_fit import WindowFit

        # Short Undo/Redo labels, View > Detail pane, the new record selected (issue 15).
        self.window_fit = WindowFit(self)
        if self.read_only:
            self._show_read_only()

    # -- construction --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """The navigation list and the stack of pages: the dashboard, then one RecordView per
        record kind, in PAGES order."""
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(tr("Views"))
        self.navigation.setUniformItemSizes(True)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet(_NAVIGATION_STYLE)
        self.stack = QStackedWidget(self)
        self.views: dict[str, RecordView] = {}
        # The dashboard reads the whole database when made: made when first shown, so a
        # window that opens on another view does not wait for it.
        self._dashboard: QWidget | None = None
        self.stack.addWidget(QWidget(self.stack))
        for page in PAGES:
            item = QListWidgetItem(page_title(page), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, page)
            if page == "dashboard":
                continue
            view = RecordView(page, self.operations, self.stack)
            self.views[page] = view
            self.stack.addWidget(view)
            self._wire_view(view)
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 24)

    def _build_layout(self) -> None:
        """Navigation, page and detail pane side by side in one splitter."""
        self.detail = DetailPane(self.operations, self)
        self.detail.open_record.connect(self.open_record)
        self.detail.remove_import.connect(self.remove_import)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([160, 880, 360])
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        """The actions, menus and toolbar of ui/window_actions.py, then what other modules add
        to those menus (each module builds and updates its own actions)."""
        self.window_actions = build_actions(self)
        build_menus(self, self.window_actions)
        self.toolbar = build_toolbar(self, self.window_actions)
        from ui.milestone_actions import MilestoneActions

        self.milestone_actions = MilestoneActions(self)  # Mark done, Change selected (issue 15)
        from ui.search_keys import install_search_keys

        self.search_keys = install_search_keys(self.views.values())  # Down, Esc in the search box
        from ui.open_database import DatabaseActions

        # File > Open database…, Recent databases, Restore backup…; View > Deleted records…
        self.database_actions = DatabaseActions(self)
        from ui.user_guide import install_user_guide

        self.user_guide = install_user_guide(self)  # Help > User guide, F1

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The first size: as asked, or nine tenths of a smaller screen."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    @property
    def dashboard(self) -> QWidget:
        if self._dashboard is None:
            from ui.dashboard import DashboardView

            dashboard = DashboardView(self.operations, self.stack)
            dashboard.open_record.connect(self.open_record)
            placeholder = self.stack.widget(0)
            self.stack.insertWidget(0, dashboard)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._dashboard = dashboard
        return self._dashboard

    def _wire_view(self, view: RecordView) -> None:
        view.selected.connect(self._record_selected)
        view.open_requested.connect(self._show_details)
        view.edit_requested.connect(self.edit_record)
        view.delete_requested.connect(self.delete_record)
        view.new_requested.connect(self.new_record)
        view.quick_milestone_requested.connect(self._quick_milestone_with)
        view.counts_changed.connect(
            lambda shown, total, view=view: self._counts(view, shown, total)
        )
        view.table.selectionModel().currentRowChanged.connect(self._update_actions)
        view.model.modelReset.connect(self._update_actions)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.busy_indicator = QProgressBar(self)
        self.busy_indicator.setObjectName("busy")
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName(tr("Working"))
        self.busy_indicator.setVisible(False)
        bar.addPermanentWidget(self.busy_indicator)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(location_label(self.database, self))

    def _show_read_only(self) -> None:
        """Say so in the status bar and title, and turn off everything that would write."""
        self.statusBar().insertPermanentWidget(0, read_only_badge(self))
        for action in self.window_actions.writing():
            action.setEnabled(False)
        # The undo stack re-enables its own actions when it changes; a reader has nothing to undo.
        self.editor.undo_stack.setActive(False)

    def setWindowTitle(self, title: str) -> None:
        # Every title the window takes says it, whichever page set it.
        self._title = title
        if getattr(self, "read_only", False):
            title = tr("{title} (read-only)").format(title=title)
        super().setWindowTitle(title)

    def _writes_refused(self) -> bool:
        """True (and the user told) when an editing request comes to a read-only database."""
        if self.read_only:
            self.statusBar().showMessage(
                tr("This database is read-only here: nothing can be changed."), 8000
            )
        return self.read_only

    # -- navigation ----------------------------------------------------------------------------

    def current_page(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "dashboard"

    def current_view(self) -> RecordView | None:
        return self.views.get(self.current_page())

    def show_page(self, page: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(page) if page in PAGES else 0)

    def _page_chosen(self, row: int) -> None:
        page = PAGES[row] if 0 <= row < len(PAGES) else "dashboard"
        view = self.views.get(page)
        current = view if view is not None else self.dashboard
        self.stack.setCurrentWidget(current)
        # Only the page shown sets the window's minimum size (a stack takes the largest).
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if widget is None:
                continue
            shown = widget is current
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(policy, policy)
        self.detail.setVisible(view is not None)
        for name, action in self.window_actions.pages.items():
            action.setChecked(name == page)
        self.setWindowTitle(tr("{page} — kztracker").format(page=page_title(page)))
        if view is not None:
            view.ensure_loaded()
            self._counts(view, view.model.rowCount(), view.model.total_count())
            record_id = view.current_id()
            if record_id is not None:
                self.detail.show_record(page, record_id)
            else:
                self.detail.clear()
        else:
            self.count_label.clear()
        self._update_actions()

    def open_record(self, kind: str, record_id: int) -> None:
        """Switch to the view of `kind`, select the record and show it in the detail pane."""
        view = self.views.get(kind)
        if view is None:
            return
        self.show_page(kind)
        view.select_record(record_id)
        self._show_details(kind, record_id)

    def _show_details(self, kind: str, record_id: int) -> None:
        self.detail.setVisible(True)
        self.detail.show_record(kind, record_id)

    def _record_selected(self, kind: str, record_id: int) -> None:
        if self.current_page() == kind:
            self.detail.show_record(kind, record_id)

    def focus_search(self) -> None:
        view = self.current_view()
        if view is None:
            self.show_page("milestone")
            view = self.views["milestone"]
        view.focus_search()

    # -- record actions (the editor asks, validates and saves) ---------------------------------

    def new_record(self, kind: str | None) -> None:
        if self._writes_refused():
            return
        kind = kind or self.current_page()
        if kind not in EDITABLE:
            kind = "milestone"
        self.editor.new_record(kind)

    def edit_record(self, kind: str, record_id: int) -> None:
        if kind in EDITABLE and not self._writes_refused():
            self.editor.edit_record(kind, record_id)

    def delete_record(self, kind: str, record_id: int) -> None:
        if kind in EDITABLE and not self._writes_refused():
            self.editor.delete_record(kind, record_id)

    def edit_current(self) -> None:
        view = self.current_view()
        record_id = view.current_id() if view is not None else None
        if view is not None and record_id is not None:
            self.edit_record(view.kind, record_id)

    def delete_current(self) -> None:
        view = self.current_view()
        record_id = view.current_id() if view is not None else None
        if view is not None and record_id is not None:
            self.delete_record(view.kind, record_id)

    def quick_milestone(self) -> None:
        view = self.current_view()
        self._quick_milestone_with(view.milestone_prefill() if view is not None else {})

    def _quick_milestone_with(self, prefill: dict[str, Any]) -> None:
        if self._writes_refused():
            return
        self.editor.quick_milestone(prefill or None)

    def _update_actions(self, *_args: Any) -> None:
        view = self.current_view()
        has_record = view is not None and view.current_id() is not None
        editable = view is not None and view.kind in EDITABLE and not self.read_only
        self.window_actions.edit.setEnabled(has_record and editable)
        self.window_actions.delete.setEnabled(has_record and editable)

    # -- data ----------------------------------------------------------------------------------

    def _data_changed(self, changes: Any) -> None:
        # Every view shows names of related records, so any change may touch any view: each
        # view puts in place the rows it can, or reloads (hidden views when next shown).
        for view in self.views.values():
            view.apply_changes(changes)

    def _counts(self, view: RecordView, shown: int, total: int) -> None:
        if view is not self.current_view():
            return
        if not view.has_loaded:
            self.count_label.setText(tr("Loading…"))
            return
        name = kind_label(view.kind, plural=total != 1).lower()
        if shown == total:
            self.count_label.setText(
                tr("{total} {name}").format(total=format_count(total), name=name)
            )
        else:
            self.count_label.setText(
                tr("{shown} of {total} {name}").format(
                    shown=format_count(shown), total=format_count(total), name=name
                )
            )

    def _set_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)

    # -- file menu -----------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        from ui.file_folders import ANNOUNCEMENTS, remember_folder, start_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Import announcements"),
            start_folder(ANNOUNCEMENTS),
            tr("Announcements (*.txt *.html *.htm *.docx *.pdf);;All files (*)"),
        )
        if paths:
            remember_folder(ANNOUNCEMENTS, paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        from ui.import_action import import_files
        from ui.sheet_import import import_sheet, is_sheet

        if self._writes_refused():
            return
        # A spreadsheet goes through the column mapping first (issue 16).
        for path in filter(is_sheet, paths):
            import_sheet(self, self.operations, path)
        paths = [p for p in paths if not is_sheet(p)]
        if paths:
            import_files(self, self.operations, paths)

    def import_pasted_text(self) -> None:
        from ui.import_action import import_pasted_text

        if self._writes_refused():
            return
        import_pasted_text(self, self.operations)

    def remove_import(self, source_id: int) -> None:
        """Take back the import that brought this source (after saying what goes)."""
        from ui.import_undo import remove_import_asking

        remove_import_asking(self, self.operations, source_id)

    def export_all(self) -> None:
        from ui.export_action import export_to_excel

        export_to_excel(self, self.operations, None)

    def export_calendar(self) -> None:
        from ui.calendar_action import export_calendar

        export_calendar(self, self.operations)

    def my_milestones(self) -> None:
        from ui.reminders import show_my_milestones

        show_my_milestones(self)

    def backup(self) -> None:
        from ui.backup_action import save_backup

        save_backup(self, self.operations)

    def preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        if PreferencesDialog(self, self.operations).exec():
            self.reminders.check()  # who and how far ahead may have changed

    def about(self) -> None:
        from ui.about_box import show_about

        show_about(self)

    # -- drops ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- showing and closing -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._splitter_state is not None:
            self.splitter.restoreState(self._splitter_state)
            self._splitter_state = None
        elif not getattr(self, "_shared_out", False):
            self.window_fit.share_splitter()  # nothing saved: a first share for this width
        self._shared_out = True
        if not self.reminders.timer.isActive():
            self.reminders.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window_state(self)
        self.reminders.stop()
        self.operations.close()
        self.operations.wait()
        super().closeEvent(event)


def _local_files(urls: list[QUrl]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]
