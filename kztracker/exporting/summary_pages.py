"""Where the Summary sheet's printed pages break, so each table keeps its title and header."""

from __future__ import annotations

from typing import Any

from kztracker.exporting.sheet import Heading
from kztracker.exporting.sizes import LINE_HEIGHT, PAGE_POINTS
from kztracker.exporting.writer import SheetWriter


def _is_table_header(row: list[Any]) -> bool:
    return len(row) > 1 and all(type(cell) is Heading for cell in row)


def write_paged(summary: SheetWriter, rows: list[list[Any]]) -> None:
    """Write the Summary's rows with page breaks: a table does not start at the foot of a page
    (its title, header and first rows stay together), and one that runs on to a new page
    repeats its title and header there. Heights are counted as the rows are written, against
    a landscape page at 100 % (the sheet is only ever scaled down, so a page holds at least
    that much)."""
    title: list[Any] | None = None
    header: list[Any] | None = None
    for n, row in enumerate(rows):
        following = rows[n + 1] if n + 1 < len(rows) else []
        if not row:
            title = header = None
        elif _is_table_header(following):
            title, header = row, following
        # A section's blank line, title and header need room for two rows after them.
        starts_table = not row and n + 2 < len(rows) and _is_table_header(rows[n + 2])
        needed = LINE_HEIGHT * (5 if starts_table else 1)
        if summary.points + needed > PAGE_POINTS and summary.rows:
            summary.page_break()
            if starts_table:
                continue  # no blank line at the top of a page
            if title is not None and header is not None and row is not header and row is not title:
                summary.append(title)
                summary.append(header)
        summary.append(row)
