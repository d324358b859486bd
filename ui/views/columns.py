"""The columns each record view shows: header, which row field, how to show and sort it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics

from kztracker.vocabulary import LANGUAGE_LABELS, MEMORANDUM_STATUSES, MILESTONE_STATUSES
from ui.labels import (
    format_count,
    format_date,
    language_label,
    memorandum_kind_label,
    organization_kind_label,
    status_label,
)


def _noop(text: str) -> str:
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


@dataclass(frozen=True)
class Column:
    """One column: `field` names the browse-row attribute; `show` says how it reads."""

    field: str
    header: str  # English source text, translated when shown
    show: str = "text"  # text | date | status | count | organization_kind | memorandum_kind
    width: int = 16  # in average characters; the last column stretches
    hidden: bool = False  # until the user shows it (header menu)
    explanation: str = ""  # English source text of the header's tooltip

    @property
    def tooltip(self) -> str:
        return tr(self.explanation) if self.explanation else self.title

    @property
    def title(self) -> str:
        return tr(self.header)


# How a stored value reads in a cell, by `Column.show`.
FORMATTERS: dict[str, Callable[[Any], str]] = {
    "text": lambda value: "" if value is None else str(value),
    "date": format_date,
    "status": status_label,
    "count": lambda value: "" if not value else format_count(value),
    "organization_kind": organization_kind_label,
    "memorandum_kind": memorandum_kind_label,
    "language": language_label,
}

COLUMNS: dict[str, tuple[Column, ...]] = {
    "milestone": (
        Column("title", _noop("Milestone"), width=40),
        Column(
            "status",
            _noop("Status"),
            "status",
            12,
            explanation=_noop("Overdue: still open after the last day its due date can mean"),
        ),
        Column("due", _noop("Due"), "date", 10),
        Column("memorandum", _noop("Memorandum"), width=24),
        Column(
            "partners",
            _noop("Partners"),
            width=24,
            explanation=_noop("The milestone's own partners and the parties of its memorandum"),
        ),
        Column("focus_area", _noop("Focus area"), width=18),
        Column("responsible", _noop("Responsible"), width=16),
        Column("completed", _noop("Completed"), "date", 10, hidden=True),
    ),
    "memorandum": (
        Column("title", _noop("Title"), width=48),
        Column("status", _noop("Status"), "status", 11),
        Column("kind", _noop("Kind"), "memorandum_kind", 22, hidden=True),
        Column("signed_on", _noop("Signed"), "date", 11),
        Column("valid_until", _noop("Valid until"), "date", 11),
        Column("parties", _noop("Parties"), width=36),
        Column("focus_areas", _noop("Focus areas"), width=28),
        Column("responsible", _noop("Responsible"), width=18, hidden=True),
        Column(
            "milestones",
            _noop("Milestones"),
            "count",
            9,
            explanation=_noop("How many milestones serve this memorandum"),
        ),
    ),
    "organization": (
        Column("name", _noop("Name"), width=44),
        Column("short_name", _noop("Short name"), width=12),
        Column("kind", _noop("Kind"), "organization_kind", 18),
        Column("country", _noop("Country"), width=14),
        Column("parent", _noop("Part of"), width=28),
        Column("memoranda", _noop("Memoranda"), "count", 9),
        Column("milestones", _noop("Milestones"), "count", 9),
    ),
    "person": (
        Column("name", _noop("Full name"), width=24),
        Column("title", _noop("Position"), width=36),
        Column("organization", _noop("Organization"), width=40),
        Column("email", _noop("Email"), width=22),
        Column("phone", _noop("Phone"), width=14),
    ),
    "focus_area": (
        Column("name", _noop("Name"), width=44),
        Column("parent", _noop("Part of"), width=24),
        Column("memoranda", _noop("Memoranda"), "count", 9),
        Column("milestones", _noop("Milestones"), "count", 9),
        Column("description", _noop("Description"), width=50),
    ),
    "source": (
        Column("title", _noop("Title"), width=56),
        Column("outlet", _noop("Outlet"), width=22),
        Column("published_on", _noop("Published"), "date", 11),
        Column("language", _noop("Language"), "language", 8),
        Column(
            "records",
            _noop("Records"),
            "count",
            8,
            explanation=_noop("How many records this source supports"),
        ),
        Column("url", _noop("Address"), width=30, hidden=True),
    ),
}


# The longest text a column of fixed width shows, by Column.show.
_SAMPLES: dict[str, Callable[[str], str]] = {
    "date": lambda kind: format_date("2024-09-28"),
    "status": lambda kind: (
        QCoreApplication.translate("RecordTableModel", "{status} · overdue").format(
            status=status_label("in_progress")
        )
        if kind == "milestone"
        else max((status_label(s) for s in MEMORANDUM_STATUSES), key=len)
    ),
    "count": lambda kind: format_count(99_999),
    "language": lambda kind: max((language_label(code) for code in LANGUAGE_LABELS), key=len),
}


def _longest_status(kind: str) -> str:
    """The longest status a row of `kind` can have: a milestone is never "Expired", whose
    Russian label (Срок действия истёк) is half as long again as any milestone's."""
    statuses = MILESTONE_STATUSES if kind == "milestone" else MEMORANDUM_STATUSES
    return max((status_label(s) for s in statuses), key=len)


# When the view is narrow, a status column takes the width of the longest status alone: the
# " · overdue" it may add is elided, the colour and the bold due date still saying it.
_TIGHT_SAMPLES: dict[str, Callable[[str], str]] = {"status": _longest_status}

# The least a text column keeps, in average characters: the name or title more than others,
# which elide first (their full text is in the tooltip and the detail pane).
_LEAST_FIRST = 12
_LEAST_OTHER = 6
# The share of the text columns' room the name or title is given before the others take theirs.
_FIRST_SHARE = 0.5


def column_widths(
    kind: str, cells: QFontMetrics, headers: QFontMetrics, hidden: set[int], available: int = 0
) -> list[int]:
    """Each column's natural width; with `available` pixels, columns shrink to fit.

    Dates and counts keep the width their longest value needs; a status keeps the width of the
    longest status. Among text columns the name or title (always the first) is given a good
    share of the room first (issue 15: "the title column gets the room" at 1280x720 and
    1366x768), and the others elide down to a few characters.
    """
    unit = cells.averageCharWidth()
    columns = COLUMNS[kind]

    def natural(column: Column, samples: dict[str, Callable[[str], str]]) -> int:
        sample = samples.get(column.show)
        text = column.width * unit if sample is None else cells.horizontalAdvance(sample(kind))
        return max(text, headers.horizontalAdvance(column.title) + 12) + 16

    widths = [natural(column, _SAMPLES) for column in columns]
    shown = [n for n in range(len(columns)) if n not in hidden]
    text = [n for n in shown if columns[n].show not in _SAMPLES]
    if available <= 0 or not text:
        return widths
    if sum(widths[n] for n in shown) > available:
        widths = [natural(column, {**_SAMPLES, **_TIGHT_SAMPLES}) for column in columns]
    room = available - sum(widths[n] for n in shown if n not in text)
    least_first, least_other = _LEAST_FIRST * unit + 16, _LEAST_OTHER * unit + 16
    first, others = text[0], text[1:]
    wanted = sum(widths[n] for n in others)
    share = max(least_first, int(room * _FIRST_SHARE), room - wanted)
    widths[first] = max(least_first, min(widths[first], share))
    scale = min(1.0, (room - widths[first]) / max(1, wanted))
    for n in others:
        widths[n] = max(int(widths[n] * scale), min(least_other, widths[n]))
    # What the other columns' minimums still overrun comes out of the first one.
    overrun = widths[first] + sum(widths[n] for n in others) - room
    if overrun > 0:
        widths[first] = max(least_first, widths[first] - overrun)
    else:
        # Room to spare (a wide screen) goes to the name or title, not to the last column.
        widths[first] -= overrun
    return widths
