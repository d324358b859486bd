"""A mapped column's cells read all at once, as the user means them.

Reading column by column lets each step run as one tight pass over the column instead of a
step per cell, and a column read by a reader (dates, statuses, kinds, lists of names) reads
each distinct cell once: a sheet repeats the same few statuses, dates and partner lists down
thousands of rows. Text that hardly repeats (titles, notes) is only tidied; whether a column
repeats is judged on a sample of its first cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from kztracker.importing.sheets import values

Reader = Callable[[Any], Any]
# A cell read: its tidied text, its value, and the reason it cannot be read (or None).
Read = tuple[str | None, Any, str | None]
_ONE_OR_ZERO = (bool, int, float)
SAMPLE = 1_000  # cells looked at to tell a repeating column from one of distinct texts


def read_cell(raw: Any, reader: Reader | None, text_reader: Reader | None) -> Read:
    """One cell: `reader` takes it as it is (an Excel date, a number, lines inside a cell),
    `text_reader` its tidied text; with neither, the tidied text is the value."""
    cell = " ".join(raw.split()) if type(raw) is str else values.text(raw)
    if not cell:
        return cell, None, None
    try:
        if reader is not None:
            return cell, reader(raw), None
        return cell, text_reader(cell) if text_reader is not None else cell, None
    except ValueError as error:
        return cell, None, str(error)


class _Seen(dict[Any, Read]):
    """Each distinct cell's reading, made the first time the cell is met."""

    def __init__(self, reader: Reader | None, text_reader: Reader | None) -> None:
        super().__init__()
        self.reader, self.text_reader = reader, text_reader
        self.unreadable = False  # whether any cell could not be read

    def __missing__(self, raw: Any) -> Read:
        read = self[raw] = read_cell(raw, self.reader, self.text_reader)
        self.unreadable |= read[2] is not None
        return read


def cell_columns(rows: Sequence[Sequence[Any]], wanted: Sequence[int]) -> dict[int, Sequence[Any]]:
    """The wanted columns' cells; a row too short to reach one (a CSV line) has None there."""
    if rows and len(set(map(len, rows))) == 1:
        width = len(rows[0])
        every = list(zip(*rows, strict=True))  # one pass: calamine's rows are all as wide
        return {c: every[c] if c < width else [None] * len(rows) for c in wanted}
    return {c: [row[c] if c < len(row) else None for row in rows] for c in wanted}


def read_column(
    raw: Sequence[Any], reader: Reader | None, text_reader: Reader | None
) -> tuple[list[str | None], list[Any], dict[int, str]]:
    """Each cell's tidied text and value, and {row index: reason} for the cells that cannot
    be read. A list value may be shared by rows: copy it before changing it."""
    sample = raw[:SAMPLE]
    if reader is None and text_reader is None and len(set(sample)) * 2 > len(sample):
        cells = [" ".join(v.split()) if type(v) is str else values.text(v) for v in raw]
        return cells, [cell or None for cell in cells], {}
    seen = _Seen(reader, text_reader)
    reads = list(map(seen.__getitem__, raw))
    if 1 in seen or 0 in seen:
        # True == 1 and False == 0 as keys: such cells are read each on its own.
        for i in [i for i, v in enumerate(raw) if type(v) in _ONE_OR_ZERO and v in (0, 1)]:
            reads[i] = read_cell(raw[i], reader, text_reader)
            seen.unreadable |= reads[i][2] is not None
    errors = (
        {i: read[2] for i, read in enumerate(reads) if read[2] is not None}
        if seen.unreadable
        else {}
    )
    return list(map(itemgetter(0), reads)), list(map(itemgetter(1), reads)), errors
