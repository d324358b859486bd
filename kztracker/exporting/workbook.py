"""The Excel export: one workbook with a Summary sheet and one sheet per record kind.

openpyxl's write-only mode streams rows to disk, so memory stays flat however many milestones
there are; the price is that widths, frozen panes and the filter must be known before the first
row, which is why every sheet's cells are built first and written second.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.errors import KztrackerError
from kztracker.exporting.sheet import Cancelled, CancelledExport, Link, Progress, Section, Sheet
from kztracker.exporting.writer import (
    ProgressCounter,
    check_target,
    discard,
    write_atomically,
    write_sheet,
)
from kztracker.models import MILESTONE_STATUSES
from kztracker.schedule import DUE_SOON_DAYS, OPEN_STATUSES, is_due_soon, is_overdue
from kztracker.services.listing import Row, list_records

DATE_FORMATS = {"year": "yyyy", "month": "mmm yyyy", "day": "dd.mm.yyyy"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: dict[str, int]


# --- Selecting the records ---------------------------------------------------------------


@dataclass
class _Data:
    memoranda: list[Row]
    milestones: list[Row]
    partners: list[Row]
    people: list[Row]
    focus_areas: list[Row]
    sources: list[Row]


def _load(session: Session) -> _Data:
    return _Data(
        *(
            list_records(session, kind)
            for kind in ("memoranda", "milestones", "partners", "people", "focus-areas", "sources")
        )
    )


def _status_filter(status: str) -> tuple[str, ...]:
    if status == "open":
        return OPEN_STATUSES
    if status not in MILESTONE_STATUSES:
        raise KztrackerError(
            f"unknown milestone status {status!r}; use open or one of: "
            + ", ".join(MILESTONE_STATUSES)
        )
    return (status,)


def _scope_to_memorandum(data: _Data, title: str) -> _Data:
    memoranda = [m for m in data.memoranda if m["title"] == title]
    if not memoranda:
        raise KztrackerError(f"no memorandum titled {title!r}")
    memo = memoranda[0]
    milestones = [m for m in data.milestones if m["memorandum"] == title]
    partners = {p["name"] for p in memo["parties"]}
    partners.update(org for m in milestones for org in m["organizations"])
    people = set(memo["signatories"]) | {memo["responsible"]}
    people.update(m["responsible"] for m in milestones)
    areas = set(memo["focus_areas"]) | {m["focus_area"] for m in milestones}
    # Sources are not linked to memoranda in the listings, so a scoped export keeps them all.
    return _Data(
        memoranda,
        milestones,
        [p for p in data.partners if p["name"] in partners],
        [p for p in data.people if p["name"] in people],
        [a for a in data.focus_areas if a["name"] in areas],
        data.sources,
    )


def _select(session: Session, memorandum: str | None, milestone_status: str | None) -> _Data:
    statuses = _status_filter(milestone_status) if milestone_status else None
    data = _load(session)
    if memorandum is not None:
        data = _scope_to_memorandum(data, memorandum)
    if statuses is not None:
        data.milestones = [m for m in data.milestones if m["status"] in statuses]
    return data


# --- Cell values -------------------------------------------------------------------------


def _date(iso: str | None) -> tuple[dt.date, str] | None:
    if not iso:
        return None
    value = PartialDate.parse(iso)
    return value.first_day(), DATE_FORMATS[value.precision]


def _joined(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v)


def _parties(parties: Sequence[Row]) -> str:
    return "; ".join(
        p["name"] if p["role"] in (None, "party") else f"{p['name']} ({p['role']})" for p in parties
    )


def _due(milestone: Row) -> PartialDate | None:
    return PartialDate.parse(milestone["due"]) if milestone["due"] else None


def _is_overdue(milestone: Row, today: dt.date) -> bool:
    return is_overdue(_due(milestone), milestone["status"], today)


# --- Sheet contents ----------------------------------------------------------------------


def _memoranda_sheet(data: _Data, first_milestone_row: dict[str, int]) -> Sheet:
    sheet = Sheet(
        "Memoranda",
        [
            "Title",
            "Kind",
            "Status",
            "Signed on",
            "Valid until",
            "Parties",
            "Signatories",
            "Focus areas",
            "Responsible",
            "Summary",
            "Milestones",
        ],
    )
    for m in data.memoranda:
        row = first_milestone_row.get(m["title"])
        link = Link("first milestone", f"'Milestones'!A{row}") if row else None
        sheet.rows.append(
            [
                m["title"],
                m["kind"],
                m["status"],
                _date(m["signed_on"]),
                _date(m["valid_until"]),
                _parties(m["parties"]),
                _joined(m["signatories"]),
                _joined(m["focus_areas"]),
                m["responsible"],
                m["summary"],
                link,
            ]
        )
    return sheet


def _milestones_sheet(data: _Data, memorandum_row: dict[str, int]) -> Sheet:
    sheet = Sheet(
        "Milestones",
        [
            "Title",
            "Memorandum",
            "Focus area",
            "Start",
            "Due",
            "Completed",
            "Status",
            "Responsible",
            "Organizations",
            "Notes",
        ],
    )
    for m in data.milestones:
        memo = m["memorandum"]
        row = memorandum_row.get(memo) if memo else None
        sheet.rows.append(
            [
                m["title"],
                Link(memo, f"'Memoranda'!A{row}") if row else memo,
                m["focus_area"],
                _date(m["start"]),
                _date(m["due"]),
                _date(m["completed"]),
                m["status"],
                m["responsible"],
                _joined(m["organizations"]),
                m["notes"],
            ]
        )
    return sheet


def _simple_sheet(title: str, rows: list[Row], columns: Sequence[tuple[str, str]]) -> Sheet:
    sheet = Sheet(title, [header for header, _ in columns])
    for record in rows:
        values: list[Any] = []
        for _, key in columns:
            value = record[key]
            if isinstance(value, list):
                value = _joined(value)
            elif key == "published":
                value = _date(value)
            values.append(value)
        sheet.rows.append(values)
    return sheet


def _summary_sheet(data: _Data, source_label: str, now: dt.datetime) -> Sheet:
    today = now.date()
    sheet = Sheet("Summary", ["Kztracker export", ""], header_row=False)
    add = sheet.rows.append
    add(["Generated", now.replace(microsecond=0, tzinfo=None)])
    add(["Database", source_label])
    _summary_counts(sheet, "Memoranda by status", Counter(m["status"] for m in data.memoranda))
    _summary_counts(sheet, "Milestones by status", Counter(m["status"] for m in data.milestones))
    _summary_counts(
        sheet,
        "Milestones by focus area",
        Counter(m["focus_area"] or "(none)" for m in data.milestones),
    )
    _summary_partners(sheet, data, today)
    overdue = [m for m in data.milestones if _is_overdue(m, today)]
    _summary_list(sheet, "Overdue milestones", overdue)
    upcoming = [
        m for m in data.milestones if is_due_soon(_due(m), m["status"], today, DUE_SOON_DAYS)
    ]
    _summary_list(sheet, f"Due in the next {DUE_SOON_DAYS} days", upcoming)
    return sheet


def _section(sheet: Sheet, title: str, headers: Sequence[str]) -> None:
    sheet.rows.append([])
    sheet.rows.append([Section(title)])
    sheet.rows.append([Section(h) for h in headers])


def _summary_counts(sheet: Sheet, title: str, counts: Counter[str]) -> None:
    _section(sheet, title, ["", "Count"])
    for key, count in sorted(counts.items()):
        sheet.rows.append([key, count])


def _summary_partners(sheet: Sheet, data: _Data, today: dt.date) -> None:
    memoranda: Counter[str] = Counter(p["name"] for m in data.memoranda for p in m["parties"])
    milestones: dict[str, Counter[str]] = defaultdict(Counter)
    for m in data.milestones:
        state = (
            "overdue"
            if _is_overdue(m, today)
            else (
                "done" if m["status"] == "done" else "open" if m["status"] in OPEN_STATUSES else ""
            )
        )
        for org in m["organizations"]:
            if state:
                milestones[org][state] += 1
                # Overdue milestones are open too; the two columns answer different questions.
                if state == "overdue":
                    milestones[org]["open"] += 1
    _section(
        sheet,
        "Partners",
        [
            "Partner",
            "Memoranda",
            "Milestones done",
            "Milestones open",
            "Milestones overdue",
        ],
    )
    for p in data.partners:
        c = milestones.get(p["name"], Counter())
        if memoranda[p["name"]] or c:
            sheet.rows.append([p["name"], memoranda[p["name"]], c["done"], c["open"], c["overdue"]])


def _summary_list(sheet: Sheet, title: str, milestones: list[Row]) -> None:
    _section(
        sheet,
        f"{title} ({len(milestones)})",
        [
            "Milestone",
            "Memorandum",
            "Due",
            "Status",
            "Responsible",
        ],
    )
    for m in milestones:
        sheet.rows.append(
            [m["title"], m["memorandum"], _date(m["due"]), m["status"], m["responsible"]]
        )


def _sheet_builders(data: _Data) -> list[Callable[[], Sheet]]:
    """The record sheets, each built only when its turn comes so one sheet's cells at a time
    are held in memory (the Summary is built first, from the same data)."""
    # Links need the target rows up front: row 1 is the header, so record i sits on row i + 2.
    memorandum_row = {m["title"]: i + 2 for i, m in enumerate(data.memoranda)}
    first_milestone_row: dict[str, int] = {}
    for i, m in enumerate(data.milestones):
        if m["memorandum"]:
            first_milestone_row.setdefault(m["memorandum"], i + 2)
    return [
        lambda: _memoranda_sheet(data, first_milestone_row),
        lambda: _milestones_sheet(data, memorandum_row),
        lambda: _simple_sheet(
            "Partners",
            data.partners,
            [
                ("Name", "name"),
                ("Short name", "short_name"),
                ("Kind", "kind"),
                ("Country", "country"),
                ("Parent", "parent"),
                ("Aliases", "aliases"),
            ],
        ),
        lambda: _simple_sheet(
            "People",
            data.people,
            [
                ("Name", "name"),
                ("Title", "title"),
                ("Organization", "organization"),
                ("Email", "email"),
                ("Phone", "phone"),
                ("Aliases", "aliases"),
            ],
        ),
        lambda: _simple_sheet(
            "Focus areas",
            data.focus_areas,
            [
                ("Name", "name"),
                ("Parent", "parent"),
                ("Description", "description"),
            ],
        ),
        lambda: _simple_sheet(
            "Sources",
            data.sources,
            [
                ("Title", "title"),
                ("Outlet", "outlet"),
                ("URL", "url"),
                ("Published", "published"),
                ("Language", "language"),
            ],
        ),
    ]


def export_workbook(
    session: Session,
    path: str | os.PathLike[str],
    *,
    source_label: str,
    memorandum: str | None = None,
    milestone_status: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the records (optionally one memorandum's, or milestones of one status) to `path`."""
    target = Path(path)
    check_target(target)
    data = _select(session, memorandum, milestone_status)
    now = dt.datetime.now()
    summary = _summary_sheet(data, source_label, now)
    records = [data.memoranda, data.milestones, data.partners, data.people, data.focus_areas]
    total = len(summary.rows) + sum(len(r) for r in records) + len(data.sources)
    counter = ProgressCounter(total, progress, cancelled)
    counts = {summary.title: len(summary.rows)}
    wb = Workbook(write_only=True)
    saved = False
    try:
        write_sheet(wb, summary, counter)
        for build in _sheet_builders(data):
            sheet = build()
            write_sheet(wb, sheet, counter)
            counts[sheet.title] = len(sheet.rows)
            del sheet  # written rows live in openpyxl's temp file; free ours before the next
        write_atomically(wb, target)
        saved = True
    except CancelledExport:
        raise KztrackerError("export cancelled; the earlier file is unchanged") from None
    finally:
        if not saved:
            discard(wb)
    return ExportResult(target, counts)
