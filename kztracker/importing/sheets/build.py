"""Mapped rows into a Draft: one item per usable row, the names its cells refer to as items of
their own (so they are matched and reviewed like an announcement's), and a Problem for every
row that cannot be used.

The draft's document text lists each used cell as "Sheet!B7: value", one row a paragraph; an
item's span covers its row, so provenance and the review point at the sheet, row and cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kztracker.i18n import _
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftFocusArea,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.sheets import values
from kztracker.importing.sheets.columns import FIELDS, Mapping, check_mapping, field_label
from kztracker.importing.sheets.read import Table
from kztracker.importing.sheets.vocabulary import fold


@dataclass(frozen=True)
class Problem:
    """A row left out, and why: its number in the sheet, the cell and what it held."""

    row: int
    column: str  # the column's letter
    header: str
    value: str
    reason: str

    def line(self) -> str:
        return _("row {row}, column {column} ({header}) {value}: {reason}").format(
            row=self.row,
            column=self.column,
            header=self.header or "-",
            value=repr(self.value),
            reason=self.reason,
        )


@dataclass
class SheetDraft:
    draft: Draft
    kind: str
    mapping: Mapping
    table: Table
    rows_used: int = 0
    problems: list[Problem] = field(default_factory=list)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# How each field's cell is read; plain text otherwise. These readers take the cell as it is
# (an Excel date, a number, lines inside a cell); status and kind take its tidied text
# (per kind: a memorandum's statuses are not a milestone's).
_READERS: dict[str, Callable[[Any], Any]] = {
    "aliases": values.items,
    "parties": values.items,
    "signatories": values.items,
    "focus_areas": values.items,
    "organizations": values.items,
    "signed_on": values.date,
    "date": values.date,
}


class _Builder:
    def __init__(self, table: Table, kind: str, mapping: Mapping) -> None:
        self.table = table
        self.kind = kind
        self.columns = [(i, f) for i, f in enumerate(mapping) if f is not None]
        self.letters = {i: column_letter(i) for i, _f in self.columns}
        kind_reader = values.organization_kind if kind == "partners" else values.memorandum_kind
        status_reader = values.memorandum_status if kind == "memoranda" else values.status
        # Per mapped column, worked out once: its field, how its cell is read, its cite prefix.
        self.plan = [
            (
                column,
                name,
                _READERS.get(name),
                {"kind": kind_reader, "status": status_reader}.get(name),
                f"{table.sheet}!{self.letters[column]}",
            )
            for column, name in self.columns
        ]
        self.lines: list[str] = []
        self.length = 0
        self.problems: list[Problem] = []
        self.used = 0
        self.draft = Draft(Document(text="", origin=table.origin, format="sheet"))
        self.named: dict[str, dict[str, Any]] = {"organization": {}, "person": {}, "area": {}}

    def row(self, index: int, cells: Sequence[Any]) -> None:
        fields: dict[str, Any] = {}
        shown: list[tuple[str, str]] = []
        width = len(cells)
        for column, name, reader, text_reader, prefix in self.plan:
            raw = cells[column] if column < width else None
            # The common cell, text, is tidied here; values.text handles numbers and dates.
            cell = " ".join(raw.split()) if type(raw) is str else values.text(raw)
            if not cell:
                continue
            shown.append((prefix, cell))
            try:
                if reader is not None:
                    fields[name] = reader(raw)
                elif text_reader is not None:
                    fields[name] = text_reader(cell)
                else:
                    fields[name] = cell
            except ValueError as error:
                self._problem(self.table.row_number(index), column, cell, str(error))
                return
        if not shown:
            return  # a blank row between blocks is no problem
        required = FIELDS[self.kind][0]
        number = self.table.row_number(index)
        if not fields.get(required):
            column = next(i for i, f in self.columns if f == required)
            reason = _("no {field}").format(field=field_label(self.kind, required))
            self._problem(number, column, "", reason)
            return
        self.used += 1
        self._item(fields, self._cite(number, shown))

    def _problem(self, number: int, column: int, value: str, reason: str) -> None:
        header = self.table.headers[column] if column < len(self.table.headers) else ""
        self.problems.append(Problem(number, self.letters[column], header, value, reason))

    def _cite(self, number: int, shown: list[tuple[str, str]]) -> Span:
        if self.lines:
            self.lines.append("")
            self.length += 1
        start = self.length
        lines = [f"{prefix}{number}: {cell}" for prefix, cell in shown]
        self.lines.extend(lines)
        self.length += sum(map(len, lines)) + len(lines)
        return Span(start, self.length - 1)

    def _item(self, fields: dict[str, Any], span: Span) -> None:
        spans = [span]
        draft = self.draft
        if self.kind == "partners":
            organization = DraftOrganization(
                name=fields["name"],
                kind=fields.get("kind"),
                country=fields.get("country"),
                short_name=fields.get("short_name"),
                parent=fields.get("parent"),
                aliases=fields.get("aliases", []),
                spans=spans,
            )
            self.named["organization"][fold(organization.name)] = organization
            draft.organizations.append(organization)
            self._refer("organization", fields.get("parent"), span)
        elif self.kind == "people":
            person = DraftPerson(
                name=fields["name"],
                title=fields.get("title"),
                organization=fields.get("organization"),
                aliases=fields.get("aliases", []),
                spans=spans,
            )
            self.named["person"][fold(person.name)] = person
            draft.people.append(person)
            self._refer("organization", fields.get("organization"), span)
        elif self.kind == "memoranda":
            draft.memoranda.append(
                DraftMemorandum(
                    title=fields["title"],
                    kind=fields.get("kind") or "memorandum",
                    status=fields.get("status"),
                    parties=fields.get("parties", []),
                    signatories=fields.get("signatories", []),
                    signed_on=fields.get("signed_on"),
                    focus_areas=fields.get("focus_areas", []),
                    spans=spans,
                )
            )
            for name in fields.get("parties", []):
                self._refer("organization", name, span)
            for name in fields.get("signatories", []):
                self._refer("person", name, span)
            for name in fields.get("focus_areas", []):
                self._refer("area", name, span)
        else:
            draft.milestones.append(
                DraftMilestone(
                    title=fields["title"],
                    date=fields.get("date"),
                    status=fields.get("status") or "planned",
                    organizations=fields.get("organizations", []),
                    memorandum=fields.get("memorandum"),
                    focus_area=fields.get("focus_area"),
                    responsible=fields.get("responsible"),
                    spans=spans,
                )
            )
            for name in fields.get("organizations", []):
                self._refer("organization", name, span)
            self._refer("person", fields.get("responsible"), span)
            self._refer("area", fields.get("focus_area"), span)

    def _refer(self, kind: str, name: str | None, span: Span) -> None:
        """A name a cell refers to becomes an item once, to be matched and reviewed."""
        if not name:
            return
        known = self.named[kind]
        key = fold(name)
        if key in known:
            # The first row naming it is cited; thousands of rows may name the same partner.
            return
        if kind == "organization":
            item: Any = DraftOrganization(name=name, spans=[span])
            self.draft.organizations.append(item)
        elif kind == "person":
            item = DraftPerson(name=name, spans=[span])
            self.draft.people.append(item)
        else:
            item = DraftFocusArea(name=name, spans=[span])
            self.draft.focus_areas.append(item)
        known[key] = item

    def finish(self, language: str | None) -> Draft:
        document = self.draft.document
        document.text = "\n".join(self.lines)
        document.title = _("{file}, sheet {sheet}").format(
            file=Path(self.table.origin).name, sheet=self.table.sheet
        )
        document.language = language
        return self.draft


def build_draft(
    table: Table, kind: str, mapping: Mapping, language: str | None = None
) -> SheetDraft:
    """Every row of the table read through the mapping; nothing is matched or written."""
    check_mapping(kind, mapping)
    builder = _Builder(table, kind, mapping)
    for index, cells in enumerate(table.rows):
        builder.row(index, cells)
    draft = builder.finish(language)
    return SheetDraft(draft, kind, mapping, table, builder.used, builder.problems)
