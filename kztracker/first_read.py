"""The window's milestones read through the standard library's sqlite3: the first page, then
every row.

SQLAlchemy takes a sixth of a second to import: on a SQLite file the window's first page does
without it. It runs the services' own statements (the first ids in the table's order, as
services.first_page reads them, then the rows of those ids, as browse.milestone_rows does),
compiled to SQL text ahead of time (first_read_sql.json, made by first_read_compile.py; a test
fails when they part), and the same code of first_page_order.py and milestone_build.py orders
them and builds the rows, so both give the same page (tests compare them for every column and
both directions). Every row behind the first page, and the filter boxes' choices, come the same
way (`every_milestone`: the statements of browse.milestone_rows and filter_choices), so the
whole table never waits for SQLAlchemy either; tests compare those rows with the Core read's
too. SQLAlchemy loads when an edit, another view or the detail pane first needs it. A server
database, or a SQLite URL the standard library cannot read as SQLAlchemy would, takes the
engine's way.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kztracker.first_read_compile import IDS, SQL_FILE
from kztracker.locations import sqlite_path
from kztracker.services.filter_choices import Choices
from kztracker.services.first_page_order import ordered_ids
from kztracker.services.gc_hold import without_gc_pauses
from kztracker.services.milestone_build import MilestoneNames, build_milestone_rows
from kztracker.sort_keys import key_of
from kztracker.sqlite_connections import sqlite_reader

if TYPE_CHECKING:
    from kztracker.db import Database
    from kztracker.services.browse_rows import MilestoneRow

# How SQLAlchemy marks an expanding parameter (a list of ids) in compiled SQL text.
_EXPANDING = "__[POSTCOMPILE_{name}]"


@cache
def _statements() -> dict[str, Any]:
    """first_read_sql.json: by name, each statement's SQL and its parameters in order."""
    loaded: dict[str, Any] = json.loads(SQL_FILE.read_text(encoding="utf-8"))
    return loaded


def _run(connection: sqlite3.Connection, name: str, **given: Any) -> sqlite3.Cursor:
    """Execute the compiled statement `name`: the parameters first_read gives (IDS, a list
    that expands to one placeholder each; COUNT) from `given`, the others as compiled."""
    entry = _statements()[name]
    sql: str = entry["sql"]
    values: list[Any] = []
    for key, compiled in entry["params"]:
        if key == IDS:
            ids = given[IDS]
            sql = sql.replace(_EXPANDING.format(name=key), ", ".join("?" * len(ids)))
            values += ids
        else:
            values.append(given[key] if key in given else compiled)
    return connection.execute(sql, values)


def _plain_connection(database: Database, path: Path) -> sqlite3.Connection:
    # The file the window opened, or a refusal saying it was moved; and never a new empty
    # file at its name (mode=rw), which the engine's next connection would take for it.
    database.check_file()
    if database.read_only:
        return sqlite_reader(path)
    return sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=10)


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
    direction = "desc" if descending else "asc"
    if f"first {field} {direction}" in _statements():
        ids = [id_ for (id_,) in _run(connection, f"first {field} {direction}", count=count)]
        if len(ids) < count:  # the empty cells follow the filled ones
            rest = _run(connection, f"first {field} empty", count=count - len(ids))
            ids += [id_ for (id_,) in rest]
        return ids
    cache: dict[str, str] = {}
    if field == "title":
        pairs = _run(connection, "first title titles").fetchall()
        return ordered_ids(pairs, lambda title: key_of(cache, title), descending, count)
    if f"first {field} links" in _statements():  # a related record's name
        names = dict(_run(connection, f"first {field} names").fetchall())
        links = _run(connection, f"first {field} links").fetchall()
        pairs = [(id_, names.get(other) if other is not None else None) for id_, other in links]
        return ordered_ids(pairs, lambda value: key_of(cache, value), descending, count)
    return None


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
    """services.filter_choices.filter_choices: (id, label) by the stored key."""

    def pairs(field: str) -> list[tuple[int, str]]:
        return _run(connection, f"choices {field}").fetchall()

    return Choices(
        memoranda=pairs("memoranda"),
        partners=pairs("partners"),
        focus_areas=pairs("focus_areas"),
        people=pairs("people"),
    )


def milestone_rows(
    connection: sqlite3.Connection, ids: Sequence[int] | None, today: dt.date | None = None
) -> list[MilestoneRow]:
    """browse.milestone_rows(ids=ids): the rows of those milestones (every one for None),
    by id."""
    of_ids = "" if ids is None else " of ids"

    def names(name: str) -> dict[int, str]:
        return dict(_run(connection, f"rows {name}").fetchall())

    memoranda, partners = names("memoranda"), names("partners")
    people, areas = names("people"), names("areas")
    grouped: dict[int, list[int]] = defaultdict(list)
    for milestone, organization in _run(connection, f"rows own_links{of_ids}", ids=ids):
        grouped[milestone].append(organization)
    parties: dict[int, list[int]] = defaultdict(list)
    for memorandum, organization in _run(connection, "rows parties"):
        parties[memorandum].append(organization)
    lookups = MilestoneNames(
        memoranda,
        partners,
        people,
        areas,
        {key: tuple(values) for key, values in grouped.items()},
        parties,
    )
    milestones = _run(connection, f"rows milestones{of_ids}", ids=ids).fetchall()
    return build_milestone_rows(lookups, milestones, today or dt.date.today())
