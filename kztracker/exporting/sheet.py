"""The shape of a sheet before it is written: its rows of plain values, links and sections."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class Sheet:
    """One sheet's content, prepared before any of it is written."""

    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    header_row: bool = True


class CancelledExport(Exception):
    """Raised between rows when the user cancels."""


@dataclass(frozen=True)
class Link:
    text: str
    location: str  # "'Sheet'!A5", inside this workbook


@dataclass(frozen=True)
class Section:
    text: str
