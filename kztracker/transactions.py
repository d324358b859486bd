"""Two ways to begin a transaction that SQLite and PostgreSQL each spell their own way: as the
only writer, and as a reader that sees one moment of the database throughout."""

from __future__ import annotations

from sqlalchemy import Connection, text

# pg_advisory_xact_lock's key for creating, upgrading and seeding: "kztr" in ASCII.
_LOCK_KEY = 0x6B7A7472


def writer_lock(connection: Connection) -> None:
    """Make this transaction the only writer until it ends, before it reads what it will
    decide on: two first starts then create and seed once, the second one waiting.

    SQLite: BEGIN IMMEDIATE, issued as the transaction's first statement (pysqlite itself
    begins only before a write). PostgreSQL: an advisory lock held to the transaction's end.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def read_snapshot(connection: Connection) -> None:
    """Make every read of this connection's transaction see one moment of the database.

    PostgreSQL: REPEATABLE READ. SQLite: a transaction begun before the first read and held
    (pysqlite would otherwise run each query in a moment of its own); call it first.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
