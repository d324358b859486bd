"""Asking before a delete, with everything the delete takes along or unlinks spelled out.

The lists come from the core's `delete_impact`, the same table `delete_record` then follows, so
the dialog says exactly what will happen. Cancel is the default button: Enter keeps the record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kztracker.services.deletion import DeleteImpact
from kztracker.services.records import RelatedItem
from ui.dialog_size import open_at
from ui.dialogs.notice import warning_header
from ui.labels import kind_label


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DeleteConfirmation", text, disambiguation, n)


def _item_kind(kind: str) -> str:
    return tr("Alias") if kind == "alias" else kind_label(kind)


def _noop(text: str) -> str:
    """Marks a source text for the translation sources; translated where it is shown."""
    return text


# The core's words for a link (kztracker.services.deletion), shown in the window's language.
_LINKS = {
    "party": _noop("party"),
    "organization": _noop("organization"),
    "parent organization": _noop("parent organization"),
    "signatory": _noop("signatory"),
    "responsible person": _noop("responsible person"),
    "focus area": _noop("focus area"),
    "parent area": _noop("parent area"),
    "memorandum": _noop("memorandum"),
    "cites it": _noop("cites it"),
    "alias": _noop("alias"),
}
_COUNTS = {
    "organization": lambda n: tr("%n partner(s)", None, n),
    "person": lambda n: tr("%n person(s)", None, n),
    "focus_area": lambda n: tr("%n focus area(s)", None, n),
    "memorandum": lambda n: tr("%n memorandum(s)", None, n),
    "milestone": lambda n: tr("%n milestone(s)", None, n),
    "source": lambda n: tr("%n source(s)", None, n),
    "alias": lambda n: tr("%n other spelling(s)", None, n),
}


def _counted(items: list[RelatedItem]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    parts = [_COUNTS[kind](n) if kind in _COUNTS else f"{n} {kind}" for kind, n in counts.items()]
    if len(parts) <= 1:
        return "".join(parts)
    return tr("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])


def summary(impact: DeleteImpact) -> str:
    """The core's one sentence (what goes, what stays unlinked) in the window's language."""
    from ui.i18n import current_language

    if current_language() == "en":
        return impact.summary()  # the core's own English, with its plurals
    label = impact.label
    if impact.deleted and impact.unlinked:
        text = tr("Deleting “{label}” also deletes {deleted} and unlinks {unlinked}, which stay.")
    elif impact.deleted:
        text = tr("Deleting “{label}” also deletes {deleted}.")
    elif impact.unlinked:
        text = tr("Deleting “{label}” unlinks {unlinked}, which stay.")
    else:
        text = tr("Deleting “{label}” touches no other record.")
    return text.format(
        label=label, deleted=_counted(impact.deleted), unlinked=_counted(impact.unlinked)
    )


class DeleteConfirmation(QDialog):
    def __init__(self, impact: DeleteImpact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.impact = impact
        self.setWindowTitle(tr("Delete {kind}").format(kind=kind_label(impact.kind)))
        self.summary = QLabel(summary(impact), self)
        header = warning_header(
            self, tr("Delete “{label}”?").format(label=impact.label), self.summary
        )
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        hint = QLabel(tr("Edit ▸ Undo ({keys}) brings it all back.").format(keys=undo), self)
        hint.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Record"), tr("Name"), tr("Link")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self._group(tr("Deleted with it"), impact.deleted)
        self._group(tr("Kept, but no longer linked to it"), impact.unlinked)
        self.tree.expandAll()
        columns = self.tree.header()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)

        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(
            tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        # Wide enough for every name whole (a ministry's name, in Russian the kind beside it
        # is long too), within the room of a small screen; past that the names elide.
        least = self.fontMetrics().horizontalAdvance("M") * 60
        names = sum(self.tree.sizeHintForColumn(n) for n in range(self.tree.columnCount()))
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = layout.contentsMargins()
        needed = names + scroll + 2 * self.tree.frameWidth() + margins.left() + margins.right()
        open_at(self, max(least, needed), self.sizeHint().height())
        self.cancel_button.setFocus()

    def _group(self, title: str, items: list[RelatedItem]) -> None:
        if not items:
            return
        group = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
        group.setFirstColumnSpanned(True)
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        for related in items:
            note = tr(_LINKS[related.note]) if related.note in _LINKS else related.note
            child = QTreeWidgetItem(group, [_item_kind(related.kind), related.label, note])
            child.setToolTip(1, related.label)
