"""The pane beside every table: one record with everything related to it, and its history.

Details come from `kztracker.services.details.record_detail` and the history from
`kztracker.services.history.record_history`, each read off the UI thread. Related records are
links: a click, or Tab to the link and Enter, emits `open_record(kind, id)` and the window goes
there. The pane follows edits: it reloads when a change is broadcast and says so when the
record it shows was deleted.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kztracker.errors import RecordNotFound
from ui.labels import kind_label
from ui.operations import Operations

if TYPE_CHECKING:
    from kztracker.services.changes import Changes
    from kztracker.services.details import RecordDetail
    from kztracker.services.history import HistoryRow


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DetailPane", text, disambiguation, n)


# The least width of the pane (window_fit.DETAIL_LEAST): the table gets the room.
LEAST_WIDTH = 240
# Around the record's kind, title and tabs.
RECORD_MARGIN = 12


class DetailPane(QWidget):
    """Shows one record: its fields, its related records as links, and its history."""

    open_record = Signal(str, int)
    # A source's "Remove this import" link: the window takes the import back (after asking).
    remove_import = Signal(int)
    # Emitted once a record's details are on screen (tests and screenshots wait on it).
    shown = Signal(str, int)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._current: tuple[str, int] | None = None
        self._generation = 0
        self._history_loaded = False
        self._loading = False
        self._reload_after = False
        self.detail: RecordDetail | None = None
        self.setObjectName("detailPane")
        self.setMinimumWidth(LEAST_WIDTH)

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

        self.details = self._browser(tr("Details"))
        self.details.setObjectName("detailBrowser")
        self.history = self._browser(tr("History"))
        self.history.setObjectName("historyBrowser")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, tr("&Details"))
        self.tabs.addTab(self.history, tr("Histor&y"))  # Alt+H opens the Help menu
        from ui.attachments import AttachmentsPane

        # Memoranda, milestones and sources carry files; the tab hides for other kinds.
        self.files = AttachmentsPane(operations, self)
        self.files_tab = self.tabs.addTab(self.files, tr("Fi&les"))  # Alt+F opens the File menu
        self.files.count_changed.connect(self._files_counted)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._fit_the_tabs()

        record_page = QWidget(self)
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(RECORD_MARGIN, RECORD_MARGIN, RECORD_MARGIN, 0)
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

    def _fit_the_tabs(self) -> None:
        """The pane is never narrower than its tabs, a few files counted on the last: in
        Kazakh, "Мәліметтер · Тарих · Файлдар" did not fit the 240 pixels of a 1280-pixel
        window, and the Files tab hid behind scroll arrows."""
        bar = self.tabs.tabBar()
        plain = bar.tabText(self.files_tab)
        bar.setTabText(self.files_tab, tr("Fi&les (%n)", "", 9))
        needed = bar.sizeHint().width() + RECORD_MARGIN * 2
        bar.setTabText(self.files_tab, plain)
        self.setMinimumWidth(max(LEAST_WIDTH, needed))

    def _browser(self, name: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setOpenLinks(False)
        browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        # Qt cuts a word anywhere once a table column is narrower than it ("взаимопониман|ии");
        # wrapping only between words makes the form's columns share the width word by word.
        browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        browser.document().setDocumentMargin(10)
        browser.anchorClicked.connect(self._follow)
        browser.setAccessibleName(name)
        return browser

    # -- public API ---------------------------------------------------------------------------

    def current(self) -> tuple[str, int] | None:
        return self._current

    def show_record(self, kind: str, record_id: int) -> None:
        """Show this record; its details load off the UI thread."""
        if self._current != (kind, record_id):
            self.details.verticalScrollBar().setValue(0)
            self.history.clear()
        self._current = (kind, record_id)
        self._request()
        from kztracker.models import ATTACHMENT_KINDS

        self.tabs.setTabVisible(self.files_tab, kind in ATTACHMENT_KINDS)
        self.files.show_record(kind, record_id)

    def clear(self) -> None:
        self._current = None
        self._generation += 1
        self._reload_after = False
        self.detail = None
        self.details.clear()
        self.history.clear()
        self.files.clear()
        self.pages.setCurrentWidget(self.placeholder)

    def details_text(self) -> str:
        """The Details tab as plain text, as a screen reader or a test reads it."""
        return self.details.toPlainText()

    # -- loading ------------------------------------------------------------------------------

    def _request(self) -> None:
        """Load the current record now, or once the load running finishes.

        One load at a time: moving through a long table with the arrow keys, or a burst of
        changes from an import, queues one load for the latest state instead of one per step.
        """
        if self._loading:
            self._generation += 1  # what the running load brings back is already stale
            self._reload_after = True
        else:
            self._load(keep_scroll=True)

    def _load(self, keep_scroll: bool) -> None:
        if self._current is None:
            return
        self._generation += 1
        generation = self._generation
        kind, record_id = self._current
        self._history_loaded = False
        self._loading = True
        self._reload_after = False
        scroll = self.details.verticalScrollBar().value() if keep_scroll else 0

        def work(session: Any) -> tuple[RecordDetail, bool]:
            from kztracker.services.details import record_detail

            detail = record_detail(session, kind, record_id)
            return detail, kind == "milestone" and _milestone_overdue(session, record_id)

        def done(result: tuple[RecordDetail, bool]) -> None:
            if generation == self._generation:
                self._show(*result, scroll)
            self._loaded()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                if isinstance(error, RecordNotFound):
                    self._show_deleted()
                else:
                    self._operations.report_failure(error, self)
            self._loaded()

        self._operations.query(work, done, on_failure=failed, parent=self)
        if self.tabs.currentWidget() is self.history:
            self._load_history()

    def _loaded(self) -> None:
        self._loading = False
        if self._reload_after and self._current is not None:
            self._load(keep_scroll=True)

    def _load_history(self) -> None:
        if self._current is None or self._history_loaded:
            return
        self._history_loaded = True
        generation = self._generation
        kind, record_id = self._current

        def work(session: Any) -> list[HistoryRow]:
            from kztracker.services.history import record_history

            return record_history(session, kind, record_id)

        def done(rows: list[HistoryRow]) -> None:
            if generation != self._generation:
                return
            scroll = self.history.verticalScrollBar().value()
            if rows:
                from ui.detail_html import history_html

                self.history.setHtml(history_html(rows, self.palette()))
            else:
                self._history_message(tr("No changes have been recorded for this record."))
            self.history.verticalScrollBar().setValue(scroll)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._history_message(
                    tr("The history cannot be shown: {error}").format(error=error)
                )

        self._operations.query(work, done, on_failure=failed, parent=self)

    def _files_counted(self, count: int) -> None:
        text = tr("Fi&les (%n)", "", count) if count else tr("Fi&les")
        self.tabs.setTabText(self.files_tab, text)

    def _history_message(self, text: str) -> None:
        self.history.setHtml(f'<p style="color: gray;">{html.escape(text)}</p>')

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self._load_history()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, detail: RecordDetail, overdue: bool, scroll: int) -> None:
        self.detail = detail
        self.kind.setText(kind_label(detail.kind).upper())
        self.title.setText(detail.title)
        self.notice.hide()
        self.details.setEnabled(True)
        # Here, not at the top: ui.detail_html brings the model classes (and SQLAlchemy's ORM),
        # which the window's first paint does without (issue 18).
        from ui.detail_html import detail_html

        self.details.setHtml(detail_html(detail, self.palette(), overdue=overdue))
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
            self._reload_after = False
            self._show_deleted()
            return
        # Any other change can rename or relink something this record shows.
        self._request()

    def _follow(self, url: QUrl) -> None:
        from ui.detail_html import parse_record_link, parse_remove_import_link

        target = parse_record_link(url)
        source_id = parse_remove_import_link(url)
        if target is not None:
            self.open_record.emit(*target)
        elif source_id is not None:
            self.remove_import.emit(source_id)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)  # a source's address opens in the browser


def _milestone_overdue(session: Any, record_id: int) -> bool:
    """The one overdue rule of kztracker.schedule, applied to the stored values."""
    from kztracker.dates import PartialDate
    from kztracker.schedule import is_overdue
    from kztracker.services.records import load_record

    values = load_record(session, "milestone", record_id)
    due = values.get("due_on")
    if not due:
        return False
    return is_overdue(PartialDate.parse(str(due)), str(values["status"]), dt.date.today())
