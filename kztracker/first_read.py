"""The window's milestones read through the standard library's sqlite3: the first page, then
every row.

SQLAlchemy takes a sixth of a second to import: on a SQLite file the window's first page does
without it, in plain SQL that asks what kztracker.services.first_page asks through Core (the
first ids in the table's order, then the rows of those ids), and the same code of
first_page_order.py and milestone_build.py orders them and builds the rows, so both give the
same page (tests compare them for every column and both directions). Every row behind the first
page, and the filter boxes' choices, come the same way (`every_milestone`: the SQL of
browse.milestone_rows and filter_choices), so the whole table never waits for SQLAlchemy
either; tests compare those rows with the Core read's too. SQLAlchemy loads when an edit, another
view or the detail pane first needs it. A server database, or a SQLite URL the standard
library cannot read as SQLAlchemy would, takes the engine's way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kztracker.db import sqlite_path, sqlite_reader
from kztracker.services.filter_choices import Choices
from kztracker.services.first_page_order import STATUS_RANK, UNKNOWN_STATUS, ordered_ids
from kztracker.services.gc_hold import without_gc_pauses
from kztracker.services.milestone_build import (
    MILESTONE_COLUMNS,
    MilestoneNames,
    build_milestone_rows,
)
from kztracker.sort_keys import key_of

if TYPE_CHECKING:
    from kztracker.db import Database
    from kztracker.services.browse_rows import MilestoneRow

# The columns SQL orders by (first_page._DATES and the status), and those whose names order
# in Python (first_page._NAMED: the milestone's link, the named table and its name column).
_DATES = {"due": "due_on", "completed": "completed_on"}
_NAMED = {
    "memorandum": ("memorandum_id", "memorandum", "title"),
    "focus_area": ("focus_area_id", "focus_area", "name"),
    "responsible": ("responsible_id", "person", "name"),
}


def _plain_connection(database: Database, path: Path) -> sqlite3.Connection:
    return sqlite_reader(path) if database.read_only else sqlite3.connect(path, timeout=10)


def first_milestones(
    database: Database, field: str, descending: bool, count: int, today: dt.date | None = None
) -> list[MilestoneRow] | None:
    """services.first_page.first_milestones on `database`: through sqlite3 for a SQLite file,
    through an engine's connection otherwise. None when the column has no cheap first page."""
    path = sqlite_path(database.url)
    if path is None:
        from kztracker.services.first_page import first_milestones as through_core

        with database.engine.connect() as core:
            return through_core(core, field, descending, count, today)
    connection = _plain_connection(database, path)
    try:
        connection.execute("BEGIN")  # one snapshot for the ids and their rows, as a reader's
        ids = first_milestone_ids(connection, field, descending, count)
        if ids is None:
            return None
        place = {id_: n for n, id_ in enumerate(ids)}
        rows = milestone_rows(connection, ids, today) if ids else []
        rows.sort(key=lambda row: place[row.id])
        return rows
    finally:
        connection.close()


def first_milestone_ids(
    connection: sqlite3.Connection, field: str, descending: bool, count: int
) -> list[int] | None:
    """The ids of the first `count` milestones sorted by `field`, as first_page reads them."""
    if field in _DATES:
        column = _DATES[field]
        return _sql_ids(connection, column, f"{column} IS NOT NULL", (), descending, count)
    if field == "status":
        ranks = " ".join("WHEN ? THEN ?" for _ in STATUS_RANK)
        order = f"CASE status {ranks} ELSE ? END"
        values = (*(value for pair in STATUS_RANK.items() for value in pair), UNKNOWN_STATUS)
        return _sql_ids(connection, order, "status IS NOT NULL", values, descending, count)
    cache: dict[str, str] = {}
    if field == "title":
        pairs = connection.execute("SELECT id, title FROM milestone").fetchall()
        return ordered_ids(pairs, lambda title: key_of(cache, title), descending, count)
    if field in _NAMED:
        link, table, name = _NAMED[field]
        names = dict(connection.execute(f"SELECT id, {name} FROM {table}").fetchall())
        links = connection.execute(f"SELECT id, {link} FROM milestone").fetchall()
        pairs = [(id_, names.get(other) if other is not None else None) for id_, other in links]
        return ordered_ids(pairs, lambda value: key_of(cache, value), descending, count)
    return None


def _sql_ids(
    connection: sqlite3.Connection,
    order: str,
    filled: str,
    values: Sequence[Any],
    descending: bool,
    count: int,
) -> list[int]:
    """The first ids by a SQL expression, with the empty cells after the filled ones."""
    direction = "DESC" if descending else "ASC"
    ids = [
        id_
        for (id_,) in connection.execute(
            f"SELECT id FROM milestone WHERE {filled} ORDER BY {order} {direction}, id ASC LIMIT ?",
            (*values, count),
        )
    ]
    if len(ids) < count:
        rest = connection.execute(
            f"SELECT id FROM milestone WHERE NOT ({filled}) ORDER BY id ASC LIMIT ?",
            (count - len(ids),),
        )
        ids += [id_ for (id_,) in rest]
    return ids


def every_milestone(
    database: Database, choices: bool, today: dt.date | None = None
) -> tuple[list[MilestoneRow], Choices | None] | None:
    """Every milestone's row by id (browse.milestone_rows) and, when asked, what the filter
    boxes offer (filter_choices), read through sqlite3 in one snapshot: the rows behind the
    first page never wait for SQLAlchemy's import. None for a database sqlite3 does not
    read (a server keeps the engine's way)."""
    path = sqlite_path(database.url)
    if path is None:
        return None
    connection = _plain_connection(database, path)
    try:
        connection.execute("BEGIN")
        with without_gc_pauses():
            rows = milestone_rows(connection, None, today)
        return rows, filter_choices(connection) if choices else None
    finally:
        connection.close()


def filter_choices(connection: sqlite3.Connection) -> Choices:
    """services.filter_choices.filter_choices in plain SQL: (id, label) by the stored key."""

    def pairs(table: str, name: str) -> list[tuple[int, str]]:
        statement = f"SELECT id, {name} FROM {table} ORDER BY {name}_key"
        return connection.execute(statement).fetchall()

    return Choices(
        memoranda=pairs("memorandum", "title"),
        partners=pairs("organization", "name"),
        focus_areas=pairs("focus_area", "name"),
        people=pairs("person", "name"),
    )


def milestone_rows(
    connection: sqlite3.Connection, ids: Sequence[int] | None, today: dt.date | None = None
) -> list[MilestoneRow]:
    """browse.milestone_rows(ids=ids): the rows of those milestones (every one for None),
    by id."""
    values: tuple[int, ...] = ()
    if ids is None:
        where = ""
    else:
        where, values = f"IN ({', '.join('?' * len(ids))})", tuple(ids)

    def names(table: str, column: str) -> dict[int, str]:
        return dict(connection.execute(f"SELECT id, {column} FROM {table}").fetchall())

    grouped: dict[int, list[int]] = defaultdict(list)
    for milestone, organization in connection.execute(
        "SELECT milestone_id, organization_id FROM milestone_organization"
        + (f" WHERE milestone_id {where}" if where else ""),
        values,
    ):
        grouped[milestone].append(organization)
    parties: dict[int, list[int]] = defaultdict(list)
    for memorandum, organization in connection.execute(
        "SELECT memorandum_id, organization_id FROM memorandum_party"
    ):
        parties[memorandum].append(organization)
    lookups = MilestoneNames(
        names("memorandum", "title"),
        names("organization", "name"),
        names("person", "name"),
        names("focus_area", "name"),
        {key: tuple(values) for key, values in grouped.items()},
        parties,
    )
    milestones = connection.execute(
        f"SELECT {', '.join(MILESTONE_COLUMNS)} FROM milestone"
        + (f" WHERE id {where}" if where else "")
        + " ORDER BY id",
        values,
    ).fetchall()
    return build_milestone_rows(lookups, milestones, today or dt.date.today())
