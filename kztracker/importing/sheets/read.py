"""Reading a spreadsheet file into a `Table`: .xlsx, .xlsm, .xls, .ods through calamine
(formulas come back as the values the file cached, never evaluated), .csv in any common
encoding and delimiter. Every refusal is one ImportInputError naming the file and what to do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kztracker.errors import os_error_message, shown
from kztracker.i18n import N_, _, quoted
from kztracker.importing.errors import ImportInputError

MAX_SHEET_BYTES = 50 * 1024 * 1024
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods"})
SUPPORTED = N_(".xlsx, .xls, .ods or .csv")
_DELIMITERS = ",;\t|"
HEADER_SEARCH_ROWS = 10  # filled rows looked at for the header row


@dataclass
class Table:
    """One sheet's cells: the header row and the rows under it, with their numbers in the
    sheet (1-based, as the spreadsheet program shows them)."""

    origin: str
    sheet: str
    headers: list[str]
    rows: list[Sequence[Any]] = field(default_factory=list)
    first_row: int = 2  # the sheet's number of rows[0]
    sheets: list[str] = field(default_factory=list)  # every visible sheet of the file

    def row_number(self, index: int) -> int:
        return self.first_row + index


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    path = Path(path)
    name = checked_size(path)
    suffix = path.suffix.casefold()
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook(path, name, suffix, sheet)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path, name)
    raise ImportInputError(
        _("{name}: unsupported file type {suffix}; use {supported}").format(
            name=name, suffix=suffix or _("(none)"), supported=_(SUPPORTED)
        )
    )


def checked_size(path: Path) -> str:
    """The file's name as messages show it, once it is a filled file within the size limit."""
    from kztracker.importing.read import filled_file_size

    name = shown(path.name)
    size = filled_file_size(
        path, _("{name} is a folder; choose a spreadsheet file inside it").format(name=name)
    )
    if size > MAX_SHEET_BYTES:
        raise ImportInputError(
            _(
                "{name} is {size} MB; spreadsheets over {limit} MB are refused "
                "(split it or save only the sheet to import)"
            ).format(name=name, size=f"{size / 2**20:.0f}", limit=MAX_SHEET_BYTES // 2**20)
        )
    return name


def check_package(path: Path, name: str) -> None:
    """Caps what an .xlsx package may unpack to before any reader inflates it."""
    from kztracker.importing.read_office import check_zip

    invalid = _("{name} is not a valid spreadsheet (damaged?); save it again")
    check_zip(path, name, invalid, damaged=_damaged(name))


def _damaged(name: str) -> str:
    return _("{name} is a damaged spreadsheet; open it and save it again").format(name=name)


def _read_workbook(path: Path, name: str, suffix: str, wanted: str | None) -> Table:
    if suffix in ZIP_SUFFIXES:
        check_package(path, name)
    from python_calamine import CalamineWorkbook

    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            visible = [m.name for m in workbook.sheets_metadata if _visible(m)]
            if wanted is not None:
                if wanted not in workbook.sheet_names:
                    raise ImportInputError(
                        _("{name} has no sheet {sheet}; its sheets: {sheets}").format(
                            name=name, sheet=quoted(wanted), sheets=", ".join(visible)
                        )
                    )
                chosen = wanted
                cells = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
            else:
                chosen, cells = _first_filled(workbook, visible)
    except ImportInputError:
        raise
    except Exception as exc:  # calamine raises its own kinds on a damaged or foreign file
        raise ImportInputError(_damaged(name)) from exc
    return _table(str(path), chosen, cells, visible, name)


def _visible(metadata: Any) -> bool:
    return "hidden" not in str(metadata.visible).casefold()


def _first_filled(workbook: Any, names: list[str]) -> tuple[str, list[Any]]:
    """The first visible sheet with cells, and its cells (a sheet is loaded once: loading
    is most of the reading time)."""
    names = names or workbook.sheet_names[:1]
    for sheet in names:
        cells = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        if cells:
            return sheet, cells
    return names[0], []


def _read_csv(path: Path, name: str) -> Table:
    from kztracker.importing.read import decode_text

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportInputError(os_error_message(exc, reading=True)) from exc
    try:
        text = decode_text(data, name)
    except ImportInputError:
        raise ImportInputError(
            _(
                "{name} does not look like a CSV file (binary data?); save it from its "
                "program as .xlsx or .csv"
            ).format(name=name)
        ) from None
    text = text.lstrip("\ufeff")
    delimiter = _delimiter(text)
    # The csv module refuses a cell over 128 KiB (a pasted page, one endless line) with an
    # error of its own; within the file's size cap any cell is read, and judged as a value.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_SHEET_BYTES))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportInputError(_damaged(name)) from exc
    return _table(str(path), path.stem, rows, [path.stem], name)


def _delimiter(text: str) -> str:
    """The sniffed delimiter, else the one the header line holds most of (Excel in a
    Russian or Kazakh locale writes ';', elsewhere ',')."""
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = text.split("\n", 1)[0]
        return max(_DELIMITERS, key=first.count)


def _table(
    origin: str, sheet: str, cells: Sequence[Sequence[Any]], sheets: list[str], name: str
) -> Table:
    """The header row, and the rows below it as the data."""
    start = _header_row(cells)
    if start is None:
        raise ImportInputError(
            _("{name}: the sheet {sheet} is empty; there is nothing to import").format(
                name=name, sheet=quoted(sheet)
            )
        )
    headers = [_header(v) for v in cells[start]]
    while headers and not headers[-1]:
        headers.pop()
    return Table(origin, sheet, headers, list(cells[start + 1 :]), start + 2, sheets)


def _header_row(cells: Sequence[Sequence[Any]]) -> int | None:
    """The row among the first filled ones that names the most known fields: a sheet often
    opens with a title line ("План мероприятий на 2026 год") above its headers. With no known
    header at all, the first filled row."""
    from kztracker.importing.sheets.vocabulary import known_header

    first = None
    best, best_score = None, 0
    seen = 0
    for index, row in enumerate(cells):
        if not any(_filled(v) for v in row):
            continue
        first = index if first is None else first
        score = sum(1 for v in row if isinstance(v, str) and known_header(v))
        if score > best_score:
            best, best_score = index, score
        seen += 1
        if seen == HEADER_SEARCH_ROWS:
            break
    return best if best is not None else first


def _filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _header(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
