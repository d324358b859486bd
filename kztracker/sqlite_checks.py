"""Checks of a SQLite file before kztracker opens it, and what SQLite's own check finds.

Every open of a file reads its header, its schema and each table's root page: a few pages,
whatever its size. SQLite's quick_check reads every page; it runs before an open that may write
and in the window's background after its first paint (see kztracker.db.open_database). A file
refused here is left as it was, and the message names the way back, its latest backup.
Loaded by the first open of a file; a server's database never needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kztracker.db import (
    SCHEMA_HEAD,
    Database,
    first_start_unfinished,
    known_revisions,
    newer_schema,
)
from kztracker.errors import DatabaseOpenError, shown
from kztracker.i18n import _
from kztracker.locations import resolve_url, sqlite_path
from kztracker.sqlite_connections import sqlite_reader

SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before anything touches it."""
    if path.is_dir():
        raise DatabaseOpenError(
            _("{path} is a folder, not a database file").format(path=shown(path))
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseOpenError(
                _("folder {folder} does not exist; create it first").format(
                    folder=shown(path.parent)
                )
            )
        return
    if not path.is_file():
        # A pipe or a device (/dev/stdin, a bash <(...)): opening one may wait forever.
        raise DatabaseOpenError(
            _(
                "{path} is not a kztracker database (not an SQLite file); choose another --db path"
            ).format(path=shown(path))
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            _("cannot read {path}: {error}").format(path=shown(path), error=exc.strerror)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            _(
                "{path} is not a kztracker database (not an SQLite file); choose another --db path"
            ).format(path=shown(path))
        )


def sqlite_problem(path: Path, check: str = "quick_check") -> str | None:
    """What SQLite's own check finds wrong with the file, or None when it is sound."""
    try:
        connection = sqlite_reader(path)
        try:
            rows = connection.execute(f"PRAGMA {check}").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return str(rows[0][0]) if rows else _("the check gave no answer")


def _probe_roots(connection: sqlite3.Connection, tables: set[str]) -> None:
    """Read the first row of every table: SQLite checks each root page it reads (its type,
    its cells' bounds) and raises "database disk image is malformed" on a bad one.

    With the schema read before it (which checks the header and that the file holds every
    page the header counts, so a truncated file fails there), this is the cheap check of
    every open: a few pages, whatever the size of the file.
    """
    for table in sorted(tables):
        # Every column, so the planner reads the table itself, not a smaller covering index.
        connection.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()


def _unusable_reason(path: Path, *, completing: bool, thorough: bool = True) -> str | None:
    """Why an existing file cannot be opened as this app's database, read without writing.

    `completing`: the caller may create and seed, so an unfinished first start is no reason.
    `thorough`: run SQLite's quick_check over every page first; without it only the header,
    the schema and each table's root page are read (see open_database's `check_later`).
    """
    if thorough:
        problem = sqlite_problem(path)
        if problem is not None:
            return _damaged(path, problem)
    try:
        connection = sqlite_reader(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not thorough:
                _probe_roots(connection, tables)
            revisions = (
                [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
            unfinished = not revisions and first_start_unfinished(
                tables,
                lambda table: int(
                    connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                ),
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _hot_journal(path):
            return _(
                "{path} holds a write that was cut short; run `kztracker init` (or open it in "
                "the window) to let SQLite undo it"
            ).format(path=shown(path))
        return _damaged(path, exc)
    if unfinished:
        if completing:
            return None
        return _(
            "{path} is a new database whose first start was interrupted; "
            "run `kztracker init` to complete it"
        ).format(path=shown(path))
    if tables and not revisions:
        return _("{where} holds other data, not a kztracker database; choose another --db").format(
            where=shown(path)
        )
    # Refused before anything opens it for writing, which would change a file from a newer
    # release (its journal mode) while refusing it.
    if revisions and revisions[0] != SCHEMA_HEAD and revisions[0] not in known_revisions():
        return newer_schema(shown(path), revisions[0])
    return None


def _damaged(path: Path, problem: object) -> str:
    # SQLite's own text runs over several lines ("*** in database main ***", then a line per
    # page); joined, without the banner, and cut short, it stays one line of a message.
    lines = [line.strip() for line in str(problem).splitlines()]
    found = "; ".join(line for line in lines if line and not line.startswith("***"))
    return _("{path} is damaged ({problem}) and was left as it is").format(
        path=shown(path), problem=shown(found or problem, limit=160).strip("'")
    )


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def _roll_back_interrupted_write(path: Path) -> None:
    """Let SQLite undo a write that was killed part-way (a hot rollback journal beside the file).

    A read-only connection cannot do that rollback ("attempt to write a readonly database"),
    so a file left by a killed first start looked damaged to the checks below. Only a caller
    that may write gets here; opening the file read-write is what makes SQLite restore it.
    """
    if not _hot_journal(path):
        return
    try:
        connection = sqlite3.connect(path, timeout=10)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return  # the checks that follow say what is wrong


def check_integrity(path: Path, *, completing: bool, thorough: bool = True) -> None:
    """Refuse a damaged, foreign or newer file before the engine (which sets WAL) touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if completing:
        _roll_back_interrupted_write(path)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [companion for companion in companions if not companion.exists()]
    reason = _unusable_reason(path, completing=completing, thorough=thorough)
    if reason is None:
        return
    # A read-only look at a WAL file leaves empty companions behind; the refused file gets
    # back exactly the folder it had.
    for companion in absent:
        if companion.exists() and (companion.name.endswith("-shm") or not companion.stat().st_size):
            companion.unlink(missing_ok=True)
    raise DatabaseOpenError(_with_way_back(reason, path))


def _with_way_back(message: str, path: Path) -> str:
    # Backups are looked for only once a file is refused: a sound open never loads them.
    from kztracker.backups import with_backup_hint

    return with_backup_hint(message, path)


def integrity_problem(database: Database) -> str | None:
    """What SQLite's quick_check finds wrong with the database's file, as the message an open
    would give (with the way back), or None when it is sound or not a file. Reads every page:
    run it off the UI thread."""
    path = sqlite_path(database.url)
    if path is None or not path.exists():
        return None
    problem = sqlite_problem(path)
    return None if problem is None else _with_way_back(_damaged(path, problem), path)


def damage_met(path_or_url: str | None, error: BaseException) -> str | None:
    """The message for SQLite's own "damaged" error met while a command ran (the open reads
    only a few pages, so a damaged page deeper in a table is found by the query that reads it),
    with the way back; None when `error` is something else or the database is not a file."""
    code = str(getattr(error, "sqlite_errorname", ""))
    if not code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return None
    path = sqlite_path(resolve_url(path_or_url))
    return None if path is None else _with_way_back(_damaged(path, error), path)
