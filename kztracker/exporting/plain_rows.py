"""The register's rows: unstyled cells written straight to XML, as openpyxl would write them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.utils import get_column_letter

from kztracker.exporting.rowxml import (
    RowBuffer,
    close_with_rows,
    number_cell,
    openpyxl_cell,
    text_cell,
)


class PlainRows:
    """The rows of a write-only sheet written as openpyxl would write them (unstyled cells),
    its ints and plain texts straight to XML: a sheet of a row per record (the register) would
    otherwise spend most of its time in openpyxl's generic cell. Append every row, then close;
    the sheet must have no row of its own."""

    def __init__(self, ws: Any) -> None:
        if ws._rows is not None:
            raise ValueError("PlainRows must be made before the sheet's first row")
        self.ws = ws
        self._rows = RowBuffer()

    def append(self, values: Sequence[Any]) -> None:
        self._rows.add(_plain_row(self.ws, values, len(self._rows) + 1))

    def close(self) -> None:
        """Write the sheet with its rows (its settings are final by now)."""
        close_with_rows(self.ws, self._rows, lambda number: b'<row r="%d">' % number)


def _plain_text(text: str) -> bool:
    """Text openpyxl's cell would store as it is: not empty, no formula, no illegal character."""
    return bool(text) and text[0] != "=" and not ILLEGAL_CHARACTERS_RE.search(text)


def _plain_row(ws: Any, values: Sequence[Any], row: int) -> str:
    cells = []
    for col, value in enumerate(values, start=1):
        if value is None:
            continue
        kind = type(value)
        reference = f"{get_column_letter(col)}{row}"
        if kind is int:
            cells.append(number_cell(reference, "", f"{value:.16g}"))
        elif kind is str and _plain_text(value):
            cells.append(text_cell(reference, "", value))
        else:  # whatever openpyxl's own cell makes of it (a formula, a refusal, ...)
            cell = WriteOnlyCell(ws, value)
            cell.row, cell.column = row, col
            cells.append(openpyxl_cell(ws, cell))
    return "".join(cells)
