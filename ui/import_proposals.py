"""The import review's list of proposals: grouped by kind, each with its action and target.

One row per proposed record (partner, person, memorandum, focus area, milestone), under a bold
group row per kind. Column 1 says what Apply will do (link, merge, create, skip) in that
action's colour and word; column 2 names the existing record and its score, or what a new
record will be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from kztracker.importing.draft import Draft, DraftMilestone
from ui.labels import format_date, kind_label, status_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIONS = ("link", "create", "skip")
GROUPS = (
    ("organization", "organizations"),
    ("person", "people"),
    ("memorandum", "memoranda"),
    ("focus_area", "focus_areas"),
    ("milestone", "milestones"),
)
_ACTION_COLOURS = {"link": "#047857", "create": "#1d4ed8", "skip": "#6b7280"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportReviewDialog", text)


def action_label(action: str) -> str:
    return {"link": tr("Link"), "create": tr("Create"), "skip": tr("Skip")}[action]


def label_of(item: Any) -> str:
    return str(getattr(item, "name", None) or getattr(item, "title", ""))


def score_text(score: float) -> str:
    """A match score as the language writes decimals ("0.84", "0,84")."""
    return QLocale().toString(score, "f", 2)


class ProposalTree(QTreeWidget):
    """The proposals of one draft. `choice_name(kind, id)` names a record chosen by hand."""

    def __init__(
        self, choice_name: Callable[[str, int | None], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choice_name = choice_name
        self.setColumnCount(3)
        self.setHeaderLabels([tr("Proposal"), tr("Action"), tr("Existing record")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)

    def fill(self, draft: Draft) -> None:
        """One group per kind that has proposals; the first proposal selected."""
        self.clear()
        for kind, attribute in GROUPS:
            items = getattr(draft, attribute)
            if not items:
                continue
            group = QTreeWidgetItem(self, [f"{kind_label(kind, plural=True)} ({len(items)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in items:
                row = QTreeWidgetItem(group)
                row.setData(0, ITEM_ROLE, (kind, item))
                self.show_proposal(row)
            group.setExpanded(True)
        self.resizeColumnToContents(1)
        self.setColumnWidth(0, 300)
        first = self.rows()[:1]
        if first:
            self.setCurrentItem(first[0])

    def rows(self) -> list[QTreeWidgetItem]:
        """Every proposal row, in order (the group rows left out)."""
        rows: list[QTreeWidgetItem] = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is not None:
                rows.extend(c for i in range(group.childCount()) if (c := group.child(i)))
        return rows

    def current(self) -> tuple[str, Any] | None:
        """(kind, draft item) of the selected proposal, None on a group row or none."""
        row = self.currentItem()
        data = row.data(0, ITEM_ROLE) if row is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def counts(self) -> dict[str, int]:
        """How many proposals each action has."""
        counts = dict.fromkeys(ACTIONS, 0)
        for row in self.rows():
            counts[row.data(0, ITEM_ROLE)[1].match.action] += 1
        return counts

    def select_next(self) -> None:
        rows = self.rows()
        row = self.currentItem()
        if row in rows and rows.index(row) + 1 < len(rows):
            self.setCurrentItem(rows[rows.index(row) + 1])

    def show_proposal(self, row: QTreeWidgetItem) -> None:
        """Show a row's proposal as it stands now."""
        kind, item = row.data(0, ITEM_ROLE)
        match = item.match
        row.setText(0, label_of(item))
        row.setToolTip(0, label_of(item))
        action = action_label(match.action)
        if match.action == "link" and match.learn_alias:
            action = tr("Merge")
        row.setText(1, action)
        if match.action == "link":
            target = next((c for c in match.candidates if c.record_id == match.record_id), None)
            name = target.name if target else self._choice_name(kind, match.record_id)
            score = f" ({score_text(target.score)})" if target else ""
            row.setText(2, f"{name}{score}")
            row.setToolTip(2, target.reason if target else "")
        elif match.action == "create":
            text, tooltip = _new_record_facts(item)
            row.setText(2, text)
            row.setToolTip(2, tooltip)
        else:
            row.setText(2, "")
        row.setForeground(1, QColor(_ACTION_COLOURS[match.action]))
        font = row.font(0)
        font.setStrikeOut(match.action == "skip")
        row.setFont(0, font)


def _new_record_facts(item: Any) -> tuple[str, str]:
    """What a created record will be (new, its parent, date, status, the closest existing
    record), and why that one was closest."""
    parent = getattr(item, "parent", None)
    facts = [tr("new, under {parent}").format(parent=parent) if parent else tr("new")]
    date = getattr(item, "date", None) or getattr(item, "signed_on", None)
    if date is not None:
        facts.append(format_date(date.isoformat()))
    if isinstance(item, DraftMilestone):
        facts.append(status_label(item.status))
        if item.memorandum:  # the link to its memorandum, in sight before Apply
            facts.append(tr("for {memorandum}").format(memorandum=item.memorandum))
    candidates = item.match.candidates
    closest = next((c for c in candidates if not c.parent), None)
    if closest is None:
        return ", ".join(facts), ""
    facts.append(
        tr("closest: {name} ({score})").format(name=closest.name, score=score_text(closest.score))
    )
    return ", ".join(facts), closest.reason
