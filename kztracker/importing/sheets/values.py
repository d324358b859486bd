"""A cell read as the user means it: text, a list of names, a date with its precision, a
status or a kind in any of the three languages. A cell that cannot be read raises ValueError
with the reason to show beside its row."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kztracker.dates import PartialDate, parse_entered
from kztracker.i18n import _
from kztracker.importing.sheets.vocabulary import lookup, month, vocabulary

_LIST_SEPARATORS = re.compile(r"\s*[;\n]\s*")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./-](\d{4})$")
_NUMERIC = re.compile(r"^[\d./-]+$")
_WORD = re.compile(r"[^\W\d_]+[.]?|\d+")
# Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def text(value: Any) -> str | None:
    """A cell as text: numbers without a trailing .0, dates as ISO; a leading '=' stays."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    cleaned = " ".join(str(value).split())
    return cleaned or None


def items(value: Any) -> list[str]:
    """Several names in one cell: one per line or separated by ';'; by ',' only when the
    cell has neither (a name itself may hold a comma when they are used)."""
    cell = text(value) if not isinstance(value, str) else value.strip()
    if not cell:
        return []
    parts = _LIST_SEPARATORS.split(cell)
    if len(parts) == 1:
        parts = cell.split(",")
    return [" ".join(p.split()) for p in parts if p.strip()]


def date(value: Any) -> PartialDate | None:
    """A date cell: an Excel date, 2026, 10.2024, 10/2024, 17.10.2024, 2024-10-17, or month
    names ("October 2024", "17 октября 2024", "2024 жылғы 17 қазан"), to its precision."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        raise ValueError(_("not a date"))
    if isinstance(value, int | float):
        return _number(value)
    cell = " ".join(str(value).split())
    timed = _ISO_TIME.match(cell)
    if timed:
        cell = timed.group(1)
    month_year = _MONTH_YEAR.match(cell)
    if month_year:
        try:
            return PartialDate(int(month_year.group(2)), int(month_year.group(1)))
        except ValueError:
            raise ValueError(_("no such month")) from None
    if cell.isdigit() and len(cell) != 4:
        return _number(int(cell))
    try:
        return parse_entered(cell)
    except ValueError as error:
        named = _named(cell)
        if named is None and _NUMERIC.match(cell):
            raise ValueError(_("no such day or month")) from error
        if named is None:
            raise ValueError(_("not a date")) from error
        return named


def _number(value: float) -> PartialDate:
    if float(value).is_integer() and 1900 <= value <= 2100:
        return PartialDate(int(value))
    if 1 <= value < 2958466:  # an Excel serial day number, up to 9999-12-31
        day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return PartialDate(day.year, day.month, day.day)
    raise ValueError(_("not a date"))


def _named(cell: str) -> PartialDate | None:
    """Day, month name and year in any order: "17 октября 2024", "October 2024"."""
    year = number = day = None
    for word in _WORD.findall(cell.casefold()):
        if word.isdigit():
            if len(word) == 4 and year is None:
                year = int(word)
            elif len(word) <= 2 and day is None:
                day = int(word)
            else:
                return None
            continue
        found = month(word)
        if found is not None and number is None:
            number = found
        elif word.rstrip(".") not in _FILLER:
            return None
    if year is None or number is None:
        return None
    try:
        return PartialDate(year, number, day)
    except ValueError:
        raise ValueError(_("no such day or month")) from None


# Words a written date may hold besides its parts ("2024 жылғы 17 қазан", "г.", "of").
_FILLER = frozenset({"г", "года", "год", "жылғы", "жылы", "ж", "of", "the", "st", "nd", "rd", "th"})


def status(cell: str) -> str | None:
    """A status word in any of the three languages, from a cell's tidied text."""
    found = lookup(vocabulary().statuses, cell)
    if found is None:
        raise ValueError(_("not a status (planned, in progress, done or cancelled)"))
    return found


def memorandum_status(cell: str) -> str | None:
    found = lookup(vocabulary().memorandum_statuses, cell)
    if found is None:
        raise ValueError(_("not a status (draft, signed, active, expired or terminated)"))
    return found


def organization_kind(cell: str) -> str | None:
    return lookup(vocabulary().organization_kinds, cell)


def memorandum_kind(cell: str) -> str | None:
    return lookup(vocabulary().memorandum_kinds, cell)
