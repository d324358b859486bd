"""Opening a database for use: create or upgrade it, and seed it when it is new."""

from __future__ import annotations

from kztracker.db import Database, open_database, writer_lock
from kztracker.services.seeding import SeedResult, is_empty, seed_database


def initialize(
    path_or_url: str | None = None, *, check_later: bool = False
) -> tuple[Database, SeedResult]:
    """Create or upgrade the database and seed it if it holds no records.

    A new database is seeded in the transaction that creates it; an existing empty one under
    the writer lock, so two first starts at once seed once. A database this user may only
    read is opened read-only and left as it is. `check_later`: see open_database.
    """
    seeded: list[SeedResult] = []
    database = open_database(
        path_or_url,
        create=True,
        prepare=lambda session: seeded.append(seed_database(session)),
        check_later=check_later,
    )
    if seeded or database.read_only:
        return database, (seeded[0] if seeded else SeedResult())
    # A database with records is the common start: answered by reading, so a start does not
    # wait for the writer lock while another process (an import) writes.
    with database.session() as session:
        if not is_empty(session):
            return database, SeedResult()
    with database.session() as session, session.begin():
        writer_lock(session.connection())
        result = seed_database(session)
    return database, result
