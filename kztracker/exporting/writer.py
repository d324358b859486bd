"""Writing sheets with openpyxl's write-only mode: styled, formula-safe, fast, and atomically.

One pass per sheet: a record sheet's rows are written (as XML text, kztracker.exporting.rowxml)
while its columns are measured, and its widths, row heights and print setup are settled when it
is finished; openpyxl then writes the sheet's top and tail around the rows. Each column has one
template cell per style, its style id computed once, and each value is written straight from its
kind to the same XML openpyxl's lxml_write_cell writes, without a cell object per value.

Links between sheets are HYPERLINK formulas written with their result: LibreOffice wraps their
text like any other cell (it does not wrap a cell hyperlink), and Excel's Protected View, which
calculates nothing, still shows the cached text.

Both use openpyxl internals (a write-only sheet's writer and close, Cell's style id, its cell
writer for the rare kinds), pinned by openpyxl<4 and checked by the export tests, which read
every kind of cell back.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.compat import safe_string
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from kztracker.dates import PartialDate
from kztracker.exporting.rowxml import (
    RowBuffer,
    close_with_rows,
    formula_cell,
    number_cell,
    openpyxl_cell,
    style_attribute,
    text_cell,
)
from kztracker.exporting.sheet import (
    Column,
    Heading,
    Link,
    Note,
)
from kztracker.exporting.sizes import (
    CHARS_PER_WIDTH,
    DATE_WIDTH,
    DATETIME_WIDTH,
    LINE_HEIGHT,
    MAX_LINES,
    MIN_WIDTH,
    PORTRAIT_WIDTH,
    average_word,
    display_width,
    narrow_for_print,
    settle_widths,
    text_lines,
    wrapped_lines,
)

# Text starting with one of these is what Excel may read as a formula; every text cell is
# written with the string type, so it is shown exactly as typed and never evaluated.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32_767  # Excel's limit for one cell
MAX_FORMULA_TEXT = 255  # Excel's limit for a text in a formula, in UTF-16 units; longer: no link
DATE_FORMATS = {"year": "yyyy", "month": "mmm yyyy", "day": "dd.mm.yyyy"}
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"


# Named, so every cell uses the body font (an unnamed bold font prints as a serif elsewhere).
FONT = "Calibri"
BODY = Alignment(vertical="top", wrap_text=True)
DATES = Alignment(vertical="top", horizontal="left")
RUN_ON = Alignment(vertical="top", wrap_text=False)
HEADER_FONT = Font(name=FONT, size=11, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
HEADING_FONTS = {1: Font(name=FONT, size=14, bold=True), 2: Font(name=FONT, size=11, bold=True)}
LINK_FONT = Font(name=FONT, size=11, color="0563C1", underline="single")
FOOTER = "&A, &P / &N"  # sheet name, page of pages
OVERDUE_FILL = PatternFill("solid", bgColor="F8CBAD")


class _HeaderText(str):
    """A column header, written in the header style."""


class _FixedStyleCell(Cell):
    """A template cell whose style never changes, so its style id is looked up once."""

    __slots__ = ("fixed_style_id", "style_text")

    @property
    def style_id(self) -> int:
        return self.fixed_style_id  # type: ignore[no-any-return]


def _template(ws: Any, **style: Any) -> _FixedStyleCell:
    cell = _FixedStyleCell(ws, row=1, column=1)
    for name, value in style.items():
        setattr(cell, name, value)
    cell.fixed_style_id = Cell.style_id.fget(cell)  # type: ignore[attr-defined]
    # The ` s="N"` openpyxl writes for it (none for an unstyled cell), computed once.
    cell.style_text = style_attribute(cell.fixed_style_id if cell.has_style else None)
    return cell


def _clean(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_TEXT]


# The opening tag of a row by its height code: 0 one line (no height set), _TITLE the Summary's
# 14-point title, 2 to MAX_LINES that many wrapped lines.
_TITLE = 1
_ROW_STARTS = [b'<row r="%d">', b'<row r="%d" ht="21" customHeight="1">'] + [
    b'<row r="%%d" ht="%d" customHeight="1">' % (lines * LINE_HEIGHT)
    for lines in range(2, MAX_LINES + 1)
]
# A text with a line break, in a row's record of text lengths (its lines are kept aside).
_BROKEN = 0xFFFF
_LONGEST = _BROKEN - 1  # longer texts are counted as this long: far past MAX_LINES anyway


class _ColumnCells:
    """The template cells of one column, made the first time a value of their kind comes."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.text = _template(ws, alignment=BODY)
        self.dates: dict[str, _FixedStyleCell] = {}
        self._link: _FixedStyleCell | None = None
        self._headings: dict[tuple[int, bool], _FixedStyleCell] = {}
        self._datetime: _FixedStyleCell | None = None
        self._note: _FixedStyleCell | None = None

    def date(self, precision: str) -> _FixedStyleCell:
        cell = self.dates.get(precision)
        if cell is None:
            cell = _template(self.ws, alignment=DATES, number_format=DATE_FORMATS[precision])
            self.dates[precision] = cell
        return cell

    def note(self) -> _FixedStyleCell:
        if self._note is None:
            self._note = _template(self.ws, alignment=RUN_ON)
        return self._note

    def link(self) -> _FixedStyleCell:
        if self._link is None:
            self._link = _template(self.ws, alignment=BODY, font=LINK_FONT)
        return self._link

    def heading(self, level: int, numbers: bool) -> _FixedStyleCell:
        key = (level, numbers)
        if key not in self._headings:
            align = Alignment(vertical="top", horizontal="right" if numbers else None)
            self._headings[key] = _template(self.ws, font=HEADING_FONTS[level], alignment=align)
        return self._headings[key]

    def datetime(self) -> _FixedStyleCell:
        if self._datetime is None:
            self._datetime = _template(self.ws, alignment=DATES, number_format=DATETIME_FORMAT)
        return self._datetime


class SheetWriter:
    """One write-only sheet in one pass: rows as they come, then (finish) the widths, the row
    heights that follow from them, panes, filter and print setup around them.

    `measure`: the columns' widths come from the rows written (a record sheet), so each row's
    height is settled once they are known. Otherwise the columns come measured (the Summary,
    whose page breaks need each row's height as it is written)."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        header: bool = True,
        landscape: bool = False,
        measure: bool = True,
        index: int | None = None,
    ) -> None:
        ws = wb.create_sheet(title, index)
        self.ws, self.columns, self.has_header = ws, list(columns), header
        self.landscape, self.measuring = landscape, measure
        # The height of the rows written since the last page break, in points (not measuring).
        self.points = 0.0
        self.rows = 0
        self._buffer = RowBuffer()
        self._heights = array("B")  # each row's height code (_ROW_STARTS)
        self._cells = [_ColumnCells(ws) for _ in self.columns]
        self._serials: dict[PartialDate | dt.date, str] = {}
        # Each link's cell XML but its reference: a milestone links to its memorandum's row,
        # one Link per memorandum, written on thousands of rows.
        self._links: dict[tuple[Link, int], tuple[str, str] | None] = {}
        self._letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        count = len(self.columns)
        # While measuring: the widest value of each column, whether it breaks lines, and each
        # row's text length in it (_BROKEN: see _breaks, its lines' lengths).
        self._widest = [len(c.header) for c in self.columns]
        self._multiline = [False] * count
        self._lengths = [array("H") for _ in range(count)]
        self._words = [array("B") for _ in range(count)]  # average_word of each row's text
        self._breaks: dict[tuple[int, int], list[int]] = {}
        self._wrapping: list[tuple[int, float]] = []
        if not measure:
            self._settle_wrapping()
        if header:
            self._header_cell = _template(
                ws, font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT
            )
            self.append([_HeaderText(c.header) for c in self.columns])

    def _settle_wrapping(self) -> None:
        narrow_for_print(self.columns)
        # Wrapping columns, and how many characters fit on one of their lines.
        self._wrapping = [
            (i, c.width * CHARS_PER_WIDTH) for i, c in enumerate(self.columns) if c.wraps
        ]

    def page_break(self) -> None:
        """The rows from the next one on print on a new page."""
        self.ws.row_breaks.append(Break(id=self.rows))
        self.points = 0.0

    # -- rows ---------------------------------------------------------------------------------

    def append(self, values: Sequence[Any]) -> None:
        self.rows += 1
        self._buffer.add(self._row_cells(values, self.rows))
        if self.measuring:
            self._heights.append(0)  # settled in finish, once the widths are known
            return
        lines = 1
        for i, per_line in self._wrapping:
            if i >= len(values):
                break
            value = values[i]
            if type(value) is Link:
                value = value.text
            if type(value) is str and (len(value) > per_line or "\n" in value):
                lines = max(lines, text_lines(value, per_line))
        code = min(lines, MAX_LINES) if lines > 1 else 0
        if values and type(values[0]) is Heading and values[0].level == 1:
            code = _TITLE
        self._heights.append(code)
        self.points += 21 if code == _TITLE else LINE_HEIGHT * max(code, 1)

    def _row_cells(self, values: Sequence[Any], row: int) -> str:
        # Each value written straight from its kind to the cell's XML with its column's template
        # style (a link as a formula with its result), measured on the way when measuring.
        measuring = self.measuring
        widest, lengths, words = self._widest, self._lengths, self._words
        cells, letters, text = self._cells, self._letters, self._text
        out: list[str] = []
        for col, value in enumerate(values):
            if value is None:
                if measuring:
                    lengths[col].append(0)
                    words[col].append(0)
                continue
            kind = type(value)
            reference = f"{letters[col]}{row}"
            length = 0  # of a text that may wrap
            if kind is str:
                if value:
                    width = length = len(value)
                    if "\n" in value and measuring:
                        self._multiline[col] = True
                        length, width = self._broken(value, row, col), display_width(value)
                    out.append(text(reference, cells[col].text, value, row, col))
                else:
                    width = 0
            elif kind is PartialDate or kind is dt.date:
                width = DATE_WIDTH
                # Written as Excel's day number, as openpyxl would, converted once per date.
                cell = cells[col].date(value.precision if kind is PartialDate else "day")
                serial = self._serials.get(value)
                if serial is None:
                    day = value.first_day() if kind is PartialDate else value
                    serial = self._serials[value] = safe_string(to_excel(day))
                out.append(number_cell(reference, cell.style_text, serial))
            elif kind is int or kind is float:
                number = f"{value:.16g}" if kind is int else safe_string(value)
                width = len(str(value))
                out.append(number_cell(reference, cells[col].text.style_text, number))
            elif kind is Link:
                width = length = len(value.text)
                if measuring and "\n" in value.text:
                    length = self._broken(value.text, row, col)
                out.append(self._link(reference, value, row, col))
            elif kind is _HeaderText:
                width = len(value)
                out.append(text(reference, self._header_cell, value, row, col))
            elif kind is Heading:
                width = display_width(value)
                template = cells[col].heading(value.level, value.numbers)
                out.append(text(reference, template, value.text, row, col))
            elif kind is Note:
                width = 0
                out.append(text(reference, cells[col].note(), value.text, row, col))
            elif kind is dt.datetime:
                width = DATETIME_WIDTH
                cell = cells[col].datetime()
                cell._value, cell.data_type = value, "d"
                cell.row, cell.column = row, col + 1
                out.append(openpyxl_cell(self.ws, cell))
            else:
                width = display_width(value)
                out.append(text(reference, cells[col].text, str(value), row, col))
            if measuring:
                if width > widest[col]:
                    widest[col] = width
                lengths[col].append(min(length, _LONGEST) if length != _BROKEN else length)
                # Only a text (or a link's) that may wrap: even the narrowest column holds more.
                word = 0
                if length > MIN_WIDTH:
                    word = average_word(value if kind is str else value.text)
                words[col].append(word)
        if measuring:
            for col in range(len(values), len(lengths)):
                lengths[col].append(0)
                words[col].append(0)
        return "".join(out)

    def _broken(self, text: str, row: int, col: int) -> int:
        """Note the lengths of the lines of `text` (in column `col`, row `row`): _BROKEN."""
        self._breaks[(row, col)] = [len(part) for part in text.split("\n")]
        return _BROKEN

    def _text(
        self, reference: str, template: _FixedStyleCell, value: str, row: int, col: int
    ) -> str:
        cleaned = _clean(value)
        if cleaned:
            return text_cell(reference, template.style_text, cleaned)
        # nothing left after cleaning: the empty cell openpyxl writes
        template._value, template.data_type = cleaned, "s"
        template.row, template.column = row, col + 1
        return openpyxl_cell(self.ws, template)

    def _link(self, reference: str, link: Link, row: int, col: int) -> str:
        key = (link, col)
        if key not in self._links:
            if not fits_formula(link.text) or not fits_formula(link.location):
                self._links[key] = None
            else:
                shown = _clean(link.text)
                formula = f'HYPERLINK("#{_quoted(link.location)}","{_quoted(shown)}")'
                style = style_attribute(self._cells[col].link().fixed_style_id)
                self._links[key] = (style, formula_cell(formula, shown))
        written = self._links[key]
        if written is None:
            return self._text(reference, self._cells[col].text, link.text, row, col)
        style, formula = written
        return f'<c r="{reference}"{style} t="str">{formula}</c>'

    # -- after the rows -----------------------------------------------------------------------

    def finish(self) -> None:
        """Settle widths and heights (when measuring), the filter over the header and every
        row, panes and print setup, and write the sheet; call highlight_overdue before."""
        ws = self.ws
        if self.measuring:
            settle_widths(self.columns, self._widest, self._multiline)
            self._settle_wrapping()
            self._settle_heights()
        for i, column in enumerate(self.columns, start=1):
            dimension = ws.column_dimensions[get_column_letter(i)]
            dimension.width = column.width or MIN_WIDTH
            dimension.hidden = column.hidden
        self._page_setup()
        if self.has_header:
            # The header and the first column (a title or a name) stay in view when scrolling
            # and are repeated on every printed page, so a page of later columns is readable.
            ws.freeze_panes = "B2"
            ws.print_title_rows = "1:1"
            ws.print_title_cols = "A:A"
            last = get_column_letter(len(self.columns))
            ws.auto_filter.ref = f"A1:{last}{max(self.rows, 2)}"
        heights = self._heights
        close_with_rows(ws, self._buffer, lambda n: _ROW_STARTS[heights[n - 1]] % n)

    def _settle_heights(self) -> None:
        """Each row's height from the longest text of a wrapping column, now that the widths
        (and so how many characters fit on a line) are known."""
        heights = self._heights
        for i, per_line in self._wrapping:
            words = self._words[i]
            for row, length in enumerate(self._lengths[i]):
                if length <= per_line:
                    continue  # one line
                word = words[row]
                if length == _BROKEN:
                    parts = self._breaks[(row + 1, i)]
                    lines = sum(wrapped_lines(n, per_line, word) for n in parts)
                else:
                    lines = wrapped_lines(length, per_line, word)
                if lines > heights[row]:
                    heights[row] = min(lines, MAX_LINES)

    def _page_setup(self) -> None:
        """One page wide, as many pages down as the rows take."""
        ws = self.ws
        width = sum(c.width or MIN_WIDTH for c in self.columns if not c.hidden)
        wide = self.landscape or width > PORTRAIT_WIDTH
        ws.page_setup.orientation = "landscape" if wide else "portrait"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.3)
        ws.HeaderFooter.oddFooter.center.text = FOOTER
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0

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


def utf16_length(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units, two for a character beyond the BMP
    (an emoji, a rare CJK ideograph)."""
    return len(text.encode("utf-16-le")) // 2


def fits_formula(text: str) -> bool:
    """Whether `text`, as written inside a formula (cleaned, quotes doubled), stays within
    Excel's limit for a text in a formula; a longer one would make Excel reject the cell."""
    return utf16_length(_quoted(_clean(text))) <= MAX_FORMULA_TEXT
