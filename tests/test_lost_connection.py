"""A server that dropped the app's connections (a restart, an idle timeout) is reconnected to
on the next use: the pool tests each connection before handing it out."""

from __future__ import annotations

from sqlalchemy import create_engine, func, select, text

from kztracker.db import Database
from kztracker.models import Memorandum


def _drop_other_connections(url: str) -> int:
    """What a server restart does to every connection the app holds."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            return len(
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                ).all()
            )
    finally:
        engine.dispose()


def test_a_dropped_connection_is_replaced_on_the_next_use(
    seeded_db: Database, database_url: str
) -> None:
    with seeded_db.session() as session:
        before = session.scalar(select(func.count()).select_from(Memorandum))
    if seeded_db.is_sqlite:
        # A file has no server to lose; the same question still answers.
        assert before
        return
    assert seeded_db.engine.pool._pre_ping  # type: ignore[attr-defined]
    assert _drop_other_connections(database_url) >= 1
    with seeded_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Memorandum)) == before
