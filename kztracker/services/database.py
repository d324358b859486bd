"""Opening a database for use: create or upgrade it, and seed it when it is new."""

from __future__ import annotations

from kztracker.db import Database, open_database
from kztracker.services.seeding import SeedResult, seed_database


def initialize(path_or_url: str | None = None) -> tuple[Database, SeedResult]:
    """Create or upgrade the database and seed it if it holds no records."""
    database = open_database(path_or_url, create=True)
    with database.sessions.begin() as session:
        result = seed_database(session)
    return database, result
