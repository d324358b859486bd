"""The Excel export: a Summary sheet, then one sheet per record kind, streamed.

Each record sheet is read once and written as it is measured (kztracker.exporting.writer):
its widths are settled when it is finished. The sheets need each other's rows, so they are
read in this order: the memoranda's order first (without writing them; milestones link to their
memorandum's row), then the milestones (which give each memorandum its first milestone row),
the memoranda, the other kinds, and the Summary last, from what the others saw, though it is
the workbook's first sheet. Memory stays flat however many milestones there are.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kztracker.counts import counted_list
from kztracker.db import Database
from kztracker.exporting import identity, records
from kztracker.exporting.progress import ProgressCounter
from kztracker.exporting.record_sheet import RecordSheet, columns, joined
from kztracker.exporting.records import MemorandumRecord, MilestoneRecord
from kztracker.exporting.saving import check_target, discard, write_atomically
from kztracker.exporting.scope import ExportScope, Selection, resolve
from kztracker.exporting.sheet import Cancelled, Link, Progress
from kztracker.exporting.sizes import fit_widths
from kztracker.exporting.summary import Summary
from kztracker.exporting.summary_pages import write_paged
from kztracker.exporting.words import word
from kztracker.exporting.writer import SheetWriter
from kztracker.i18n import _
from kztracker.locations import sqlite_path
from kztracker.schedule import CLOSED_STATUSES
from kztracker.transactions import read_snapshot
from kztracker.vocabulary import (
    language_label,
    memorandum_kind_label,
    organization_kind_label,
    party_role_label,
    status_label,
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: dict[str, int]  # sheet title -> rows below its header
    counts: dict[str, int]  # record kind -> records written
    scope: str

    def describe(self) -> str:
        """One line for the user: what was written where."""
        # In the user's language; the scope is the workbook's own wording of it.
        return _("Wrote {path}: {counts}. Scope: {scope}.").format(
            path=self.path, counts=counted_list(self.counts), scope=self.scope
        )


def locate(sheet: str, row: int) -> str:
    return "'{}'!A{}".format(sheet.replace("'", "''"), row)


class _Export:
    """The sheets of one export and what they need to know of each other."""

    def __init__(self, session: Session, selection: Selection, today: dt.date) -> None:
        self.session, self.selection = session, selection
        self.milestones_title = word("sheet.milestones")
        self.memoranda_title = word("sheet.memoranda")
        self.summary = Summary(today, locate)
        self.first_milestone_row: dict[int, int] = {}
        self.organizations: records.Organizations | None = None
        self.statuses: dict[str, str] = {}
        self.memorandum_links: dict[int, Link] = {}
        self.milestone_count: dict[int, int] = {}
        # Each record's attached files by name, read once per kind when its sheet starts.
        self.attached: dict[str, dict[int, list[str]]] = {}
        self.summary_count = 0
        # In the workbook's order; write() reads the memoranda first and writes them last.
        self.sheets = [
            self._memoranda_sheet(),
            self._milestones_sheet(),
            self._partners_sheet(),
            self._people_sheet(),
            self._focus_areas_sheet(),
            self._sources_sheet(),
        ]
        # Hidden id and version columns, so an edited export can be brought back.
        for sheet in self.sheets:
            if sheet.kind in identity.KINDS:
                identity.carry(sheet, session, selection)

    # -- what each sheet reads ----------------------------------------------------------------

    def _memoranda_sheet(self) -> RecordSheet:
        """The memoranda in the scope, each noted in the Summary. Read twice (the module's
        docstring says why): its milestone links come from the milestones read in between."""
        return RecordSheet(
            "memorandum",
            self.memoranda_title,
            columns(
                "col.title",
                "col.kind",
                "col.status",
                "col.signed_on",
                "col.valid_until",
                "col.parties",
                "col.signatories",
                "col.focus_areas",
                "col.responsible",
                "col.summary",
                "col.milestones",
                "col.attachments",
            ),
            lambda: records.memoranda(self.session, self.selection),
            self._memorandum_cells,
            self.summary.add_memorandum,
        )

    def _milestones_sheet(self) -> RecordSheet:
        """The milestones in the scope, each noted in the Summary and in its memorandum's count
        and first row. The last column is the hidden helper the overdue rule reads: the last
        day a partial due date can mean."""
        sheet = RecordSheet(
            "milestone",
            self.milestones_title,
            columns(
                "col.title",
                "col.memorandum",
                "col.focus_area",
                "col.start",
                "col.due",
                "col.completed",
                "col.status",
                "col.responsible",
                "col.organizations",
                "col.notes",
                "col.attachments",
                "col.due_by",
            ),
            self._milestones,
            self._milestone_cells,
            self._observe_milestone,
        )
        sheet.columns[-1].hidden = True
        return sheet

    def _partners_sheet(self) -> RecordSheet:
        """The partner organizations in the scope, each named in the Summary's partner table."""
        return RecordSheet(
            "organization",
            word("sheet.partners"),
            columns(
                "col.name",
                "col.short_name",
                "col.kind",
                "col.country",
                "col.parent",
                "col.aliases",
                "col.notes",
            ),
            lambda: records.partners(self.session, self.selection),
            self._partner_cells,
            lambda record, _row: self.summary.add_partner(record[0], record[1]),
        )

    def _people_sheet(self) -> RecordSheet:
        """The people in the scope, their aliases in one cell; the Summary needs nothing of them."""
        return RecordSheet(
            "person",
            word("sheet.people"),
            columns(
                "col.person_name",
                "col.person_title",
                "col.organization",
                "col.email",
                "col.phone",
                "col.aliases",
                "col.notes",
            ),
            lambda: records.people(self.session, self.selection),
            lambda r: [r[1], r[2], r[3], r[4], r[5], joined(r[6]), r[7]],
        )

    def _focus_areas_sheet(self) -> RecordSheet:
        """The focus areas in the scope, as stored (the id, first, is not a column)."""
        return RecordSheet(
            "focus_area",
            word("sheet.focus_areas"),
            columns("col.name", "col.parent", "col.description"),
            lambda: records.focus_areas(self.session, self.selection),
            lambda r: list(r[1:]),
        )

    def _sources_sheet(self) -> RecordSheet:
        """The sources in the scope, their language as a word and their attached files by name."""
        return RecordSheet(
            "source",
            word("sheet.sources"),
            columns(
                "col.title",
                "col.outlet",
                "col.url",
                "col.published",
                "col.language",
                "col.attachments",
            ),
            lambda: records.sources(self.session, self.selection),
            lambda r: [
                r[1],
                r[2],
                r[3],
                r[4],
                language_label(r[5]),
                self._attached("source", r[0]),
            ],
        )

    # -- cells of each kind -------------------------------------------------------------------

    def _memorandum_cells(self, m: MemorandumRecord) -> list[Any]:
        first = self.first_milestone_row.get(m.id)
        count = self.milestone_count.get(m.id, 0)
        if first:
            text = (
                word("summary.one_milestone")
                if count == 1
                else word("summary.milestone_count", count=count)
            )
            milestones: Link | None = Link(text, locate(self.milestones_title, first))
        else:
            milestones = None
        parties = joined(
            [
                name if role in (None, "party") else f"{name} ({party_role_label(role)})"
                for _id, name, role in m.parties
            ]
        )
        return [
            m.title,
            memorandum_kind_label(m.kind),
            status_label(m.status),
            m.signed_on,
            m.valid_until,
            parties,
            joined(m.signatories),
            joined(m.focus_areas),
            m.responsible,
            m.summary,
            milestones,
            self._attached("memorandum", m.id),
        ]

    def _attached(self, kind: str, record_id: int) -> str | None:
        names = self.attached.get(kind)
        if names is None:
            names = self.attached[kind] = records.attachment_names(
                self.session, kind, self.selection
            )
        return joined(names.get(record_id, []))

    def _milestones(self) -> Iterator[MilestoneRecord]:
        if self.organizations is None:
            self.organizations = records.milestone_organizations(self.session, self.selection)
        return records.milestones(self.session, self.selection, self.organizations)

    def _status(self, status: str) -> str:
        label = self.statuses.get(status)
        if label is None:
            label = self.statuses[status] = status_label(status)
        return label

    def _memorandum_link(self, memo_id: int | None, title: str | None) -> Link | str | None:
        """A milestone's memorandum, linked to its row; one Link per memorandum, reused."""
        if memo_id is None or title is None:
            return title
        link = self.memorandum_links.get(memo_id)
        if link is None:
            row = self.summary.memorandum_rows.get(memo_id)
            if row is None:
                return title
            link = self.memorandum_links[memo_id] = Link(title, locate(self.memoranda_title, row))
        return link

    def _observe_milestone(self, m: MilestoneRecord, row: int) -> None:
        self.summary.add_milestone(m, row)
        if m.memorandum_id is not None:
            self.first_milestone_row.setdefault(m.memorandum_id, row)
            self.milestone_count[m.memorandum_id] = self.milestone_count.get(m.memorandum_id, 0) + 1

    def _milestone_cells(self, m: MilestoneRecord) -> list[Any]:
        return [
            m.title,
            self._memorandum_link(m.memorandum_id, m.memorandum),
            m.focus_area,
            m.start,
            m.due,
            m.completed,
            self._status(m.status),
            m.responsible,
            m.organization_names,
            m.notes,
            self._attached("milestone", m.id),
            records.last_day(m.due),
        ]

    @staticmethod
    def _partner_cells(r: tuple[Any, ...]) -> list[Any]:
        _id, name, short, kind, country, parent, aliases, notes = r
        return [
            name,
            short,
            organization_kind_label(kind),
            country,
            parent,
            joined(aliases),
            notes,
        ]

    # -- writing ------------------------------------------------------------------------------

    def expected_rows(self) -> int:
        """How many records the sheets will hold, for the progress reported while they are
        written (the same snapshot of the database)."""
        return sum(records.count(self.session, self.selection, sheet.kind) for sheet in self.sheets)

    def write(self, wb: Workbook, counter: ProgressCounter, summary: Callable[[], Any]) -> None:
        """Every sheet; `summary()` gives the Summary's rows once the record sheets are read."""
        writers = [SheetWriter(wb, sheet.title, sheet.columns) for sheet in self.sheets]
        memoranda = self.sheets[0]
        memoranda.observe_only()
        counter.check()
        for n in [*range(1, len(self.sheets)), 0]:  # the memoranda last
            sheet, writer = self.sheets[n], writers[n]
            sheet.write(writer, counter.step, observe=sheet is not memoranda)
            if sheet.kind == "milestone":
                headers = [column.header for column in sheet.columns]
                writer.highlight_overdue(
                    headers.index(word("col.due_by")),
                    headers.index(word("col.status")),
                    [status_label(s) for s in sorted(CLOSED_STATUSES)],
                )
            writer.finish()
        summary_rows = summary()
        columns = self.summary.columns()
        fit_widths(columns, iter(summary_rows))
        summary_writer = SheetWriter(
            wb,
            word("sheet.summary"),
            columns,
            header=False,
            landscape=True,
            measure=False,
            index=0,
        )
        write_paged(summary_writer, summary_rows)
        summary_writer.finish()
        self.summary_count = len(summary_rows)
        identity.write_register(wb, self.sheets)


def export_workbook(
    session: Session,
    path: str | os.PathLike[str],
    *,
    source_label: str,
    scope: ExportScope | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write the records in `scope` (default: all) to the workbook at `path`, replacing it
    only once the new one is complete. Raises KztrackerError (ExportCancelled on a cancel)."""
    target = Path(path)
    check_target(target)
    now = now or dt.datetime.now()
    selection = resolve(session, scope)
    export = _Export(session, selection, now.date())
    counter = ProgressCounter(export.expected_rows(), progress, cancelled)
    wb = Workbook(write_only=True)
    saved = False
    try:
        export.write(
            wb, counter, lambda: export.summary.rows(now, source_label, selection.description)
        )
        counter.check()
        write_atomically(wb, target, counter.check)
        saved = True
    finally:
        if not saved:
            discard(wb)
    sheets = {word("sheet.summary"): export.summary_count}
    sheets.update((sheet.title, sheet.count) for sheet in export.sheets)
    return ExportResult(
        target,
        sheets,
        {sheet.kind: sheet.count for sheet in export.sheets},
        selection.description,
    )


def database_label(database: Database) -> str:
    """The database as the Summary names it: a SQLite file by its path, a server by its URL
    with any password left out of the file."""
    path = sqlite_path(str(database.url))
    if path is not None:
        return str(path)
    return make_url(str(database.url)).render_as_string(hide_password=True)


def export_database(
    database: Database,
    path: str | os.PathLike[str],
    *,
    scope: ExportScope | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Export in a session of its own whose every pass reads one snapshot, so the Summary,
    the links and the rows agree even while colleagues (or another process) keep writing."""
    with database.session() as session:
        if database.engine.dialect.name == "postgresql":
            session.connection(
                execution_options={
                    "isolation_level": "REPEATABLE READ",
                    "postgresql_readonly": True,
                }
            )
        else:
            read_snapshot(session.connection())
        return export_workbook(
            session,
            path,
            source_label=database_label(database),
            scope=scope,
            progress=progress,
            cancelled=cancelled,
        )
