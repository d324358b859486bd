"""Writing sheets with openpyxl's write-only mode: styled, formula-safe, fast, and atomically.

Speed: openpyxl's generic path creates a cell object per styled value, infers its type, looks
its style up in a hashed list and keeps every hyperlink object until the sheet closes. Here
each column has one template cell per style, filled in place row after row with the type
already known and the style id computed once, and internal links are streamed to the file as
plain (cell, target) pairs. This uses three openpyxl internals (the row-to-cells hook of a
write-only sheet, its writer's hyperlink step and Cell's style id), pinned by openpyxl<4 and
checked by the export tests, which read every kind of cell back.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import Element

from kztracker.dates import PartialDate
from kztracker.errors import KztrackerError
from kztracker.exporting.sheet import (
    Cancelled,
    Column,
    ExportCancelled,
    Heading,
    Link,
    Progress,
)

# Text starting with one of these is what Excel may read as a formula; every text cell is
# written with the string type, so it is shown exactly as typed and never evaluated.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32_767  # Excel's limit for one cell
MAX_WIDTH = 50  # longer text wraps inside the column
MIN_WIDTH = 6
DATE_FORMATS = {"year": "yyyy", "month": "mmm yyyy", "day": "dd.mm.yyyy"}
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
DATE_WIDTH = 11
DATETIME_WIDTH = 17

BODY = Alignment(vertical="top", wrap_text=True)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADING_FONTS = {1: Font(bold=True, size=14), 2: Font(bold=True, size=11)}
LINK_FONT = Font(color="0563C1", underline="single")
OVERDUE_FILL = PatternFill("solid", bgColor="F8CBAD")


class _HeaderText(str):
    """A column header, written in the header style."""


class _FixedStyleCell(Cell):
    """A template cell whose style never changes, so its style id is looked up once."""

    __slots__ = ("fixed_style_id",)

    @property
    def style_id(self) -> int:
        return self.fixed_style_id  # type: ignore[no-any-return]


def _template(ws: Any, **style: Any) -> _FixedStyleCell:
    cell = _FixedStyleCell(ws, row=1, column=1)
    for name, value in style.items():
        setattr(cell, name, value)
    cell.fixed_style_id = Cell.style_id.fget(cell)  # type: ignore[attr-defined]
    return cell


def _clean(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_TEXT]


def display_width(value: Any) -> int:
    """Roughly how many characters `value` takes when shown."""
    if isinstance(value, str):
        return max(map(len, value.splitlines())) if "\n" in value else len(value)
    if isinstance(value, PartialDate | dt.date) and not isinstance(value, dt.datetime):
        return DATE_WIDTH
    if isinstance(value, dt.datetime):
        return DATETIME_WIDTH
    if isinstance(value, Link | Heading):
        return len(value.text) if not isinstance(value, Heading) or value.level > 1 else 0
    return 0 if value is None else len(str(value))


def fit_widths(columns: Sequence[Column], rows: Iterator[Sequence[Any]]) -> int:
    """Set each column's width from the rows' content (capped; longer text wraps); the count."""
    widest = [len(c.header) for c in columns]
    count = 0
    for row in rows:
        count += 1
        for i, value in enumerate(row):
            if value is not None:
                width = display_width(value)
                if width > widest[i]:
                    widest[i] = width
    for column, width in zip(columns, widest, strict=True):
        column.width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))
    return count


class ProgressCounter:
    """Counts written rows; reports progress and polls for a cancel every few hundred rows."""

    EVERY = 500

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled
        self._next = 0

    def step(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next = self.done + self.EVERY
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled("export cancelled; the earlier file is unchanged")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


class _ColumnCells:
    """The template cells of one column, made the first time a value of their kind comes."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.text = _template(ws, alignment=BODY)
        self.dates: dict[str, _FixedStyleCell] = {}
        self._link: _FixedStyleCell | None = None
        self._headings: dict[int, _FixedStyleCell] = {}
        self._datetime: _FixedStyleCell | None = None

    def date(self, precision: str) -> _FixedStyleCell:
        cell = self.dates.get(precision)
        if cell is None:
            cell = _template(self.ws, alignment=BODY, number_format=DATE_FORMATS[precision])
            self.dates[precision] = cell
        return cell

    def link(self) -> _FixedStyleCell:
        if self._link is None:
            self._link = _template(self.ws, alignment=BODY, font=LINK_FONT)
        return self._link

    def heading(self, level: int) -> _FixedStyleCell:
        if level not in self._headings:
            self._headings[level] = _template(self.ws, font=HEADING_FONTS[level])
        return self._headings[level]

    def datetime(self) -> _FixedStyleCell:
        if self._datetime is None:
            self._datetime = _template(self.ws, alignment=BODY, number_format=DATETIME_FORMAT)
        return self._datetime


class SheetWriter:
    """One write-only sheet: widths and panes first, then rows, then filter and rules."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        header: bool = True,
        fit_to_width: bool = False,
    ) -> None:
        ws = wb.create_sheet(title)
        self.ws, self.columns, self.has_header = ws, list(columns), header
        # Write-only sheets emit widths and panes with the first row, so they are set now.
        for i, column in enumerate(self.columns, start=1):
            dimension = ws.column_dimensions[get_column_letter(i)]
            dimension.width = column.width or MIN_WIDTH
            dimension.hidden = column.hidden
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        if fit_to_width:
            ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        self._cells = [_ColumnCells(ws) for _ in self.columns]
        self._links: list[tuple[int, int, str]] = []
        self._dates: dict[PartialDate, dt.date] = {}
        self.rows = 0
        ws._values_to_row = self._cells_of_row  # the fast path; see the module docstring
        if header:
            ws.freeze_panes = "A2"
            ws.print_title_rows = "1:1"
            self._header_cell = _template(
                ws, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT
            )
            self.append([_HeaderText(c.header) for c in self.columns])
        ws._get_writer()
        ws._writer.write_hyperlinks = self._write_links

    # -- rows ---------------------------------------------------------------------------------

    def append(self, values: Sequence[Any]) -> None:
        self.rows += 1
        self.ws.append(values)

    def _cells_of_row(self, values: Sequence[Any], row: int) -> Iterator[Cell]:
        cells = self._cells
        for col, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if not value:
                    continue
                cell = self._text(cells[col].text, value)
            elif kind is PartialDate:
                cell = cells[col].date(value.precision)
                first = self._dates.get(value)
                if first is None:
                    first = self._dates[value] = value.first_day()
                cell._value, cell.data_type = first, "d"
            elif kind is int or kind is float:
                cell = cells[col].text
                cell._value, cell.data_type = value, "n"
            elif kind is dt.date:
                cell = cells[col].date("day")
                cell._value, cell.data_type = value, "d"
            elif kind is Link:
                cell = self._text(cells[col].link(), value.text)
                self._links.append((row, col + 1, value.location))
            elif kind is Heading:
                cell = self._text(cells[col].heading(value.level), value.text)
            elif kind is dt.datetime:
                cell = cells[col].datetime()
                cell._value, cell.data_type = value, "d"
            elif kind is _HeaderText:
                cell = self._text(self._header_cell, value)
            else:
                cell = self._text(cells[col].text, str(value))
            cell.row, cell.column = row, col + 1
            yield cell

    def _text(self, cell: Cell, text: str) -> Cell:
        cell._value, cell.data_type = _clean(text), "s"
        return cell

    def _write_links(self) -> None:
        # Streams <hyperlinks>; openpyxl would hold an object per link until the sheet closes.
        if not self._links:
            return
        writer = self.ws._writer
        xf = writer.xf.send(True)
        with xf.element("hyperlinks"):
            for row, column, location in self._links:
                ref = f"{get_column_letter(column)}{row}"
                xf.write(Element("hyperlink", ref=ref, location=location))
        writer.xf.send(None)
        self._links.clear()

    # -- after the rows -----------------------------------------------------------------------

    def finish(self) -> None:
        """Filter over the header and every row (set last: it is written after the rows)."""
        if self.has_header:
            last = get_column_letter(len(self.columns))
            self.ws.auto_filter.ref = f"A1:{last}{max(self.rows, 2)}"

    def highlight_overdue(self, due_by: int, status: int, closed: Sequence[str]) -> None:
        """Fill rows whose last possible due day (column `due_by`, 0-based) is before TODAY()
        and whose status is not one of `closed`; TODAY() keeps it right in a month's time."""
        by = get_column_letter(due_by + 1)
        st = get_column_letter(status + 1)
        not_closed = ",".join(f'${st}2<>"{_quoted(label)}"' for label in closed)
        last = get_column_letter(len(self.columns))
        self.ws.conditional_formatting.add(
            f"A2:{last}{max(self.rows, 2)}",
            FormulaRule(
                formula=[f'AND(${by}2<>"",${by}2<TODAY(),{not_closed})'], fill=OVERDUE_FILL
            ),
        )


def _quoted(text: str) -> str:
    return text.replace('"', '""')


def discard(wb: Workbook) -> None:
    """Close an unsaved workbook's sheets and remove the row files openpyxl buffers them in."""
    for ws in wb.worksheets:
        try:
            ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort; the export has already failed
            pass


def _save(wb: Workbook, path: str) -> None:
    wb.save(path)


def check_target(target: Path) -> None:
    if not target.parent.is_dir():
        raise KztrackerError(f"cannot write {target}: the folder {target.parent} does not exist")
    if target.is_dir():
        raise KztrackerError(f"cannot write {target}: it is a folder")


def write_atomically(wb: Workbook, target: Path, before_replace: Callable[[], None]) -> None:
    """Save beside the target and rename over it, so a reader never sees half a file and a
    failure (or a cancel noticed by `before_replace`) leaves the earlier export as it was."""
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.stem}.", suffix=".xlsx.tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
        _save(wb, tmp_name)
        before_replace()
        os.replace(tmp_name, target)
        tmp_name = None
    except PermissionError as exc:
        raise KztrackerError(
            f"cannot write {target}: permission denied (is it open in another program?)"
        ) from exc
    except OSError as exc:
        raise KztrackerError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
