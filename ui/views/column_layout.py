"""A record table's columns: first widths fitted to the view, and the header's show/hide menu.

The first time the table is shown its columns get natural widths (dates, statuses and counts
as wide as their longest value, text columns sharing the rest). Widths the user restored from
an earlier run are kept instead; only then are they worth remembering again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMenu, QStyle, QTableView, QWidget

from ui.views.columns import COLUMNS, column_widths


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordView", text)


class ColumnLayout(QObject):
    """Owns the widths and visibility of one record table's columns."""

    def __init__(self, kind: str, table: QTableView, view: QWidget) -> None:
        super().__init__(view)
        self.kind = kind
        self.table = table
        self.view = view
        self._fit_pending = True
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.set_default_widths()

    def first_show(self) -> None:
        """Fit the columns to the view the first time it is shown (unless the user's own
        widths were restored)."""
        if not self._fit_pending:
            return
        self._fit_pending = False
        for n, column in enumerate(COLUMNS[self.kind]):
            self.table.setColumnHidden(n, column.hidden)
        # After the window's layout has settled, so the width measured is the final one.
        QTimer.singleShot(0, self.fit_to_view)

    def keep_user_widths(self) -> None:
        """The user's own widths were restored: never fit the columns over them."""
        self._fit_pending = False

    @property
    def settled(self) -> bool:
        """True once the columns have their first widths (worth remembering)."""
        return not self._fit_pending

    def set_default_widths(self, available: int = 0) -> None:
        """Natural column widths, fitted into `available` pixels when that is given."""
        hidden = {n for n in range(len(COLUMNS[self.kind])) if self.table.isColumnHidden(n)}
        widths = column_widths(
            self.kind,
            self.view.fontMetrics(),
            self.table.horizontalHeader().fontMetrics(),
            hidden,
            available,
        )
        for n, width in enumerate(widths):
            self.table.setColumnWidth(n, width)

    def fit_to_view(self) -> None:
        # Leave room for the vertical scroll bar the rows will bring.
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.set_default_widths(self.table.viewport().width() - bar - 2)

    def reset(self) -> None:
        """Every column back in its place, shown or hidden as at first, fitted to the view."""
        header = self.table.horizontalHeader()
        for n, column in enumerate(COLUMNS[self.kind]):
            header.moveSection(header.visualIndex(n), n)
            self.table.setColumnHidden(n, column.hidden)
        self.fit_to_view()

    def build_header_menu(self) -> QMenu:
        """Show or hide columns; the last shown one cannot go."""
        menu = QMenu(self.view)
        columns = COLUMNS[self.kind]
        shown = sum(not self.table.isColumnHidden(n) for n in range(len(columns)))
        for n, column in enumerate(columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            visible = not self.table.isColumnHidden(n)
            action.setChecked(visible)
            action.setEnabled(not (visible and shown == 1))
            action.toggled.connect(lambda on, n=n: self.table.setColumnHidden(n, not on))
        menu.addSeparator()
        menu.addAction(tr("Reset columns"), self.reset)
        return menu

    def _header_menu(self, position: QPoint) -> None:
        self.build_header_menu().exec(self.table.horizontalHeader().mapToGlobal(position))
