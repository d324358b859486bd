"""What the main window remembers between runs (QSettings): its size and place, the toolbar,
the splitter between navigation, page and detail pane, each view's columns, and the page last
shown (when Preferences say to reopen it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from ui.preferences import restores_last_page, settings
from ui.window_actions import PAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def restore_window_state(window: MainWindow) -> QByteArray | None:
    """Put back what the last run saved and show its page; return the splitter's saved state,
    which the window applies once it has its size (before that the splitter would share out
    the restored sizes again on the first layout)."""
    store = settings()
    geometry = store.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = store.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    splitter = store.value("window/splitter")
    for kind, view in window.views.items():
        header = store.value(f"views/{kind}/header")
        if isinstance(header, QByteArray) and view.table.horizontalHeader().restoreState(header):
            view.columns.keep_user_widths()
    page = str(store.value("window/page", "dashboard")) if restores_last_page() else ""
    window.show_page(page if page in PAGES else "dashboard")
    return splitter if isinstance(splitter, QByteArray) else None


def save_window_state(window: MainWindow) -> None:
    store = settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", window.splitter.saveState())
    store.setValue("window/page", window.current_page())
    for kind, view in window.views.items():
        if view.columns.settled:  # a view never shown has nothing of the user's yet
            store.setValue(f"views/{kind}/header", view.table.horizontalHeader().saveState())
    store.sync()
