"""A horizontal bar chart painted with QPainter: label, bar and count on one line per bar.

QtCharts ships in PySide6-Addons, a large extra dependency for three small charts; a bar chart
is a few rectangles. Every bar carries its label and count as text, so the chart reads without
its colours, and the same text is the widget's accessible description for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.labels import format_count


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("BarChart", text, disambiguation, n)


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    colour: QColor | None = None  # None: the palette's highlight colour


class BarChart(QWidget):
    """Bars sorted as given; the longest bar spans the room left after labels and counts."""

    ROW_SPACING = 8
    MAX_LABEL_SHARE = 0.45

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self._empty_text = tr("Nothing to show yet")
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._update_description()

    # -- public API ---------------------------------------------------------------------------

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._update_description()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def text(self) -> str:
        """The chart as one line of text: what a screen reader or a test reads."""
        if not self._bars:
            return self._empty_text
        return "; ".join(f"{bar.label}: {bar.count}" for bar in self._bars)

    # -- geometry -----------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.ROW_SPACING

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(360, rows * self._row_height() + self.ROW_SPACING)

    def minimumSizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(200, rows * self._row_height() + self.ROW_SPACING)

    def _label_width(self, metrics: QFontMetrics) -> int:
        # +2: elidedText cuts a label measured to the exact pixel (fractional advances).
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0) + 2
        return min(widest, int(self.width() * self.MAX_LABEL_SHARE))

    def _count_width(self, metrics: QFontMetrics) -> int:
        widest = max((bar.count for bar in self._bars), default=0)
        return metrics.horizontalAdvance(format_count(widest)) + 4

    def _bar_at(self, point: QPoint) -> Bar | None:
        index = (point.y() - self.ROW_SPACING // 2) // self._row_height()
        return self._bars[index] if 0 <= index < len(self._bars) else None

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            muted = QColor(text_colour)
            muted.setAlphaF(0.6)
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._empty_text,
            )
            return
        metrics = self.fontMetrics()
        row = self._row_height()
        gap = 10
        label_width = self._label_width(metrics)
        count_width = self._count_width(metrics)
        bar_left = label_width + gap
        bar_room = max(self.width() - bar_left - gap - count_width, 10)
        largest = max(bar.count for bar in self._bars) or 1
        track = QColor(text_colour)
        track.setAlphaF(0.07)
        for index, bar in enumerate(self._bars):
            top = self.ROW_SPACING // 2 + index * row
            label_rect = QRect(0, top, label_width, row)
            painter.setPen(text_colour)
            painter.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width),
            )
            bar_height = row - self.ROW_SPACING
            bar_top = top + (row - bar_height) // 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRect(bar_left, bar_top, bar_room, bar_height), 3, 3)
            length = round(bar_room * bar.count / largest)
            if bar.count and length < 3:
                length = 3  # a non-zero count stays visible
            painter.setBrush(bar.colour or palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRect(bar_left, bar_top, length, bar_height), 3, 3)
            painter.setPen(text_colour)
            painter.drawText(
                QRect(bar_left + length + gap // 2, top, count_width + gap, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                format_count(bar.count),
            )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            bar = self._bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                total = sum(item.count for item in self._bars) or 1
                QToolTip.showText(
                    event.globalPos(),
                    tr("{label}: {count} ({percent}%)").format(
                        label=bar.label,
                        count=format_count(bar.count),
                        percent=format_count(round(100 * bar.count / total)),
                    ),
                    self,
                )
            return True
        return super().event(event)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.text())
