"""How a record table paints its cells: the look the standard delegate gives, with each cell's
laid-out text kept for the next paint.

The standard delegate asks the model for seven roles of every cell (seven calls into Python)
and lays its text out again at each paint; a keystroke in the search box repaints the whole
table, so that was nearly all of a keystroke's time on 100,000 milestones (issue 18). Here a
cell costs one call (`RecordTableModel.cell_look`), and its elided text is laid out once into
a QStaticText that later paints reuse (a table repeats statuses, dates and names row after
row): half the CPU of a repaint. Tooltips, accessibility and copying still read the model's
roles.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QWidget,
)

# Laid-out texts kept; past this the store starts again (a screen holds a few hundred).
_KEPT = 4096
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ENABLED = QStyle.StateFlag.State_Enabled
_ACTIVE = QStyle.StateFlag.State_Active
_SELECTED = QStyle.StateFlag.State_Selected
_FOCUS = QStyle.StateFlag.State_HasFocus
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
# Events after which kept layouts no longer fit the table's font or style.
_RELAYOUT = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.LanguageChange,
    }
)


class CellDelegate(QStyledItemDelegate):
    """Paints the cells of a RecordTableModel in its table."""

    def __init__(self, model: Any, table: QWidget) -> None:
        super().__init__(table)
        self._model = model
        self._laid_out: dict[tuple[str, int, bool], QStaticText] = {}
        self._margin: int | None = None
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RELAYOUT:
            self.forget_layouts()
        return False

    def forget_layouts(self) -> None:
        self._laid_out.clear()
        self._margin = None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text, colour, font, right = self._model.cell_look(index.row(), index.column())
        widget = option.widget
        style = widget.style()
        style.drawPrimitive(_PANEL, option, painter, widget)  # background, selection
        state = option.state
        if text:
            self._draw_text(painter, option, text, colour, font, right, style)
        if state & _FOCUS:
            self._draw_focus(painter, option, style)

    def _draw_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        text: str,
        colour: Any,
        font: Any,
        right: bool,
        style: QStyle,
    ) -> None:
        margin = self._margin
        if margin is None:
            # The standard delegate's text margin (QCommonStyle's viewItemDrawText).
            widget = option.widget
            margin = self._margin = (
                style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            )
        rect = option.rect.adjusted(margin, 0, -margin, 0)
        shown_font = option.font if font is None else font
        key = (text, rect.width(), font is not None)
        laid_out = self._laid_out.get(key)
        if laid_out is None:
            laid_out = self._lay_out(text, rect.width(), shown_font)
            if len(self._laid_out) >= _KEPT:
                self._laid_out.clear()
            self._laid_out[key] = laid_out
        state = option.state
        palette = option.palette
        if not state & _ENABLED:
            group = QPalette.ColorGroup.Disabled
        elif not state & _ACTIVE:
            group = QPalette.ColorGroup.Inactive
        else:
            group = QPalette.ColorGroup.Normal
        if state & _SELECTED:
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
        elif colour is not None:
            painter.setPen(colour)
        else:
            painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        painter.setFont(shown_font)
        # Placed as QCommonStyle's viewItemDrawText places its text layout: centred on whole
        # pixels, a right-aligned one ending at the rect's edge (so starting at a fraction).
        size = laid_out.size()
        alignment = _RIGHT if right else _LEFT
        whole = QSize(round(size.width()), round(size.height()))
        place = QStyle.alignedRect(option.direction, alignment, whole, rect)
        x = place.x() if place.x() == rect.x() else rect.x() + rect.width() - size.width()
        painter.drawStaticText(QPointF(x, place.y()), laid_out)

    @staticmethod
    def _lay_out(text: str, width: int, font: Any) -> QStaticText:
        """The text on one line, elided to `width` as the standard delegate elides it."""
        line = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
        laid_out = QStaticText(
            QFontMetrics(font).elidedText(line, Qt.TextElideMode.ElideRight, width)
        )
        laid_out.setTextFormat(Qt.TextFormat.PlainText)  # never read as markup
        laid_out.prepare(QTransform(), font)
        return laid_out

    @staticmethod
    def _draw_focus(painter: QPainter, option: QStyleOptionViewItem, style: QStyle) -> None:
        """The focus frame, as QCommonStyle draws it for an item view's current cell."""
        widget = option.widget
        frame = QStyleOptionFocusRect()
        frame.initFrom(widget)
        frame.rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemFocusRect, option, widget
        )
        frame.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange
        frame.state |= QStyle.StateFlag.State_Item
        selected = option.state & _SELECTED
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
        frame.backgroundColor = option.palette.color(role)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)
