"""How big an exported sheet's cells are: column widths from their content, narrowed to print
one page wide, and the lines a wrapped text takes (neither Excel nor LibreOffice refits a row's
height on opening, so the export sets it). Widths count in Excel's units, the width of a "0".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from typing import Any

from kztracker.dates import PartialDate
from kztracker.exporting.sheet import Column, Heading, Link, Note

MAX_WIDTH = 50  # longer text wraps inside the column
MIN_WIDTH = 6
DATE_WIDTH = 11
DATETIME_WIDTH = 17
# Row heights are set for wrapped rows: neither Excel nor LibreOffice refits them on opening.
LINE_HEIGHT = 15  # points, one line of 11-point Calibri
MAX_LINES = 27  # Excel's tallest row is 409 points
CHARS_PER_WIDTH = 1.1  # average text is narrower than the "0" that column widths count in
# Printing: every sheet prints one page wide (scaled down when wider). About this many width
# units fit across A4 portrait inside the margins; a wider sheet turns to landscape, so it is
# scaled down less.
PORTRAIT_WIDTH = 75
# A sheet wider than this (width units) prints below about two thirds of full size when fitted
# to a landscape page: its long text columns are narrowed (and wrap) until it fits, the first
# (the title or name) keeping more of its width than the others.
PRINT_WIDTH = 160
NARROWEST_FIRST = 30
NARROWEST_TEXT = 16
# The height of a landscape A4 page inside the margins, in points at 100 %, less a little for
# rounding: the Summary starts a new page (and repeats a table's header) before this is full.
PAGE_POINTS = 470


def display_width(value: Any) -> int:
    """Roughly how many characters `value` takes when shown."""
    if isinstance(value, str):
        return max(map(len, value.splitlines())) if "\n" in value else len(value)
    if isinstance(value, PartialDate | dt.date) and not isinstance(value, dt.datetime):
        return DATE_WIDTH
    if isinstance(value, dt.datetime):
        return DATETIME_WIDTH
    if isinstance(value, Note):
        return 0
    if isinstance(value, Link | Heading):
        return len(value.text) if not isinstance(value, Heading) or value.level > 1 else 0
    return 0 if value is None else len(str(value))


def fit_widths(columns: Sequence[Column], rows: Iterator[Sequence[Any]]) -> None:
    """Set each column's width from the rows' content (a sheet written without measuring, the
    Summary: a few hundred rows)."""
    widest = [len(c.header) for c in columns]
    multiline = [False] * len(columns)
    for row in rows:
        for i, value in enumerate(row):
            if value is None:
                continue
            if type(value) is str and "\n" in value:
                multiline[i] = True
            widest[i] = max(widest[i], display_width(value))
    settle_widths(columns, widest, multiline)


def settle_widths(
    columns: Sequence[Column], widest: Sequence[int], multiline: Sequence[bool]
) -> None:
    """Each column as wide as its widest value, capped (a longer text, or one with line
    breaks, wraps)."""
    for column, width, lines in zip(columns, widest, multiline, strict=True):
        column.width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))
        column.wraps = lines or width + 2 > MAX_WIDTH


def narrow_for_print(columns: Sequence[Column]) -> None:
    """Cap the widest columns so the shown ones add up to PRINT_WIDTH where they can; a capped
    column wraps. Dates, statuses and counts are narrower than any cap and keep their width."""
    shown = [c for c in columns if not c.hidden]
    if sum(c.width for c in shown) <= PRINT_WIDTH:
        return

    def floor(column: Column) -> int:
        return NARROWEST_FIRST if column is shown[0] else NARROWEST_TEXT

    def total(cap: int) -> int:
        return sum(min(c.width, max(cap, floor(c))) for c in shown)

    cap = max(c.width for c in shown)
    while cap > NARROWEST_TEXT and total(cap) > PRINT_WIDTH:
        cap -= 1
    for column in shown:
        limit = max(cap, floor(column))
        if column.width > limit:
            column.width, column.wraps = limit, True


def text_lines(text: str, per_line: float) -> int:
    """How many lines `text` takes in a wrapping column of `per_line` characters."""
    word = average_word(text)
    return sum(wrapped_lines(len(part), per_line, word) for part in text.split("\n"))


def average_word(text: str) -> int:
    """The average length of the words of `text` (with their punctuation), at most 255."""
    words = text.count(" ") + text.count("\n") + 1
    return min(len(text) // words, 255)


def wrapped_lines(length: int, per_line: float, word: int) -> int:
    """How many lines a text of `length` characters, of words `word` long on average, takes
    when wrapped at `per_line` characters. Lines break at spaces, so a line leaves about half a
    word empty at its end: counting the characters alone left a row a line short in a narrow
    column, and its last line was cut off when printed."""
    if length <= per_line:
        return 1
    return math.ceil(length / max(per_line - word / 2, 1.0))
