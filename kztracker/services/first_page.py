"""The first rows of the milestones' table in any order the window sorts by, read cheaply.

A window opening on 100,000 milestones shows its first screen long before every row is in:
the ids of the first `count` rows in the chosen order are found first, and full rows built for
those alone (browse.milestone_rows). Dates and statuses are ordered by SQL with ORDER BY and
LIMIT (the due date through its index); names are ordered by their natural sort keys
(kztracker.sort_keys) over the id and name columns alone, because no SQL collation gives
"LLP 4" before "LLP 100" or Kazakh alphabet order. The order is the table's own
(`ordered_ids`): filled cells by key in the chosen direction, empty cells last; ties always by
id, ascending.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, case, select

from kztracker.services.browse import (
    FOCUS_AREA,
    MEMORANDUM,
    MILESTONE,
    PERSON,
    MilestoneRow,
    connection_of,
    driver_rows,
    iso_text_in,
    milestone_rows,
)
from kztracker.services.first_page_order import FIRST_PAGE_FIELDS as FIRST_PAGE_FIELDS
from kztracker.services.first_page_order import STATUS_RANK, UNKNOWN_STATUS, ordered_ids
from kztracker.sort_keys import key_of

if TYPE_CHECKING:
    from kztracker.services.browse import Reader

_ID_ORDER = MILESTONE.c.id.asc()
_DATES = {"due": MILESTONE.c.due_on, "completed": MILESTONE.c.completed_on}
_NAMED = {
    "memorandum": (MILESTONE.c.memorandum_id, MEMORANDUM.c.id, MEMORANDUM.c.title),
    "focus_area": (MILESTONE.c.focus_area_id, FOCUS_AREA.c.id, FOCUS_AREA.c.name),
    "responsible": (MILESTONE.c.responsible_id, PERSON.c.id, PERSON.c.name),
}
# FIRST_PAGE_FIELDS (first_page_order.py) names the columns read this way: "title",
# "status", the _DATES and the _NAMED; a test keeps the lists equal.


def _filled(field: str) -> Any:
    """The condition of a filled cell in a column SQL orders (None for the others)."""
    if field in _DATES:
        return _DATES[field].is_not(None)
    if field == "status":
        return MILESTONE.c.status.is_not(None)
    return None


def filled_ids_statement(
    field: str, descending: bool, count: Any, dialect: str
) -> Select[Any] | None:
    """The first `count` ids of the milestones whose `field` is filled, in that column's
    order (ties by id), for the columns SQL orders (the dates by their stored ISO text, as
    `iso_text_in` orders it on a `dialect` database, and the status by its rank); None for
    the others."""
    filled = _filled(field)
    if filled is None:
        return None
    if field in _DATES:
        order = iso_text_in(dialect, _DATES[field])
    else:
        order = case(STATUS_RANK, value=MILESTONE.c.status, else_=UNKNOWN_STATUS)
    statement = select(MILESTONE.c.id).where(filled)
    statement = statement.order_by(order.desc() if descending else order.asc(), _ID_ORDER)
    return statement.limit(count)


def empty_ids_statement(field: str, count: Any) -> Select[Any]:
    """The first `count` ids, by id, of the milestones whose `field` (as in
    filled_ids_statement) is empty: they follow the filled ones."""
    return select(MILESTONE.c.id).where(~_filled(field)).order_by(_ID_ORDER).limit(count)


def named_statements(field: str) -> tuple[Select[Any], ...]:
    """For the columns whose names order in Python: (id, title) of every milestone for the
    title; for a related record's name, (id, name) of its table, then each milestone's (id,
    link). Empty for the other columns."""
    if field == "title":
        return (select(MILESTONE.c.id, MILESTONE.c.title),)
    if field in _NAMED:
        link, id_column, name_column = _NAMED[field]
        return (select(id_column, name_column), select(MILESTONE.c.id, link))
    return ()


def _sql_ids(session: Reader, field: str, descending: bool, count: int) -> list[int]:
    """The first ids by a column SQL orders, with the empty cells after the filled ones."""
    connection = connection_of(session)
    statement = filled_ids_statement(field, descending, count, connection.dialect.name)
    assert statement is not None
    ids = list(connection.execute(statement).scalars())
    if len(ids) < count:
        ids += connection.execute(empty_ids_statement(field, count - len(ids))).scalars()
    return ids


def first_milestone_ids(
    session: Reader, field: str, descending: bool, count: int
) -> list[int] | None:
    """The ids of the first `count` milestones sorted by the column of `field` (a
    MilestoneRow field), or None when that column has no cheap first page."""
    if _filled(field) is not None:
        return _sql_ids(session, field, descending, count)
    cache: dict[str, str] = {}
    if field == "title":
        (titles,) = named_statements(field)
        pairs = driver_rows(session, titles)
        return ordered_ids(pairs, lambda title: key_of(cache, title), descending, count)
    if field in _NAMED:
        names_statement, links_statement = named_statements(field)
        names = dict(driver_rows(session, names_statement))
        links = driver_rows(session, links_statement)
        pairs = [(id_, names.get(other) if other is not None else None) for id_, other in links]
        return ordered_ids(pairs, lambda name: key_of(cache, name), descending, count)
    return None


def first_milestones(
    session: Reader, field: str, descending: bool, count: int, today: dt.date | None = None
) -> list[MilestoneRow] | None:
    """The first `count` milestone rows in the table's order by `field`; None when that
    column has no cheap first page (the caller reads every row)."""
    ids = first_milestone_ids(session, field, descending, count)
    if ids is None:
        return None
    place = {id_: n for n, id_ in enumerate(ids)}
    rows = milestone_rows(session, today, ids=ids) if ids else []
    rows.sort(key=lambda row: place[row.id])
    return rows
