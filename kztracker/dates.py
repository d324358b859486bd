"""Partial dates: a date known to the year, the month or the day, and no more precisely."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import total_ordering
from typing import TYPE_CHECKING, Any

from kztracker.i18n import _, quoted

if TYPE_CHECKING:
    from kztracker.date_column import PartialDateType as PartialDateType

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _no_such_day(text: str) -> str:
    return _("not a date: {text} (no such day or month)").format(text=quoted(text))


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError(_("a day needs a month"))
        # Validates the calendar (30 February is refused).
        dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(
                _("not a date: {text} (use YYYY, YYYY-MM or YYYY-MM-DD)").format(text=quoted(text))
            )
        year, month, day = match.groups()
        try:
            return cls(int(year), int(month) if month else None, int(day) if day else None)
        except ValueError:
            # The calendar's own refusal ("day is out of range for month") is English only.
            raise ValueError(_no_such_day(text)) from None

    def _sort_key(self) -> tuple[int, int, int]:
        # A less precise date sorts before the more precise ones inside it, as ISO text does.
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day the date can mean: "2026" is not past until 2026 is over."""
        if self.day is not None:
            return self.first_day()
        if self.month is not None:
            following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def isoformat(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def entered(self) -> str:
        """The date the way people here type it, read back by parse_entered: 17.10.2024,
        10.2024 or 2024."""
        if self.day is not None:
            return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"
        if self.month is not None:
            return f"{self.month:02d}.{self.year:04d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.isoformat()


_DOTTED = re.compile(r"^(?:(\d{1,2})[./])?(\d{1,2})[./](\d{4})$")


def parse_entered(text: str) -> PartialDate:
    """A date as people type it: ISO ("2024", "2024-10", "2024-10-17") or day-first with dots
    or slashes as written in Kazakhstan ("17.10.2024", "10.2024"). Raises ValueError."""
    cleaned = text.strip()
    match = _DOTTED.match(cleaned)
    if match is None:
        return PartialDate.parse(cleaned)
    day, month, year = match.groups()
    try:
        return PartialDate(int(year), int(month), int(day) if day else None)
    except ValueError:
        raise ValueError(_no_such_day(text)) from None


def __getattr__(name: str) -> Any:
    # The column type lives apart, so reading and showing dates (the window's first page)
    # never loads SQLAlchemy; `from kztracker.dates import PartialDateType` still works.
    if name == "PartialDateType":
        from kztracker.date_column import PartialDateType

        return PartialDateType
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
