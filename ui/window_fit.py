"""The window fits the screen it is on (issue 15, point 2).

- Undo and Redo keep short labels ("Undo", "Redo") so the toolbar never pushes Import and
  Export into its overflow menu; what they would undo is in their tooltip.
- View > Detail pane (F6) collapses the detail pane so the table gets the width; the choice
  is remembered.
- Without a saved layout, the detail pane starts at about a fifth of the window (240-380 px),
  and the columns give the title or name column a good share before the others (views/columns).
- A record saved as new is selected in its table and scrolled into view, once the table has
  its row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.preferences import settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DETAIL_SHOWN_KEY = "window/detail_pane"
DETAIL_KEYS = "F6"
# The detail pane's first width, in pixels: a fifth of the window within these bounds.
DETAIL_LEAST = 240
DETAIL_MOST = 380
# How long a new record's row is waited for (it arrives in one or two steps after a save).
_WAIT_MS = 10_000


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowFit", text)


class WindowFit:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._short_undo_labels()
        self.detail_action = QAction(tr("&Detail pane"), window)
        self.detail_action.setCheckable(True)
        self.detail_action.setShortcut(QKeySequence(DETAIL_KEYS))
        self.detail_action.setStatusTip(tr("Show or hide the details beside the table"))
        shown = str(settings().value(DETAIL_SHOWN_KEY, "true")).lower() != "false"
        self.detail_action.setChecked(shown)
        self.detail_action.toggled.connect(self.set_detail_shown)
        self._refit: set[str] = set()
        view_menu = next(
            (
                menu
                for menu in window.window_actions.pages["dashboard"].associatedObjects()
                if isinstance(menu, QMenu)
            ),
            None,
        )
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.detail_action)
        else:
            window.addAction(self.detail_action)
        # After the window's own page change, which shows the pane on every record view.
        window.navigation.currentRowChanged.connect(
            lambda _row: QTimer.singleShot(0, self._apply_detail)
        )
        window.detail.shown.connect(lambda _kind, _id: self._apply_detail())
        self._apply_detail()
        self._wanted: tuple[str, int] | None = None
        window.editor.record_created.connect(self.select_when_listed)
        for view in window.views.values():
            model = view.model
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._look_for_wanted)

    # -- toolbar -------------------------------------------------------------------------------

    def _short_undo_labels(self) -> None:
        actions = self.window.window_actions
        stack = self.window.editor.undo_stack

        def relabel(action: QAction, label: str, what: str, change: str) -> None:
            # Connected after the stack's own update of the action's text, so this one wins;
            # a stack cleared while the window is destroyed outlives its actions.
            if not shiboken6.isValid(action):
                return
            action.setText(label)
            action.setToolTip(what.format(change=change) if change else label.replace("&", ""))

        undo = (actions.undo, tr("&Undo"), tr("Undo: {change}"))
        redo = (actions.redo, tr("&Redo"), tr("Redo: {change}"))
        stack.undoTextChanged.connect(lambda text: relabel(*undo, text))
        stack.redoTextChanged.connect(lambda text: relabel(*redo, text))
        relabel(*undo, stack.undoText())
        relabel(*redo, stack.redoText())

    # -- detail pane ---------------------------------------------------------------------------

    def set_detail_shown(self, shown: bool) -> None:
        settings().setValue(DETAIL_SHOWN_KEY, shown)
        # Every view's columns were fitted with the pane as it was: each is fitted again when
        # it is next shown (the current one now), so the room goes to the title column first.
        self._refit = set(self.window.views)
        self._apply_detail()

    def _apply_detail(self) -> None:
        window = self.window
        view = window.current_view()
        window.detail.setVisible(view is not None and self.detail_action.isChecked())
        if view is not None and view.kind in self._refit:
            self._refit.discard(view.kind)
            QTimer.singleShot(0, view.columns.fit_to_view)

    def share_splitter(self) -> None:
        """The first share of the width when none was saved: a narrower detail pane on a small
        screen (about a fifth of the window), so the table and its title column get the room."""
        splitter = self.window.splitter
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 3 or total <= 0:
            return
        navigation = sizes[0]
        detail = max(DETAIL_LEAST, min(DETAIL_MOST, total // 5))
        splitter.setSizes([navigation, total - navigation - detail, detail])

    # -- the new record ------------------------------------------------------------------------

    def select_when_listed(self, kind: str, record_id: int) -> None:
        if self.window.current_page() != kind:
            return
        wanted = self._wanted = (kind, record_id)
        QTimer.singleShot(0, self._look_for_wanted)
        QTimer.singleShot(_WAIT_MS, lambda: self._give_up(wanted))

    def _give_up(self, wanted: tuple[str, int]) -> None:
        if self._wanted == wanted:
            self._wanted = None

    def _look_for_wanted(self, *_args: object) -> None:
        if self._wanted is None:
            return
        kind, record_id = self._wanted
        view = self.window.views.get(kind)
        if view is None or self.window.current_page() != kind:
            self._wanted = None
            return
        if view.model.row_of(record_id) is None:
            return
        self._wanted = None
        if view.current_id() != record_id:
            view.select_record(record_id)
