"""Milestones in one step: Mark done and Change selected milestones, in the Edit menu, the
Milestones table's context menu and on their own shortcuts.

The Milestones table lets several rows be selected; both actions work on the selection (or
the current row) and go through the Editor, so each is one step on the undo stack.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QListView,
    QMenu,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from kztracker.services.details import RecordDetail
    from ui.main_window import MainWindow
    from ui.views.record_view import RecordView


def tr(text: str) -> str:
    return QCoreApplication.translate("MilestoneActions", text)


MARK_DONE_KEYS = "Ctrl+D"
CHANGE_SELECTED_KEYS = "Ctrl+Shift+E"


def selected_ids(view: RecordView) -> list[int]:
    """The selected rows' records in table order, else the current row's."""
    rows = sorted(index.row() for index in view.table.selectionModel().selectedRows())
    ids = [view.model.record_id(row) for row in rows]
    found = [record_id for record_id in ids if record_id is not None]
    if not found and view.current_id() is not None:
        found = [view.current_id()]  # type: ignore[list-item]
    return found


def _layout_of(widget: QWidget | None) -> QBoxLayout | None:
    layout = widget.layout() if widget is not None else None
    return layout if isinstance(layout, QBoxLayout) else None


def _is_done(detail: RecordDetail) -> bool:
    """Whether the milestone shown is Done already (its status as the detail shows it)."""
    from kztracker.services.details import readable_choice

    shown = {
        name: value for label, value in detail.fields if (name := detail.field_names.get(label))
    }
    return shown.get("status") == readable_choice("done")


class MilestoneActions:
    """The two actions and where they appear; made once per window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view = window.views["milestone"]
        self.mark_done = self._action(
            tr("Mark &done"),
            self.mark_selected_done,
            MARK_DONE_KEYS,
            tr("Set the selected milestones to Done, completed today"),
        )
        self.change_selected = self._action(
            tr("C&hange selected milestones…"),
            self.change_selected_milestones,
            CHANGE_SELECTED_KEYS,
            tr("Set the status, responsible person, due date or memorandum of all selected"),
        )
        self.view.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The view's own menu, with these two added, and a right-click on a row that is
        # already selected keeps the selection (the view's own would select that row alone).
        self.view.table.customContextMenuRequested.disconnect()
        self.view.table.customContextMenuRequested.connect(self._context_menu)
        self._add_to_edit_menu()
        self.view.table.selectionModel().selectionChanged.connect(self.update)
        self.view.model.modelReset.connect(self.update)
        window.navigation.currentRowChanged.connect(self.update)
        # After the window's own slot, which makes the dashboard the first time it is shown.
        window.navigation.currentRowChanged.connect(
            lambda _row: QTimer.singleShot(0, self._attach_to_dashboard)
        )
        self._dashboard_lists: list[QListView] = []
        self.detail_button = self._detail_button()
        self.update()

    def _action(self, text: str, slot: object, keys: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({action.shortcut().toString()})")
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _add_to_edit_menu(self) -> None:
        delete = self.window.window_actions.delete
        for menu in delete.associatedObjects():
            if isinstance(menu, QMenu):
                after = menu.actions()[menu.actions().index(delete) + 1 :]
                before = after[0] if after else None
                menu.insertActions(before, [self.mark_done, self.change_selected])  # type: ignore[arg-type]
                return

    def update(self, *_args: object) -> None:
        shown = self.window.current_page() == "milestone"
        usable = shown and not self.window.read_only and bool(selected_ids(self.view))
        self.mark_done.setEnabled(usable)
        self.change_selected.setEnabled(usable)

    # -- the detail pane and the dashboard ------------------------------------------------------

    def _detail_button(self) -> QPushButton:
        """A Mark done button under a milestone's title in the detail pane."""
        detail = self.window.detail
        button = QPushButton(tr("Mark done"), detail)
        button.setObjectName("detailMarkDone")
        button.setToolTip(tr("Set this milestone to Done, completed today"))
        button.hide()
        layout = _layout_of(detail.title.parentWidget())
        if layout is not None:
            at = layout.indexOf(detail.title) + 1
            layout.insertWidget(at, button, 0, Qt.AlignmentFlag.AlignLeft)
        button.clicked.connect(self._mark_shown_done)
        detail.shown.connect(self._detail_shown)
        return button

    def _detail_shown(self, kind: str, _record_id: int) -> None:
        detail = self.window.detail.detail
        usable = kind == "milestone" and not self.window.read_only
        self.detail_button.setVisible(usable and not (detail is not None and _is_done(detail)))

    def _mark_shown_done(self) -> None:
        current = self.window.detail.current()
        if current is not None and current[0] == "milestone":
            self.window.editor.mark_done([current[1]])

    def _attach_to_dashboard(self, *_args: object) -> None:
        """The overdue and due-soon lists get a Mark done button in their card's header and
        in their context menu, once the dashboard has been made (it is made when first shown)."""
        if "ui.dashboard" not in sys.modules:
            return  # no dashboard made yet; importing it here would cost a start 90 ms
        from ui.dashboard import DashboardView

        dashboard = self.window.findChild(DashboardView)
        if dashboard is None or self._dashboard_lists or self.window.read_only:
            return
        for listing in (dashboard.overdue, dashboard.due_soon):
            self._dashboard_lists.append(listing)
            button = QPushButton(tr("Mark done"), listing.parentWidget())
            button.setObjectName("dueMarkDone")
            button.setToolTip(tr("Set the selected milestone to Done, completed today"))
            button.setEnabled(False)
            card = _layout_of(listing.parentWidget())
            first = card.itemAt(0) if card is not None else None
            header = first.layout() if first is not None else None
            if isinstance(header, QBoxLayout):
                header.insertWidget(header.count() - 1, button)
            button.clicked.connect(
                lambda _c=False, listing=listing: self._mark_listed_done(listing)
            )
            listing.selectionModel().currentChanged.connect(
                lambda _current, _previous, listing=listing, button=button: button.setEnabled(
                    self._listed_milestone(listing) is not None
                )
            )
            listing.model().modelReset.connect(lambda button=button: button.setEnabled(False))
            listing.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            listing.customContextMenuRequested.connect(
                lambda position, listing=listing: self._list_menu(listing, position)
            )

    def _listed_milestone(self, listing: QListView) -> int | None:
        from ui.due_list import DueItemModel

        index = listing.currentIndex()
        if not index.isValid():
            return None
        kind, record_id = index.data(DueItemModel.KeyRole)
        return int(record_id) if kind == "milestone" else None

    def _mark_listed_done(self, listing: QListView) -> None:
        record_id = self._listed_milestone(listing)
        if record_id is not None:
            self.window.editor.mark_done([record_id])

    def _list_menu(self, listing: QListView, position: QPoint) -> None:
        index = listing.indexAt(position)
        if not index.isValid():
            return
        listing.setCurrentIndex(index)
        if self._listed_milestone(listing) is None:
            return  # a memorandum whose validity ends: nothing to mark done
        menu = QMenu(listing)
        menu.addAction(tr("Mark done"), lambda: self._mark_listed_done(listing))
        menu.exec(listing.viewport().mapToGlobal(position))

    def _context_menu(self, position: QPoint) -> None:
        table = self.view.table
        index = table.indexAt(position)
        if index.isValid() and not table.selectionModel().isSelected(index):
            table.setCurrentIndex(index)
        menu = self.view.build_context_menu()
        first = menu.actions()[1] if len(menu.actions()) > 1 else None
        menu.insertActions(first, [self.mark_done, self.change_selected])  # type: ignore[arg-type]
        self.update()
        menu.exec(table.viewport().mapToGlobal(position))

    def mark_selected_done(self) -> None:
        ids = selected_ids(self.view)
        if ids and not self.window.read_only:
            self.window.editor.mark_done(ids)

    def change_selected_milestones(self) -> None:
        ids = selected_ids(self.view)
        if not ids or self.window.read_only:
            return
        # Imported on first use: the dialogs (and the model classes they read) are no part of
        # the window's first paint (issue 18).
        from ui.dialogs.bulk_change import BulkChangeDialog

        dialog = BulkChangeDialog(self.window.operations, len(ids), self.window)
        dialog.finished.connect(dialog.deleteLater)

        def chosen(result: int) -> None:
            values = dialog.values()
            if result == QDialog.DialogCode.Accepted and values:
                self.window.editor.change_many("milestone", ids, values)

        dialog.finished.connect(chosen)
        dialog.open()
        self.last_dialog = dialog
