"""The landing view: what is overdue, what is due soon, what is about to expire, and counts.

Everything shown comes from one core call, `kztracker.services.dashboard.dashboard`, run off the
UI thread; the same rules (partial dates, open statuses) serve the lists, the export and the
command line. Each listed item opens its record (click or Enter) through `open_record`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from ui.charts import Bar, BarChart
from ui.due_list import DueItemDelegate, DueItemModel, DueList
from ui.labels import format_count, format_date, status_colour, status_label
from ui.operations import Operations

if TYPE_CHECKING:
    from kztracker.services.changes import Changes
    from kztracker.services.dashboard import Dashboard, Due, DueItem

# The focus-area chart keeps its largest bars; the rest add up in one "other" bar.
FOCUS_AREA_BARS = 10


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Dashboard", text, disambiguation, n)


class Card(QFrame):
    """A titled panel with a count beside its heading."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.heading = QLabel(title, self)
        self.heading.setObjectName("cardHeading")
        # A long heading (Kazakh, Russian) wraps rather than widen the card past the window.
        self.heading.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("cardCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.heading, 1)
        header.addWidget(self.count)
        layout.addLayout(header)
        layout.addWidget(content, 1 if isinstance(content, QListView) else 0)
        layout.addStretch(0)
        self.heading.setBuddy(content)
        content.setAccessibleName(title)

    def set_count(self, text: str, alert: bool = False) -> None:
        self.count.setText(text)
        style = _ALERT_STYLE if alert else ""
        if self.count.styleSheet() != style:  # restyling costs a polish; skip when unchanged
            self.count.setStyleSheet(style)


_STYLE = """
QFrame#card {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 8px;
}
QLabel#cardHeading { font-weight: 600; }
QLabel#cardCount { color: palette(dark); }

QLabel#dashboardTitle { font-weight: 600; }
"""
# A count that needs attention: white on the overdue colour, as a rounded badge.
_ALERT_STYLE = (
    "color: white; background: #b91c1c; border: 1px solid #b91c1c; border-radius: 8px;"
    " padding: 0px 7px; font-weight: 600;"
)


class DashboardView(QWidget):
    """Overdue and due-soon milestones, expiring memoranda, and counts by status and area."""

    open_record = Signal(str, int)
    # Emitted after new figures are shown (tests and the screenshot command wait on it).
    refreshed = Signal()

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._today = today
        self._loading = False
        self._stale = False
        self.dashboard: Dashboard | None = None
        self._day: dt.date | None = None  # the day the figures shown were computed for
        self.setObjectName("dashboard")
        self.setStyleSheet(_STYLE)

        overdue_colour = status_colour("overdue")
        soon_colour = QColor("#b45309")
        self.overdue = DueList(
            DueItemModel(tr("Due {date}"), self), tr("Nothing is overdue."), self
        )
        self.overdue.setItemDelegate(DueItemDelegate(overdue_colour, self.overdue))
        self.due_soon = DueList(
            DueItemModel(tr("Due {date}"), self), tr("Nothing is due in the next 30 days."), self
        )
        self.due_soon.setItemDelegate(DueItemDelegate(soon_colour, self.due_soon))
        self.expiring = DueList(
            DueItemModel(tr("Valid until {date}"), self),
            tr("No memorandum reaches the end of its validity in the next 90 days."),
            self,
        )
        self.expiring.setItemDelegate(DueItemDelegate(soon_colour, self.expiring))
        for listing in (self.overdue, self.due_soon, self.expiring):
            listing.chosen.connect(self.open_record)

        self.memoranda_chart = BarChart(tr("Memoranda by status"), self)
        self.milestones_chart = BarChart(tr("Milestones by status"), self)
        self.focus_chart = BarChart(tr("Milestones by focus area"), self)

        self._overdue_card = Card(tr("Overdue milestones"), self.overdue)
        self._soon_card = Card(tr("Due in the next 30 days"), self.due_soon)
        self._expiring_card = Card(tr("Memoranda near the end of their validity"), self.expiring)
        self._chart_cards = [
            Card(chart.accessibleName(), chart)
            for chart in (self.memoranda_chart, self.milestones_chart, self.focus_chart)
        ]

        self.title = QLabel(tr("Dashboard"), self)
        self.title.setObjectName("dashboardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        for column, card in enumerate((self._overdue_card, self._soon_card, self._expiring_card)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        for column, card in enumerate(self._chart_cards):
            grid.addWidget(card, 1, column)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(1, 0)

        page = QWidget(self)
        page.setObjectName("dashboardPage")
        column_layout = QVBoxLayout(page)
        column_layout.setContentsMargins(20, 16, 20, 20)
        column_layout.setSpacing(4)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.subtitle)
        column_layout.addSpacing(12)
        column_layout.addLayout(grid)
        column_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setTabOrder(self.overdue, self.due_soon)
        self.setTabOrder(self.due_soon, self.expiring)

        operations.changed.connect(self._on_changed)
        self.refresh()

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the figures again, off the UI thread; a refresh asked for meanwhile runs after."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        today = self._today()

        def work(session: Any) -> Dashboard:
            from kztracker.services.dashboard import dashboard

            return dashboard(session, today)

        self._operations.query(
            work,
            lambda result: self._show(result, today),
            on_failure=self._failed,
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._operations.report_failure(error, self)

    def _on_changed(self, changes: Changes) -> None:
        del changes  # every kind can appear here: titles, names, statuses, dates
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Stale after changes made while hidden, or since midnight ("due soon" moves on).
        if (self._stale or self._day != self._today()) and not self._loading:
            self.refresh()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, data: Dashboard, today: dt.date) -> None:
        self._loading = False
        self.dashboard = data
        self._day = today
        self.subtitle.setText(tr("Today is {date}").format(date=format_date(today.isoformat())))
        # The milestone lists hold their first page and read on as the user scrolls to the end.
        cards: tuple[tuple[Card, DueList, list[DueItem], int, Due | None], ...] = (
            (self._overdue_card, self.overdue, data.overdue, data.overdue_count, "overdue"),
            (self._soon_card, self.due_soon, data.due_soon, data.due_soon_count, "due_soon"),
            (self._expiring_card, self.expiring, data.expiring, len(data.expiring), None),
        )
        for card, listing, items, total, which in cards:
            model = listing.model()
            assert isinstance(model, DueItemModel)
            fetch = None if which is None else self._pager(model, which, today)
            model.set_items(items, max(total, len(items)), fetch)
            card.set_count(format_count(total), alert=listing is self.overdue and total > 0)
        self.memoranda_chart.set_bars(_status_bars(data.memoranda_by_status, MEMORANDUM_STATUSES))
        self.milestones_chart.set_bars(_status_bars(data.milestones_by_status, MILESTONE_STATUSES))
        self.focus_chart.set_bars(_focus_bars(data.milestones_by_focus_area))
        totals = (
            sum(data.memoranda_by_status.values()),
            sum(data.milestones_by_status.values()),
            sum(data.milestones_by_focus_area.values()),
        )
        for card, total in zip(self._chart_cards, totals, strict=True):
            card.set_count(tr("{count} in all").format(count=format_count(total)))
        self.refreshed.emit()
        if self._stale:
            self.refresh()

    def _pager(self, model: DueItemModel, which: Due, today: dt.date) -> Callable[[int], None]:
        """Reads the page of `which` from an offset off the UI thread, into `model`."""

        def fetch(offset: int) -> None:
            def work(session: Any) -> list[DueItem]:
                from kztracker.services.dashboard import due_page

                return due_page(session, which, today, offset)

            self._operations.query(
                work,
                lambda items: model.add_items(offset, items),
                on_failure=self._failed,
                parent=self,
            )

        return fetch


def _status_bars(counts: dict[str, int], order: Sequence[str]) -> list[Bar]:
    """Every known status in its usual order, zeros included, so the chart keeps its shape."""
    statuses = list(order) + sorted(status for status in counts if status not in order)
    return [
        Bar(status_label(status), counts.get(status, 0), status_colour(status))
        for status in statuses
    ]


def _focus_bars(counts: dict[str, int]) -> list[Bar]:
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    bars = [Bar(name or tr("No focus area"), count) for name, count in ranked[:FOCUS_AREA_BARS]]
    rest = ranked[FOCUS_AREA_BARS:]
    if rest:
        bars.append(
            Bar(
                tr("%n other areas", None, len(rest)),
                sum(count for _, count in rest),
                QColor("#9ca3af"),  # grey: a sum of several areas, not one of them
            )
        )
    return bars
