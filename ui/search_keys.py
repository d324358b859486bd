"""The search box's keys, as people expect from a search field: Down goes to the results (the
first row selected), Enter does the same, Esc clears the search; the tooltip says so."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from ui.views.record_view import RecordView


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchKeys", text)


class SearchKeys(QObject):
    """An event filter on one view's search box."""

    def __init__(self, view: RecordView) -> None:
        super().__init__(view)
        self.view = view
        view.search.installEventFilter(self)
        view.search.setToolTip(
            tr("Down or Enter: go to the results (Enter again opens one) · Esc: clear the search")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view.search or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() == Qt.Key.Key_Down:
            self.to_results()
            return True
        if event.key() == Qt.Key.Key_Escape and self.view.search.text():
            self.view.clear_search()
            return True
        return False

    def to_results(self) -> None:
        view = self.view
        view.apply_search()  # what was typed last, even if its timer has not fired yet
        view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.table.currentIndex().isValid() and view.model.rowCount() > 0:
            view.table.setCurrentIndex(view.model.index(0, 0))


def install_search_keys(views: Iterable[RecordView]) -> list[SearchKeys]:
    return [SearchKeys(view) for view in views]
