"""Opening a database for use: create or upgrade it, and seed it when it is new."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kztracker.db import Database, open_database
from kztracker.locations import sqlite_path

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# A database holding a record of one of these kinds is not seeded again. Named as Core tables:
# the window's start asks this without loading the ORM or the model classes (issue 18).
_RECORD_TABLES = ("organization", "person", "memorandum", "milestone", "source")


@dataclass
class SeedResult:
    """What a seed run added, by record kind."""

    added: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.added.values())


def holds_records(connection: Connection) -> bool:
    """Whether any organization, person, memorandum, milestone or source is stored."""
    from sqlalchemy import select, table

    return any(
        connection.execute(select(1).select_from(table(name)).limit(1)).first() is not None
        for name in _RECORD_TABLES
    )


def _file_holds_records(path: Path) -> bool:
    """holds_records for a SQLite file, asked through the standard library; False when it
    cannot say (the engine then asks, and reports what goes wrong as it always has)."""
    try:
        connection = sqlite3.connect(path, timeout=10)
        try:
            return any(
                connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None
                for name in _RECORD_TABLES
            )
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def initialize(
    path_or_url: str | None = None, *, check_later: bool = False
) -> tuple[Database, SeedResult]:
    """Create or upgrade the database and seed it if it holds no records.

    A new database is seeded in the transaction that creates it; an existing empty one under
    the writer lock, so two first starts at once seed once. A database this user may only
    read is opened read-only and left as it is. `check_later`: see open_database.
    """
    seeded: list[SeedResult] = []

    def seed(session: Session) -> None:
        from kztracker.services.seeding import seed_database

        seeded.append(seed_database(session))

    database = open_database(path_or_url, create=True, prepare=seed, check_later=check_later)
    if seeded or database.read_only:
        return database, (seeded[0] if seeded else SeedResult())
    # A database with records is the common start: answered by reading, through Core, so a
    # start neither waits for the writer lock while another process (an import) writes nor
    # loads the ORM before the window's first page; a SQLite file through the standard
    # library, so the window is built before SQLAlchemy loads.
    path = sqlite_path(database.url)
    if path is not None and _file_holds_records(path):
        return database, SeedResult()
    with database.engine.connect() as connection:
        if holds_records(connection):
            return database, SeedResult()
    from kztracker.services.seeding import seed_database
    from kztracker.transactions import writer_lock

    with database.session() as session, session.begin():
        writer_lock(session.connection())
        result = seed_database(session)
    return database, result
