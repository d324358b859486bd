"""What an applied import did: every record it created or linked to, each one click away.

Shown after Apply. The lists come from `kztracker.services.import_undo.import_contents` (read
off the UI thread); a click on a record opens it in the main window (`open_record`), and
"Remove this import" takes the whole import back.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.detail_html import parse_record_link, record_link
from ui.labels import kind_label
from ui.operations import Operations


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


class ImportSummaryDialog(QDialog):
    """The summary of one import. `open_record(kind, id)` when the user clicks a record;
    `remove_requested(source_id)` for "Remove this import"."""

    open_record = Signal(str, int)
    remove_requested = Signal(int)

    def __init__(self, contents: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contents = contents
        self.setWindowTitle(tr("Import applied"))
        self.resize(560, 520)
        heading = QLabel(
            tr("Imported “{title}”. Click a record to open it.").format(title=contents.source_title)
        )
        heading.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(summary_html(contents))
        hint = QLabel(tr("Edit > Undo, or Remove this import, takes the whole import back."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(tr("Remove this import…"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def links(self) -> list[tuple[str, int]]:
        """Every record the summary links to, in order (tests and screen readers)."""
        items = [*self.contents.created, *self.contents.linked]
        return [("source", self.contents.source_id), *((i.kind, i.id) for i in items)]

    def _follow(self, url: QUrl) -> None:
        target = parse_record_link(url)
        if target is not None:
            self.open_record.emit(*target)

    def _remove(self) -> None:
        self.remove_requested.emit(self.contents.source_id)
        self.accept()


def summary_html(contents: Any) -> str:
    """The source, then what was created, linked to and learned, as lists of links."""
    parts = [
        f'<p><a href="{record_link("source", contents.source_id)}">'
        f"{html.escape(contents.source_title)}</a></p>"
    ]
    for title, items in (
        (tr("Created ({count})"), contents.created),
        (tr("Linked to ({count})"), contents.linked),
    ):
        parts.append(f"<h3>{html.escape(title.format(count=len(items)))}</h3>")
        if not items:
            parts.append(f"<p>{html.escape(tr('none'))}</p>")
            continue
        parts.append("<ul>")
        for item in items:
            parts.append(
                f'<li>{html.escape(kind_label(item.kind))}: <a href="'
                f'{record_link(item.kind, item.id)}">{html.escape(item.label)}</a></li>'
            )
        parts.append("</ul>")
    if contents.aliases:
        parts.append(f"<h3>{html.escape(tr('Aliases learned'))}</h3><ul>")
        for item in contents.aliases:
            parts.append(
                f"<li>“{html.escape(item.alias or '')}” → "
                f'<a href="{record_link(item.kind, item.id)}">{html.escape(item.label)}</a></li>'
            )
        parts.append("</ul>")
    return "".join(parts)


def show_summary(parent: QWidget | None, operations: Operations, source_id: int) -> None:
    """Read what the import did, then show it beside the window (not modal: the user works on)."""
    from ui.import_undo import remove_import_asking

    def work(session: Any) -> Any:
        from kztracker.services.import_undo import import_contents

        return import_contents(session, source_id)

    def arrived(contents: Any) -> None:
        dialog = ImportSummaryDialog(contents, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opener = getattr(parent, "open_record", None)
        if callable(opener):
            dialog.open_record.connect(opener)
        dialog.remove_requested.connect(lambda i: remove_import_asking(parent, operations, i))
        dialog.show()

    operations.query(work, arrived, parent=parent)
