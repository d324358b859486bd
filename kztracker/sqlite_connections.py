"""How kztracker's connections to a SQLite file are set up: a writer's (foreign keys, WAL, a
busy timeout) and a reader's, which never writes to the file.

The standard library only: the window reads its first page through `sqlite_reader` before
SQLAlchemy is imported (kztracker.first_read).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

# Milliseconds a statement waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 10000
# Seconds a connection keeps asking for WAL while others hold the new file's lock.
WAL_SWITCH_WAIT = 10.0


def writer_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Set up a writer's connection (an engine's "connect" event)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def reader_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Set up a reader's connection: no journal mode, since setting one writes to the file."""
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL (a no-op once it is), waiting for others doing the same.

    Two first starts that switch a new file at one moment each hold a shared lock and ask for
    the exclusive one: SQLite sees the deadlock and answers "database is locked" at once, without
    waiting out busy_timeout. One of them wins within moments, so the other asks again.
    """
    deadline = time.monotonic() + WAL_SWITCH_WAIT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def sqlite_reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads the file: it never sets a journal mode or rolls back a
    journal, so a file that is refused is left exactly as it was."""
    uri = path.resolve().as_uri() + "?mode=ro"
    # In a folder nobody may write, no one can be changing the file (its WAL could not be
    # created), and SQLite could not create the shared-memory file a WAL reader needs.
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def writable(path: Path) -> bool:
    """Whether this user may change the SQLite file: the file itself, and its folder, where
    SQLite keeps its journal (or WAL) files beside it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))
