"""The editors a record form is made of, and the message shown under a field with a problem.

Every editor is a `FieldEditor`: it hands out the value as the records API takes it (text, an
ISO partial date, an id, a list of ids), takes the value `load_record` hands out, says in words
what a value means (`describe`, for the conflict table) and reports what it alone can tell is
wrong (`problem`: text it cannot read as a date or a record). Every other rule is the core's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from kztracker.dates import PartialDate, parse_entered
from ui.labels import format_date, status_colour

ERROR_COLOUR = "#b91c1c"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RecordForm", text, disambiguation, n)


class FieldMessage(QWidget):
    """A warning icon and a red sentence under a field; links in it emit `link_activated`."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(6)
        self.icon = QLabel(self)
        size = self.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(QSize(size, size), self.devicePixelRatioF()))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.linkActivated.connect(self.link_activated)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, html_text: str) -> None:
        self.text.setText(html_text)
        self.setVisible(bool(html_text))

    def message(self) -> str:
        """The plain text shown, "" when hidden (tests and screen readers read it)."""
        return (
            ""
            if self.isHidden()
            else QTextDocumentFragment.fromHtml(self.text.text()).toPlainText()
        )


class FieldEditor(QWidget):
    """One value of a record. Subclasses set the focus proxy to the widget a label points at."""

    edited = Signal()
    # The kinds whose records this editor offers (filled by `set_choices`).
    needs: tuple[str, ...] = ()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        return None

    def describe(self, value: Any) -> str:
        return "" if value is None else str(value)

    def set_choices(self, choices: dict[str, Any]) -> None:
        """Pickers take the records they offer here; plain editors ignore it."""

    def _single(self, widget: QWidget) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        self.setFocusProxy(widget)


class TextEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        self.line.textEdited.connect(self.edited)
        self._single(self.line)

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)  # a long title shows its beginning


class NotesEditor(FieldEditor):
    """Several lines of text; Tab moves on rather than typing a tab."""

    def __init__(
        self, parent: QWidget | None = None, lines: int = 4, placeholder: str = ""
    ) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(placeholder)
        margins = self.text.contentsMargins()
        height = self.text.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
        self.text.setFixedHeight(height + 2 * int(self.text.document().documentMargin()))
        self.text.textChanged.connect(self.edited)
        self._single(self.text)

    def value(self) -> str | None:
        return self.text.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))


class AliasesEditor(NotesEditor):
    """Other spellings of a name, one a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, lines=4, placeholder=tr("One other name or spelling per line"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("\n".join(value or ()))

    def describe(self, value: Any) -> str:
        return ", ".join(value or ())


def colour_swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


class ChoiceEditor(FieldEditor):
    """One of a fixed set of stored values, shown by their translated labels.

    Statuses carry their colour as a swatch beside the word, never instead of it.
    """

    def __init__(
        self,
        values: tuple[str, ...],
        label: Callable[[str], str],
        parent: QWidget | None = None,
        coloured: bool = False,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self.combo = QComboBox(self)
        for stored in values:
            if coloured:
                self.combo.addItem(colour_swatch(status_colour(stored)), label(stored), stored)
            else:
                self.combo.addItem(label(stored), stored)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self._single(self.combo)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def describe(self, value: Any) -> str:
        return self._label(value) if value else ""


def entered_text(iso: str | None) -> str:
    """A stored partial date the way people here write it: 17.10.2024, 10.2024 or 2024."""
    return PartialDate.parse(iso).entered() if iso else ""


class DateEditor(FieldEditor):
    """A date known to the year, the month or the day: typed ("2026", "10.2024", "17.10.2024",
    ISO too) or picked from a calendar; the readable form beside it confirms the reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setToolTip(
            tr("Type a year, a month (10.2024) or a day (17.10.2024), as precisely as it is known.")
        )
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.line.textChanged.connect(self._update_reading)
        self.line.textEdited.connect(self.edited)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(tr("Pick a day from a calendar"))
        self.calendar_button.setAccessibleName(tr("Pick a day"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.calendar_button.clicked.connect(self._show_calendar)
        self._calendar: QCalendarWidget | None = None  # made on first use: it is costly
        self.reading = QLabel(self)
        palette = self.reading.palette()
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, placeholder)
        self.reading.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.calendar_button)
        layout.addSpacing(6)
        layout.addWidget(self.reading, 1)
        self.setFocusProxy(self.line)
        self._update_reading()

    def _parsed(self) -> PartialDate | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_entered(text)
        except ValueError:
            return None

    def _update_reading(self) -> None:
        if not self.line.text().strip():
            # Empty, the space says what may be typed; filled, how it was read.
            self.reading.setText(tr("year, month or day"))
            return
        date = self._parsed()
        self.reading.setText(format_date(date.isoformat()) if date else "")

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._pick)
            self._calendar.activated.connect(self._pick)
        return self._calendar

    def _show_calendar(self) -> None:
        calendar = self.calendar
        date = self._parsed()
        if date is not None:
            first = date.first_day()
            calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        calendar.move(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _pick(self, date: QDate) -> None:
        self.line.setText(entered_text(f"{date.year():04d}-{date.month():02d}-{date.day():02d}"))
        self.calendar.hide()
        self.line.setFocus()
        self.edited.emit()

    def value(self) -> str | None:
        text = self.line.text().strip()
        if not text:
            return None
        date = self._parsed()
        # Unreadable text goes to the core as typed, which refuses it with a message.
        return date.isoformat() if date else text

    def set_value(self, value: Any) -> None:
        self.line.setText(entered_text(value))

    def problem(self) -> str | None:
        if self.line.text().strip() and self._parsed() is None:
            return tr("Not a date: type a year (2026), a month (10.2024) or a day (17.10.2024).")
        return None

    def describe(self, value: Any) -> str:
        return format_date(value) if value else ""
