"""Mapped rows into a Draft: one item per usable row, the names its cells refer to as items of
their own (so they are matched and reviewed like an announcement's), and a Problem for every
row that cannot be used.

The draft's document text lists each used cell as "Sheet!B7: value", one row a paragraph; an
item's span covers its row, so provenance and the review point at the sheet, row and cells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kztracker.errors import SHOWN_LIMIT
from kztracker.i18n import _, quoted
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
from kztracker.importing.sheets.cells import cell_columns, read_column
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
            value=quoted(self.value),
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


def _lengths(kind: str) -> dict[str, int]:
    """The most characters each field's value (each name, for a list) may hold: its column's
    length in the database, which the record editor enforces too."""
    from kztracker.models import Memorandum, Milestone, Organization, Person

    def length(column: Any) -> int:
        return int(column.type.length)

    name = length(Organization.name)  # every named record's (NamedMixin)
    titles = {"people": Person.title, "memoranda": Memorandum.title, "milestones": Milestone.title}
    lengths = {
        "short_name": length(Organization.short_name),
        "country": length(Organization.country),
        "memorandum": length(Memorandum.title),
    }
    named = ("name", "parent", "aliases", "organization", "parties", "signatories")
    lengths |= dict.fromkeys((*named, "focus_areas", "organizations", "area", "responsible"), name)
    if kind in titles:
        lengths["title"] = length(titles[kind])
    return lengths


def _overlong(values: list[Any], limit: int) -> dict[int, int]:
    """{row index: length} of the values (for a list, its longest name) over `limit`."""
    found = {}
    for i, value in enumerate(values):
        if value:
            length = max(map(len, value)) if type(value) is list else len(value)
            if length > limit:
                found[i] = length
    return found


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
        self.blocks: list[str] = []  # one per used row
        self.length = 0
        self.problems: list[Problem] = []
        self.used = 0
        self.draft = Draft(Document(text="", origin=table.origin, format="sheet"))
        self.named: dict[str, dict[str, Any]] = {"organization": {}, "person": {}, "area": {}}
        # The names as written that are items already (or fold like one): no second look.
        self.said: dict[str, set[str]] = {kind: set() for kind in self.named}
        self._item = {  # type: ignore[method-assign]
            "partners": self._partner,
            "people": self._person,
            "memoranda": self._memorandum,
        }.get(kind, self._milestone)

    def read_rows(self) -> None:
        """Every row: each mapped column read at once (sheets.cells), then the rows put
        together; a row is left out at its first cell that cannot be read, in column order."""
        rows = self.table.rows
        first = self.table.first_row
        numbers = list(map(str, range(first, first + len(rows))))  # once, not per cell
        by_field: dict[str, list[Any]] = {}
        line_columns: list[list[str | None]] = []
        errors: dict[int, tuple[int, str, str]] = {}  # row index -> its first unreadable cell
        cells_of = cell_columns(rows, [column for column, *_rest in self.plan])
        lengths = _lengths(self.kind)
        for column, name, reader, text_reader, prefix in self.plan:
            cells, read, bad = read_column(cells_of[column], reader, text_reader)
            by_field[name] = read
            limit = lengths.get(name)
            # A cell longer than the database holds (a stray quote in a CSV runs a cell to
            # the end of the file) leaves its row out, as the record editor would refuse it.
            for i, length in (_overlong(read, limit) if limit else {}).items():
                reason = _("{field} is too long ({length} characters, {limit} at most)")
                label = field_label(self.kind, name)
                bad.setdefault(i, reason.format(field=label, length=length, limit=limit))
                cells[i] = f"{(cells[i] or '')[: SHOWN_LIMIT - 1]}…"  # enough to find it by
            # The draft's text cites each used cell as "Sheet!B7: value".
            pairs = zip(numbers, cells, strict=True)
            line_columns.append([f"{prefix}{n}: {cell}" if cell else None for n, cell in pairs])
            for i, reason in bad.items():
                errors.setdefault(i, (column, cells[i] or "", reason))
        # Each row's values in the order of FIELDS[kind], None for a field not mapped: the
        # item methods take them by position, with no dict per row.
        nothing = [None] * len(rows)
        ordered = [by_field.get(name, nothing) for name in FIELDS[self.kind]]
        columns = zip(zip(*ordered, strict=True), zip(*line_columns, strict=True), strict=True)
        # Each used row's cells, a line each, are a block of the draft's text, a blank line
        # between blocks; its span is the row's citation. (Inline: it runs once per row.)
        blocks, length, item = self.blocks, self.length, self._item
        for i, (row, lines) in enumerate(columns):
            if i in errors:
                self._problem(first + i, *errors[i])
                continue
            block = "\n".join(filter(None, lines))
            if not block:
                continue  # a blank row between blocks is no problem
            if not row[0]:  # the kind's required field, its name or title
                required = FIELDS[self.kind][0]
                column = next(c for c, f in self.columns if f == required)
                reason = _("no {field}").format(field=field_label(self.kind, required))
                self._problem(first + i, column, "", reason)
                continue
            self.used += 1
            if blocks:
                length += 2
            start = length
            blocks.append(block)
            length += len(block)
            item(row, Span(start, length))
        self.length = length

    def _problem(self, number: int, column: int, value: str, reason: str) -> None:
        header = self.table.headers[column] if column < len(self.table.headers) else ""
        self.problems.append(Problem(number, self.letters[column], header, value, reason))

    def _item(self, row: tuple[Any, ...], span: Span) -> None:
        """The row's item, from its values in the order of FIELDS[kind] (set in __init__)."""
        raise NotImplementedError

    def _partner(self, row: tuple[Any, ...], span: Span) -> None:
        name, short_name, kind, country, parent, aliases = row
        organization = DraftOrganization(
            name=name,
            kind=kind,
            country=country,
            short_name=short_name,
            parent=parent,
            aliases=list(aliases or ()),
            spans=[span],
        )
        self.named["organization"][fold(name)] = organization
        self.said["organization"].add(name)
        self.draft.organizations.append(organization)
        self._refer("organization", parent, span)

    def _person(self, row: tuple[Any, ...], span: Span) -> None:
        name, title, organization, aliases = row
        person = DraftPerson(
            name=name,
            title=title,
            organization=organization,
            aliases=list(aliases or ()),
            spans=[span],
        )
        self.named["person"][fold(name)] = person
        self.said["person"].add(name)
        self.draft.people.append(person)
        self._refer("organization", organization, span)

    def _memorandum(self, row: tuple[Any, ...], span: Span) -> None:
        title, kind, status, parties, signatories, signed_on, focus_areas = row
        self.draft.memoranda.append(
            DraftMemorandum(
                title=title,
                kind=kind or "memorandum",
                status=status,
                parties=list(parties or ()),
                signatories=list(signatories or ()),
                signed_on=signed_on,
                focus_areas=list(focus_areas or ()),
                spans=[span],
            )
        )
        for name in parties or ():
            self._refer("organization", name, span)
        for name in signatories or ():
            self._refer("person", name, span)
        for name in focus_areas or ():
            self._refer("area", name, span)

    def _milestone(self, row: tuple[Any, ...], span: Span) -> None:
        title, date, status, organizations, memorandum, area, responsible = row
        self.draft.milestones.append(
            DraftMilestone(
                title=title,
                date=date,
                status=status or "planned",
                organizations=list(organizations) if organizations else [],
                memorandum=memorandum,
                focus_area=area,
                responsible=responsible,
                spans=[span],
            )
        )
        # Most rows name partners, people and areas met before: skip them without a call.
        said = self.said
        for name in organizations or ():
            if name not in said["organization"]:
                self._refer("organization", name, span)
        if responsible and responsible not in said["person"]:
            self._refer("person", responsible, span)
        if area and area not in said["area"]:
            self._refer("area", area, span)

    def _refer(self, kind: str, name: str | None, span: Span) -> None:
        """A name a cell refers to becomes an item once, to be matched and reviewed."""
        if not name or name in self.said[kind]:
            return
        self.said[kind].add(name)
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
        document.text = "\n\n".join(self.blocks)
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
    builder.read_rows()
    draft = builder.finish(language)
    return SheetDraft(draft, kind, mapping, table, builder.used, builder.problems)
