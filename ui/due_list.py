"""The dashboard's lists: one line of title and one of date and detail per record.

A list model over the core's DueItem rows, a delegate that paints the two lines (the date in
the list's tone), and a list view that opens the record on a click or on Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.contrast import readable_on
from ui.labels import format_date

if TYPE_CHECKING:
    from kztracker.services.dashboard import DueItem

Index = QModelIndex | QPersistentModelIndex


class DueItemModel(QAbstractListModel):
    """A list model over the dashboard's DueItem rows."""

    DateRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2
    KeyRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, date_prefix: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []
        self._date_prefix = date_prefix
        self._total = 0
        self._fetch: Callable[[int], None] | None = None
        self._fetching = False

    def set_items(
        self,
        items: Sequence[DueItem],
        total: int | None = None,
        fetch: Callable[[int], None] | None = None,
    ) -> None:
        """The first items of a list of `total`; `fetch(offset)` asks for the items from
        `offset` on when the view scrolls to the end of those it has (Qt's fetchMore), and
        they come back through `add_items`. No list is cut short: it comes a page at a time."""
        self.beginResetModel()
        self._items = list(items)
        self._total = len(self._items) if total is None else total
        self._fetch = fetch
        self._fetching = False
        self.endResetModel()

    def add_items(self, offset: int, items: Sequence[DueItem]) -> None:
        """Items read from `offset` on; ignored when the list was set again meanwhile."""
        if offset != len(self._items) or not self._fetching:
            return
        self._fetching = False
        if not items:
            self._total = len(self._items)  # the list shrank since it was counted
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._fetching
            and len(self._items) < self._total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._fetch is not None:
            self._fetching = True
            self._fetch(len(self._items))

    def item(self, row: int) -> DueItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == self.DateRole:
            when = format_date(item.date)
            return self._date_prefix.format(date=when) if when else ""
        if role == self.DetailRole:
            return item.detail
        if role == self.KeyRole:
            return (item.kind, item.id)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [item.label, self.data(index, self.DateRole), item.detail]
            return " — ".join(part for part in parts if part)
        return None


class DueItemDelegate(QStyledItemDelegate):
    """Two lines per item: the record's name, then its date (in the list's tone) and detail."""

    PADDING = 7

    def __init__(self, date_colour: QColor, parent: Any = None) -> None:
        super().__init__(parent)
        self._date_colour = date_colour

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height() * 2 + 2 + self.PADDING * 2  # type: ignore[attr-defined]
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Background, selection and focus come from the style; the text is ours.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # type: ignore[attr-defined]
        widget = plain.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        rect: QRect = option.rect.adjusted(  # type: ignore[attr-defined]
            self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        line = metrics.height()
        painter.save()
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = painter.fontMetrics().elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(option.font)  # type: ignore[attr-defined]
        second = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        when = str(index.data(DueItemModel.DateRole) or "")
        detail = str(index.data(DueItemModel.DetailRole) or "")
        used = 0
        if when:
            tone = readable_on(self._date_colour, palette, QPalette.ColorRole.Base)
            painter.setPen(text_colour if selected else tone)
            painter.drawText(second, 0, when)
            used = metrics.horizontalAdvance(when)
        if detail:
            muted = QColor(text_colour)
            if not selected:
                muted.setAlphaF(0.65)
            painter.setPen(muted)
            prefix = "  ·  " if when else ""
            room = max(second.width() - used, 0)
            painter.drawText(
                second.adjusted(used, 0, 0, 0),
                0,
                metrics.elidedText(prefix + detail, Qt.TextElideMode.ElideRight, room),
            )
        painter.restore()


class DueList(QListView):
    """A list whose items open their record on a click or on Enter."""

    chosen = Signal(str, int)
    MIN_ROWS = 3
    MAX_ROWS = 6

    def __init__(self, model: DueItemModel, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        # `clicked` for the mouse and our own Enter handling for the keyboard; `activated` would
        # fire as well on platforms that activate on a single click, opening the record twice.
        self.clicked.connect(self._choose)
        model.modelReset.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        # Tall enough for its items up to a screenful, so a short list makes a short card.
        rows = min(max(self.model().rowCount(), self.MIN_ROWS), self.MAX_ROWS)
        row_height = self.sizeHintForRow(0) if self.model().rowCount() else 44
        return QSize(300, rows * row_height + 2 * self.frameWidth() + 4)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # A hand over an item: a click opens it, as a link would.
        over_item = self.indexAt(event.position().toPoint()).isValid()
        shape = Qt.CursorShape.PointingHandCursor if over_item else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            kind, record_id = index.data(DueItemModel.KeyRole)
            self.chosen.emit(kind, record_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            colour = self.palette().color(QPalette.ColorRole.Text)
            colour.setAlphaF(0.55)
            painter.setPen(colour)
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            painter.end()
