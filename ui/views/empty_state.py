"""What an empty record table says, instead of a blank white box.

A search or filter that keeps no row says so and how to get the rows back; a kind with no
records yet says how to add one. Nothing shows while the rows are still being read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


class EmptyState(QLabel):
    """A note centred over `table`'s rows while it shows none."""

    def __init__(self, kind: str, table: QAbstractScrollArea, filters: QWidget | None) -> None:
        super().__init__(table.viewport())
        self.setObjectName("emptyState")
        self.kind = kind
        self.filters = filters
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: palette(placeholder-text);")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMargin(24)
        self.hide()
        table.viewport().installEventFilter(self)
        self._fit()

    def show_counts(self, shown: int, total: int) -> None:
        """The rows are in: `shown` of `total` pass the search and filters."""
        if shown:
            self.hide()
            return
        self.setText(self._no_rows_text() if total else self._no_records_text())
        self._fit()
        self.show()

    def _no_rows_text(self) -> str:
        if self.filters is None:
            return "\n".join(
                (tr("Nothing matches the search."), tr("Esc in the search box clears it."))
            )
        return "\n".join(
            (
                tr("Nothing matches the search or the filters."),
                tr("Esc in the search box clears the search; Clear filters shows every record."),
            )
        )

    def _no_records_text(self) -> str:
        if self.kind == "source":
            return "\n".join(
                (
                    tr("No sources yet."),
                    tr(
                        "Each announcement you import (File › Import announcements…, Ctrl+I) "
                        "becomes a source."
                    ),
                )
            )
        return "\n".join(
            (
                tr("Nothing here yet."),
                tr(
                    "New… (Ctrl+N) adds a record; File › Import announcements… (Ctrl+I) "
                    "reads them from an announcement."
                ),
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
