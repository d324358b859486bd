"""The pane beside every table: one record with everything related to it, and its history.

Details come from `kztracker.services.details.record_detail` and the history from
`kztracker.services.history.record_history`, each read off the UI thread. Related records are
links: a click, or Tab to the link and Enter, emits `open_record(kind, id)` and the window goes
there. The pane follows edits: it reloads when a change is broadcast and says so when the
record it shows was deleted.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kztracker.errors import RecordNotFound
from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from ui.labels import format_date, kind_label, status_colour
from ui.operations import Operations

if TYPE_CHECKING:
    from kztracker.services.changes import Changes
    from kztracker.services.details import RecordDetail
    from kztracker.services.history import HistoryRow

Index = QModelIndex | QPersistentModelIndex

LINK_SCHEME = "record"
# A partner on a large database can have thousands of milestones; the pane lists the first ones
# and says how many more there are (the table view filtered by that partner shows them all).
MAX_ITEMS_PER_GROUP = 200
STATUS_FIELDS = frozenset({"Status"})
# A field value longer than this is shown as a paragraph under the other fields.
PROSE_LENGTH = 60


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DetailPane", text, disambiguation, n)


def record_link(kind: str, record_id: int) -> str:
    return f"{LINK_SCHEME}:{kind}/{record_id}"


def parse_record_link(url: QUrl | str) -> tuple[str, int] | None:
    text = url.toString() if isinstance(url, QUrl) else url
    prefix = f"{LINK_SCHEME}:"
    if not text.startswith(prefix):
        return None
    kind, _, number = text[len(prefix) :].partition("/")
    return (kind, int(number)) if kind and number.isdigit() else None


_KNOWN_STATUSES = frozenset((*MEMORANDUM_STATUSES, *MILESTONE_STATUSES, "overdue"))


def _status_key(value: str) -> str | None:
    """The stored status a readable value stands for, so it can be shown in its colour."""
    candidate = value.strip().lower().replace(" ", "_")
    return candidate if candidate in _KNOWN_STATUSES else None


def detail_html(detail: RecordDetail, palette: QPalette) -> str:
    """The Details tab as HTML: a form of fields, then each group of related records as links."""
    muted = _blend(palette, 0.58)
    link = palette.color(QPalette.ColorRole.Link).name()
    parts = [
        "<style>"
        f"a {{ color: {link}; text-decoration: none; }}"
        f"td.label {{ color: {muted}; padding: 3px 14px 3px 0; white-space: nowrap; }}"
        "td.value { padding: 3px 0; }"
        "h3 { margin: 18px 0 4px 0; }"
        f".note {{ color: {muted}; }}"
        f".count {{ color: {muted}; font-weight: normal; }}"
        "td.item { padding: 2px 0; }"
        "</style>"
    ]
    short = [(label, value) for label, value in detail.fields if not _is_prose(value)]
    prose = [(label, value) for label, value in detail.fields if _is_prose(value)]
    if short:
        parts.append('<table cellspacing="0" cellpadding="0">')
        for label, value in short:
            parts.append(
                f'<tr><td class="label" valign="top">{html.escape(tr(label))}</td>'
                f'<td class="value">{_value_html(label, value)}</td></tr>'
            )
        parts.append("</table>")
    for label, value in prose:
        # A summary or notes read as a paragraph across the pane, not squeezed into a column.
        parts.append(
            f'<p style="margin-top: 10px;"><span class="note">{html.escape(tr(label))}</span>'
            f"<br>{_value_html(label, value)}</p>"
        )
    for group in detail.groups:
        count = len(group.items)
        if not group.items:
            # An empty group recedes: its heading says there is nothing, in the muted colour.
            parts.append(
                f'<h3 style="color: {muted}; font-weight: normal;">'
                f"{html.escape(tr(group.title))} {html.escape(tr('(none)'))}</h3>"
            )
            continue
        parts.append(
            f'<h3>{html.escape(tr(group.title))} <span class="count">{count:,}</span></h3>'
        )
        parts.append('<table cellspacing="0" cellpadding="0" width="100%">')
        for item in group.items[:MAX_ITEMS_PER_GROUP]:
            note = (
                f' <span class="note">— {_value_html("", item.note, plain=True)}</span>'
                if item.note
                else ""
            )
            parts.append(
                f'<tr><td class="item"><a href="{record_link(item.kind, item.id)}">'
                f"{html.escape(item.label)}</a>{note}</td></tr>"
            )
        parts.append("</table>")
        if count > MAX_ITEMS_PER_GROUP:
            more = count - MAX_ITEMS_PER_GROUP
            parts.append(f'<p class="note">{html.escape(tr("and %n more", None, more))}</p>')
    return "".join(parts)


def _is_prose(value: str) -> bool:
    return len(value) > PROSE_LENGTH or "\n" in value


def _blend(palette: QPalette, weight: float) -> str:
    """Text colour mixed into the background: a secondary text that suits light and dark."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    mixed = [
        round(weight * a + (1 - weight) * b)
        for a, b in (
            (text.red(), base.red()),
            (text.green(), base.green()),
            (text.blue(), base.blue()),
        )
    ]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def _value_html(label: str, value: str, plain: bool = False) -> str:
    if not value.strip():
        return '<span class="note">—</span>'
    if not plain and label in STATUS_FIELDS:
        status = _status_key(value)
        if status is not None:
            colour = status_colour(status).name()
            return f'<span style="color: {colour}; font-weight: 600;">● {html.escape(value)}</span>'
    if value.startswith(("https://", "http://")) and " " not in value:
        return f'<a href="{html.escape(value)}">{html.escape(value)}</a>'
    return html.escape(value).replace("\n", "<br>")


class HistoryModel(QAbstractTableModel):
    """The History tab's rows: when, who, what, and each field's old and new value."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._headers = [
            tr("When"),
            tr("Who"),
            tr("Change"),
            tr("Field"),
            tr("Before"),
            tr("After"),
        ]

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    @staticmethod
    def _text(row: HistoryRow, column: int) -> str:
        if column == 0:
            local = row.changed_at.astimezone() if row.changed_at.tzinfo else row.changed_at
            return f"{format_date(local.date().isoformat())} {local:%H:%M}"
        if column == 1:
            return row.actor
        if column == 2:
            return {"create": tr("Created"), "update": tr("Changed"), "delete": tr("Deleted")}.get(
                row.action, row.action
            )
        if column == 3:
            return tr(row.field.replace("_", " ").capitalize()) if row.field else ""
        value = row.old_value if column == 4 else row.new_value
        return "" if value is None else value


class DetailPane(QWidget):
    """Shows one record: its fields, its related records as links, and its history."""

    open_record = Signal(str, int)
    # Emitted once a record's details are on screen (tests and screenshots wait on it).
    shown = Signal(str, int)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._current: tuple[str, int] | None = None
        self._generation = 0
        self._history_loaded = False
        self.detail: RecordDetail | None = None
        self.setObjectName("detailPane")
        self.setMinimumWidth(280)

        self.placeholder = QLabel(tr("Select a record to see its details."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.kind = QLabel(self)
        self.kind.setObjectName("detailKind")
        kind_font = self.kind.font()
        kind_font.setPointSizeF(kind_font.pointSizeF() * 0.85)
        kind_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
        self.kind.setFont(kind_font)
        self.kind.setStyleSheet("color: palette(dark);")
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.notice = QLabel(self)
        self.notice.setObjectName("detailNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "color: #7f1d1d; background: #fee2e2; border: 1px solid #fca5a5;"
            " border-radius: 4px; padding: 6px 8px;"
        )
        self.notice.hide()

        self.details = QTextBrowser(self)
        self.details.setObjectName("detailBrowser")
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.details.document().setDocumentMargin(10)
        self.details.anchorClicked.connect(self._follow)
        self.details.setAccessibleName(tr("Details"))

        self.history_model = HistoryModel(self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.setAccessibleName(tr("History"))
        self.history_message = QLabel(self)
        self.history_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_message.setWordWrap(True)
        self.history_message.setEnabled(False)
        self.history_stack = QStackedWidget(self)
        self.history_stack.addWidget(self.history_message)
        self.history_stack.addWidget(self.history)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, tr("&Details"))
        self.tabs.addTab(self.history_stack, tr("&History"))
        self.tabs.currentChanged.connect(self._tab_changed)

        record_page = QWidget(self)
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(12, 12, 12, 0)
        record_layout.setSpacing(2)
        record_layout.addWidget(self.kind)
        record_layout.addWidget(self.title)
        record_layout.addSpacing(6)
        record_layout.addWidget(self.notice)
        record_layout.addWidget(self.tabs, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(record_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        operations.changed.connect(self._on_changed)

    # -- public API ---------------------------------------------------------------------------

    def current(self) -> tuple[str, int] | None:
        return self._current

    def show_record(self, kind: str, record_id: int) -> None:
        """Show this record; its details load off the UI thread."""
        if self._current != (kind, record_id):
            self.details.verticalScrollBar().setValue(0)
            self.history_model.set_rows([])
        self._current = (kind, record_id)
        self._load(keep_scroll=False)

    def clear(self) -> None:
        self._current = None
        self._generation += 1
        self.detail = None
        self.details.clear()
        self.history_model.set_rows([])
        self.pages.setCurrentWidget(self.placeholder)

    def details_text(self) -> str:
        """The Details tab as plain text, as a screen reader or a test reads it."""
        return self.details.toPlainText()

    # -- loading ------------------------------------------------------------------------------

    def _load(self, keep_scroll: bool) -> None:
        if self._current is None:
            return
        self._generation += 1
        generation = self._generation
        kind, record_id = self._current
        self._history_loaded = False
        scroll = self.details.verticalScrollBar().value() if keep_scroll else 0

        def work(session: Any) -> RecordDetail:
            from kztracker.services.details import record_detail

            return record_detail(session, kind, record_id)

        def done(detail: RecordDetail) -> None:
            if generation == self._generation:
                self._show(detail, scroll)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(error, RecordNotFound):
                self._show_deleted()
            else:
                self._operations.report_failure(error, self)

        self._operations.query(work, done, on_failure=failed, parent=self)
        if self.tabs.currentWidget() is self.history_stack:
            self._load_history()

    def _load_history(self) -> None:
        if self._current is None or self._history_loaded:
            return
        self._history_loaded = True
        generation = self._generation
        kind, record_id = self._current
        self.history_message.setText(tr("Loading the history…"))

        def work(session: Any) -> list[HistoryRow]:
            from kztracker.services.history import record_history

            return record_history(session, kind, record_id)

        def done(rows: list[HistoryRow]) -> None:
            if generation != self._generation:
                return
            self.history_model.set_rows(rows)
            if rows:
                self.history_stack.setCurrentWidget(self.history)
                self.history.resizeColumnsToContents()
            else:
                self.history_message.setText(tr("No changes have been recorded for this record."))
                self.history_stack.setCurrentWidget(self.history_message)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.history_message.setText(
                tr("The history cannot be shown: {error}").format(error=error)
            )
            self.history_stack.setCurrentWidget(self.history_message)

        self._operations.query(work, done, on_failure=failed, parent=self)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_stack:
            self._load_history()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, detail: RecordDetail, scroll: int) -> None:
        self.detail = detail
        self.kind.setText(kind_label(detail.kind).upper())
        self.title.setText(detail.title)
        self.notice.hide()
        self.details.setEnabled(True)
        self.details.setHtml(detail_html(detail, self.palette()))
        self.details.verticalScrollBar().setValue(scroll)
        self.pages.setCurrentIndex(1)
        self.shown.emit(detail.kind, detail.id)

    def _show_deleted(self) -> None:
        """Keep what was shown, greyed, under a notice: the user sees what went away."""
        self.pages.setCurrentIndex(1)
        if self._current is None:
            return
        kind, record_id = self._current
        if self.detail is None or (self.detail.kind, self.detail.id) != (kind, record_id):
            # Never leave another record's details under this notice.
            self.detail = None
            self.kind.setText(kind_label(kind).upper())
            self.title.setText("")
            self.details.clear()
        self.notice.setText(tr("This record was deleted."))
        self.notice.show()
        self.details.setEnabled(False)

    def _on_changed(self, changes: Changes) -> None:
        if self._current is None:
            return
        kind, record_id = self._current
        if changes.kind == kind and record_id in changes.deleted:
            self._generation += 1  # a load still running would bring stale details back
            self._show_deleted()
            return
        # Any other change can rename or relink something this record shows; one record's
        # details are one small query.
        self._load(keep_scroll=True)

    def _follow(self, url: QUrl) -> None:
        target = parse_record_link(url)
        if target is not None:
            self.open_record.emit(*target)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)  # a source's address opens in the browser
