"""Backups while the app runs, the daily one on open, and restoring one.

A SQLite backup goes through SQLite's online backup API: it copies a consistent snapshot even
while another connection is in the middle of a write, which a file copy cannot promise. A
PostgreSQL database is backed up with the server's own tool, pg_dump.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kztracker.backups import backup_directory, copy_sqlite, pg_dump
from kztracker.db import Database, known_revisions
from kztracker.errors import KztrackerError, os_error_message
from kztracker.i18n import _
from kztracker.locations import default_database_path, resolve_url, sqlite_path
from kztracker.sqlite_checks import SQLITE_HEADER, check_file, sqlite_problem

AUTOMATIC = "auto"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class RestoreResult:
    """Where the backup now lives, and where the database it replaced was set aside."""

    database: Path
    set_aside: Path | None
    revision: str


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _free_name(directory: Path, stem: str, suffix: str) -> Path:
    candidate = directory / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy through the online backup API into `target`, atomically and checked."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # Made here first, so a folder this user may not write to is an OSError naming it, not
    # SQLite's "unable to open database file", which reads as if the source were at fault.
    try:
        partial.touch()
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror, str(target)) from exc  # the name asked for
    try:
        copy_sqlite(source, partial)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
            # SQLite's "database or disk is full" under "cannot copy x.db" blames the database;
            # only the copy is written, so the disk that is full is the backup's.
            full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
            raise KztrackerError(os_error_message(full)) from exc
        raise KztrackerError(
            _("cannot copy {source}: {error}").format(source=source, error=exc)
        ) from exc
    problem = sqlite_problem(partial, "integrity_check")
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise KztrackerError(
            _("the copy of {source} failed its integrity check ({problem})").format(
                source=source, problem=problem
            )
        )
    os.replace(partial, target)


def _sqlite_backup(path: Path, directory: Path, *, automatic: bool) -> Path:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KztrackerError(
            _("cannot create backup folder {folder}: {error}").format(
                folder=directory, error=exc.strerror
            )
        ) from exc
    prefix = f"{path.stem}-{AUTOMATIC}-" if automatic else f"{path.stem}-"
    target = _free_name(directory, prefix + _stamp(), ".sqlite3")
    _copy_sqlite(path, target)
    return target


def backup(database: Database, directory: Path | None = None) -> Path:
    """A consistent copy of the database in `directory` (default: its backups folder)."""
    path = sqlite_path(database.url)
    if path is None:
        if database.is_sqlite:
            raise KztrackerError(_("an in-memory database cannot be backed up"))
        folder = directory or default_database_path().parent / "backups"
        return pg_dump(database.url, folder)
    return _sqlite_backup(path, directory or backup_directory(path), automatic=False)


def automatic_backups(path: Path) -> list[Path]:
    """The daily backups of this file, oldest first (their names sort by time)."""
    return sorted(backup_directory(path).glob(f"{path.stem}-{AUTOMATIC}-*.sqlite3"))


def backup_on_open(database: Database, keep: int = DEFAULT_KEEP) -> Path | None:
    """The day's first opening backs the file up and keeps the last `keep` daily backups.

    Returns the new backup, or None when today's exists, `keep` is 0, it is not a file or it
    was opened read-only.
    """
    path = sqlite_path(database.url)
    # A database this user may only read has no backups folder they may write beside it.
    if path is None or keep <= 0 or not path.exists() or database.read_only:
        return None
    today = dt.date.today().strftime("%Y%m%d")
    if any(
        found.name.startswith(f"{path.stem}-{AUTOMATIC}-{today}-")
        for found in automatic_backups(path)
    ):
        return None
    made = _sqlite_backup(path, backup_directory(path), automatic=True)
    for old in automatic_backups(path)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def _backup_revision(file: Path) -> str:
    """The schema revision a backup file holds; refuses anything that is not a sound tracker DB."""
    if not file.is_file():
        raise KztrackerError(_("no backup file at {file}").format(file=file))
    try:
        with file.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise KztrackerError(os_error_message(exc, reading=True)) from exc
    if header != SQLITE_HEADER:
        raise KztrackerError(
            _("{file} is not a kztracker backup (not an SQLite file); nothing was changed").format(
                file=file
            )
        )
    problem = sqlite_problem(file, "integrity_check")
    if problem is not None:
        raise KztrackerError(
            _("{file} is damaged ({problem}); nothing was changed — choose another backup").format(
                file=file, problem=problem
            )
        )
    connection = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        connection.close()
    if row is None:
        raise KztrackerError(
            _("{file} is not a kztracker database; nothing was changed").format(file=file)
        )
    if row[0] not in known_revisions():
        raise KztrackerError(
            _(
                "{file} was written by a newer kztracker (schema {schema}); update the app first"
            ).format(file=file, schema=row[0])
        )
    return str(row[0])


def _set_aside(target: Path) -> Path:
    """Rename the database (with its WAL files) out of the way, never deleting it."""
    try:
        connection = sqlite3.connect(target, timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # a damaged file is set aside as it is, WAL files with it
    aside = _free_name(target.parent, f"{target.name}.replaced-{_stamp()}", "")
    os.replace(target, aside)
    for extension in ("-wal", "-shm"):
        companion = target.with_name(target.name + extension)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + extension))
    return aside


def restore(database_url: str | None, file: Path) -> RestoreResult:
    """Put a backup in place of the database after checking it; the current one is kept aside.

    Close the app (and every other user of the file) first. An older backup is upgraded the
    next time the database opens.
    """
    revision = _backup_revision(file)
    target = sqlite_path(resolve_url(database_url))
    if target is None:
        raise KztrackerError(
            _(
                "restore puts a SQLite backup in place of a SQLite file; a PostgreSQL database "
                "is restored with pg_restore from a pg_dump file"
            )
        )
    if target.exists() and target.resolve() == file.resolve():
        raise KztrackerError(
            _("{file} is the database itself; choose a backup file").format(file=file)
        )
    if target.exists():
        # --db naming a folder or a document by mistake: setting it aside would rename the
        # user's folder or file and put a database in its place.
        check_file(target)
    aside = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        incoming = _free_name(target.parent, f"{target.name}.restoring", "")
        _copy_sqlite(file, incoming)
        aside = _set_aside(target) if target.exists() else None
        os.replace(incoming, target)
    except OSError as exc:
        if aside is not None and not target.exists():
            os.replace(aside, target)  # the database goes back where it was
        raise KztrackerError(
            _("cannot restore into {folder}: {error}; the database was not replaced").format(
                folder=target.parent, error=exc.strerror
            )
        ) from exc
    return RestoreResult(target, aside, revision)
