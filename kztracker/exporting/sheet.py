"""The shapes a sheet is described in before it is written: columns, links, headings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from kztracker.errors import KztrackerError

# (rows done, rows in all)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(KztrackerError):
    """The user cancelled; the earlier file at the target is as it was."""


@dataclass
class Column:
    header: str
    # Characters; 0 until the rows have been measured.
    width: int = 0
    # A helper the workbook's rules read but a reader does not need to see.
    hidden: bool = False
    # Some of its text is longer than the width and wraps onto more lines.
    wraps: bool = False


class Link(NamedTuple):
    """Text that jumps to a cell of this workbook (a tuple: one is made per milestone row)."""

    text: str
    location: str  # "'Sheet'!A5"


@dataclass(frozen=True)
class Heading:
    """A bold line of the Summary; `level` 1 is the workbook's title. `numbers` right-aligns
    it over a column of numbers."""

    text: str
    level: int = 2
    numbers: bool = False


@dataclass(frozen=True)
class Note:
    """Text that runs on over the empty cells to its right instead of widening its column."""

    text: str
