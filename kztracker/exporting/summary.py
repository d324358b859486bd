"""The Summary sheet: counts by status, focus area and partner, overdue and due-soon lists.

It is gathered while the record sheets are written (one pass over each), so the database is
not read an extra time for it; its lists are capped, as the Milestones sheet holds them all.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from kztracker.exporting.records import MemorandumRecord, MilestoneRecord
from kztracker.exporting.sheet import Column, Heading, Link, Note
from kztracker.exporting.words import word
from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from kztracker.schedule import CLOSED_STATUSES, DUE_SOON_DAYS, is_due_soon, is_overdue
from kztracker.vocabulary import status_label

LIST_LIMIT = 100
SHORT_LINE = 60  # a value this long fits beside its label on the printed page
COLUMNS = 5

Locate = Callable[[str, int], str]  # (sheet title, row) -> "'Sheet'!A5"


class Summary:
    def __init__(self, today: dt.date, locate: Locate) -> None:
        self.today, self.locate = today, locate
        self.memoranda: Counter[str] = Counter()
        self.milestones: Counter[str] = Counter()
        self.areas: Counter[str] = Counter()
        self.partner_memoranda: Counter[int] = Counter()
        self.partner_milestones: dict[int, Counter[str]] = defaultdict(Counter)
        self.partners: list[tuple[int, str]] = []
        self.overdue: list[list[Any]] = []
        self.due_soon: list[list[Any]] = []
        self.overdue_count = self.due_soon_count = 0
        self.memorandum_rows: dict[int, int] = {}

    # -- gathering, one record at a time ------------------------------------------------------

    def add_memorandum(self, record: MemorandumRecord, row: int) -> None:
        self.memoranda[record.status] += 1
        self.memorandum_rows[record.id] = row
        for org_id, _name, _role in record.parties:
            self.partner_memoranda[org_id] += 1

    def add_milestone(self, record: MilestoneRecord, row: int) -> None:
        self.milestones[record.status] += 1
        self.areas[record.focus_area or word("summary.no_area")] += 1
        overdue = is_overdue(record.due, record.status, self.today)
        state = (
            "done"
            if record.status == "done"
            else ""
            if record.status in CLOSED_STATUSES
            else "open"
        )
        for org_id in record.organization_ids:
            counts = self.partner_milestones[org_id]
            if state:
                counts[state] += 1
            if overdue:
                counts["overdue"] += 1
        if overdue:
            self.overdue_count += 1
            if len(self.overdue) < LIST_LIMIT:
                self.overdue.append(self._listed(record, row))
        elif is_due_soon(record.due, record.status, self.today, DUE_SOON_DAYS):
            self.due_soon_count += 1
            if len(self.due_soon) < LIST_LIMIT:
                self.due_soon.append(self._listed(record, row))

    def add_partner(self, org_id: int, name: str) -> None:
        self.partners.append((org_id, name))

    def _listed(self, record: MilestoneRecord, row: int) -> list[Any]:
        memo_row = self.memorandum_rows.get(record.memorandum_id or 0)
        memo = record.memorandum
        return [
            Link(record.title, self.locate(word("sheet.milestones"), row)),
            record.due,
            status_label(record.status),
            record.responsible,
            Link(memo, self.locate(word("sheet.memoranda"), memo_row))
            if memo and memo_row
            else memo,
        ]

    # -- the sheet ----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [Column("") for _ in range(COLUMNS)]

    def rows(self, generated: dt.datetime, database: str, scope: str) -> list[list[Any]]:
        rows: list[list[Any]] = [
            [Heading(word("summary.heading"), level=1)],
            [word("summary.generated"), generated.replace(microsecond=0, tzinfo=None)],
            [word("summary.database"), Note(database)],
        ]
        if len(scope) <= SHORT_LINE:
            rows.append([word("summary.scope"), Note(scope)])
        else:
            # A long scope (a memorandum's title) wraps under its label, inside the page.
            rows += [[word("summary.scope")], [scope]]
        self._counts(rows, "summary.memoranda_by_status", MEMORANDUM_STATUSES, self.memoranda)
        self._counts(rows, "summary.milestones_by_status", MILESTONE_STATUSES, self.milestones)
        self._section(
            rows, word("summary.milestones_by_area"), ["col.focus_area"], ["summary.count"]
        )
        for area, count in sorted(self.areas.items()):
            rows.append([area, count])
        self._partners(rows)
        self._list(
            rows,
            word("summary.overdue", count=self.overdue_count),
            self.overdue,
            self.overdue_count,
        )
        self._list(
            rows,
            word("summary.due_soon", days=DUE_SOON_DAYS, count=self.due_soon_count),
            self.due_soon,
            self.due_soon_count,
        )
        return rows

    @staticmethod
    def _section(
        rows: list[list[Any]], title: str, headers: list[str], numbers: Sequence[str] = ()
    ) -> None:
        """A blank line, the section's title, its column headings (then numeric ones)."""
        rows.append([])
        rows.append([Heading(title)])
        rows.append(
            [Heading(word(key)) for key in headers]
            + [Heading(word(key), numbers=True) for key in numbers]
        )

    def _counts(
        self, rows: list[list[Any]], title: str, statuses: tuple[str, ...], counts: Counter[str]
    ) -> None:
        self._section(rows, word(title), ["col.status"], ["summary.count"])
        known = list(statuses) + sorted(set(counts) - set(statuses))
        for status in known:
            rows.append([status_label(status), counts[status]])
        rows.append([Heading(word("summary.total")), sum(counts.values())])

    def _partners(self, rows: list[list[Any]]) -> None:
        self._section(
            rows,
            word("summary.partners"),
            ["summary.partner"],
            [
                "summary.partner_memoranda",
                "summary.partner_done",
                "summary.partner_open",
                "summary.partner_overdue",
            ],
        )
        for org_id, name in self.partners:
            memoranda = self.partner_memoranda[org_id]
            counts = self.partner_milestones.get(org_id, Counter())
            if memoranda or counts:
                rows.append([name, memoranda, counts["done"], counts["open"], counts["overdue"]])

    def _list(self, rows: list[list[Any]], title: str, listed: list[list[Any]], count: int) -> None:
        self._section(
            rows,
            title,
            [
                "summary.milestone",
                "summary.due",
                "summary.status",
                "summary.responsible",
                "summary.memorandum",
            ],
        )
        rows.extend(listed)
        if not count:
            rows.append([Note(word("summary.none"))])
        elif count > len(listed):
            rows.append([Note(word("summary.more", count=f"{count - len(listed):,}"))])
