"""A write-only sheet's rows as XML text, kept aside and spliced in when the sheet closes.

Why: openpyxl writes a write-only sheet's column widths before its first row, so a sheet whose
widths come from its content would have to be read twice. Here a sheet's rows are written as
text to an anonymous temporary file while they are measured; once the widths are known, the
sheet's top (widths, panes) and tail (filter, print setup) are written by openpyxl as usual
around an empty <sheetData>, and the rows are copied in between. Memory stays flat.

The cells are the bytes openpyxl (through lxml) writes for them: lxml's incremental writer
writes ASCII, so every other character becomes a character reference, and it escapes &, <, >
and carriage returns in text. Anything else (a datetime, a formula typed as text in the
register, an empty cell) is written by openpyxl's own cell writer into a small buffer.
"""

from __future__ import annotations

import tempfile
from array import array
from collections.abc import Callable, Iterator
from io import BytesIO
from typing import Any

from openpyxl.cell._writer import write_cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import xmlfile

# Characters XML 1.0 cannot hold and ILLEGAL_CHARACTERS_RE keeps; lxml refuses them.
_NOT_XML = ("\ufffe", "\uffff")
_CHUNK = 1 << 20


def escaped(text: str) -> str:
    """`text` as lxml writes it inside an element (before the ASCII encoding)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def style_attribute(style_id: int | None) -> str:
    """The ` s="N"` of a styled cell; nothing for an unstyled one (style None)."""
    return "" if style_id is None else f' s="{style_id}"'


def text_cell(reference: str, style: str, text: str) -> str:
    """A non-empty text cell, an inline string, as openpyxl writes it."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{reference}"{style} t="inlineStr"><is><t{space}>{escaped(text)}</t></is></c>'


def number_cell(reference: str, style: str, number: str) -> str:
    """A number cell; `number` already formatted as openpyxl's safe_string formats it."""
    return f'<c r="{reference}"{style} t="n"><v>{number}</v></c>'


def formula_cell(formula: str, result: str) -> str:
    """The inside of a formula cell (t="str") with its cached text result."""
    return f"<f>{escaped(formula)}</f><v>{escaped(result)}</v>"


def openpyxl_cell(ws: Any, cell: Any) -> str:
    """Whatever openpyxl's own cell writer makes of `cell` (positioned, styled)."""
    buffer = BytesIO()
    with xmlfile(buffer) as xf:
        write_cell(xf, ws, cell, cell.has_style)
    return buffer.getvalue().decode("ascii")


class RowBuffer:
    """The cells of each row, as XML, in an anonymous temporary file (gone when closed)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(buffering=1 << 16)  # noqa: SIM115 - closed in rows()
        self._lengths = array("L")

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, cells: str) -> None:
        """The next row's cells (their XML text, without the row element)."""
        if _NOT_XML[0] in cells or _NOT_XML[1] in cells:
            # What lxml says of them, so the export fails as it did when lxml wrote every cell.
            raise ValueError(
                "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or "
                "control characters"
            )
        data = cells.encode("ascii", "xmlcharrefreplace")
        self._lengths.append(len(data))
        self._file.write(data)

    def rows(self) -> Iterator[bytes]:
        """Each row's cells, in order; the buffer is closed afterwards."""
        source = self._file
        source.flush()
        source.seek(0)
        chunk, at = b"", 0
        try:
            for length in self._lengths:
                end = at + length
                if end > len(chunk):
                    chunk, at, end = chunk[at:] + source.read(max(_CHUNK, length)), 0, length
                yield chunk[at:end]
                at = end
        finally:
            self.close()

    def close(self) -> None:
        self._file.close()


def close_with_rows(ws: Any, rows: RowBuffer, row_start: Callable[[int], bytes]) -> None:
    """Close the write-only sheet `ws` (openpyxl writes its top and tail, every setting made by
    now) with `rows` as its rows; `row_start(n)` is the opening tag of row n (from 1)."""
    WriteOnlyWorksheet.close(ws)
    path = ws._writer.out
    with open(path, "rb") as written:
        sheet = written.read()
    cut = sheet.rindex(b"</sheetData>")
    try:
        # Rewritten in place (it is openpyxl's temporary file, read whole above, and small).
        with open(path, "wb", buffering=_CHUNK) as out:
            out.write(sheet[:cut])
            for number, cells in enumerate(rows.rows(), start=1):
                out.write(row_start(number))
                out.write(cells)
                out.write(b"</row>")
            out.write(sheet[cut:])
    finally:
        rows.close()
