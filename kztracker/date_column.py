"""The database column of a partial date: SQLAlchemy's side of kztracker.dates, kept apart so
that reading and showing dates never loads SQLAlchemy (the window's start, issue 18)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from kztracker.dates import PartialDate


class PartialDateType(TypeDecorator[PartialDate]):
    """Stored as ISO text cut to its precision; ISO order is date order on both backends."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = PartialDate.parse(value)
        if isinstance(value, dt.date):
            value = PartialDate(value.year, value.month, value.day)
        return str(value.isoformat())

    def process_result_value(self, value: Any, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.parse(value)
