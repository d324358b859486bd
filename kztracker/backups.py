"""A database's backup copies: where they are kept, the newest one, and how one is made.

A SQLite file is copied through SQLite's online backup API, a PostgreSQL database dumped with
pg_dump. When to back up (daily, by hand, before an upgrade), how many to keep and restoring
one are kztracker.services.backup's; this module is loaded only when a copy is made or a
message names the way back, never by a read that finds nothing wrong.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from kztracker.errors import DatabaseOpenError, shown
from kztracker.i18n import _
from kztracker.sqlite_connections import sqlite_reader


def backup_directory(path: Path) -> Path:
    """Where a SQLite file's backups go: a `backups` folder beside it."""
    return path.parent / "backups"


def latest_backup(path: Path) -> Path | None:
    """The newest backup of this file: daily, by hand, or taken before an upgrade."""
    candidates = [
        *backup_directory(path).glob(f"{path.stem}-*.sqlite3"),
        *path.parent.glob(f"{path.name}.before-upgrade-*.bak"),
    ]
    return max(candidates, key=lambda found: found.stat().st_mtime, default=None)


def backup_hint(path: Path) -> str:
    """The sentence that points a user at the way back, for messages about a bad file."""
    latest = latest_backup(path)
    folder = backup_directory(path)
    if latest is None:
        return _("no backup of it was found in {folder}").format(folder=shown(folder))
    return _(
        "the latest backup is {latest} (backups are in {folder}); `kztracker restore {latest}`"
    ).format(latest=shown(latest), folder=shown(folder))


def with_backup_hint(message: str, path: Path | None) -> str:
    """`message` and, for a SQLite file, where its backups are: two translated sentences."""
    if path is None:
        return message
    return f"{message}; {backup_hint(path)}"


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API, even while others write to it."""
    reader = sqlite_reader(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            # A plain rollback-journal file: the copy is one self-contained file at rest.
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def backup_sqlite(path: Path, suffix: str) -> Path:
    """A consistent copy beside the original."""
    target = path.with_name(f"{path.name}.{suffix}")
    copy_sqlite(path, target)
    return target


def pg_dump(url: str, directory: Path, name: str | None = None) -> Path:
    """A custom-format dump of a PostgreSQL database through pg_dump, into `directory`."""
    program = shutil.which("pg_dump")
    if program is None:
        raise DatabaseOpenError(
            _(
                "a PostgreSQL database is backed up with pg_dump, which is not installed here; "
                "install the PostgreSQL client tools or ask the server's administrator"
            )
        )
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = directory / (name or f"{parsed.database or 'kztracker'}-{stamp}.dump")
    environment = dict(os.environ)
    if parsed.password:
        environment["PGPASSWORD"] = str(parsed.password)
    # URL.set() leaves a None unchanged; the password is taken out of the tuple itself, so
    # that it never shows in pg_dump's arguments (which `ps` lists to every user).
    libpq = (
        parsed.set(drivername="postgresql")
        ._replace(password=None)
        .render_as_string(hide_password=False)
    )
    result = subprocess.run(
        [program, "--format=custom", f"--file={target}", libpq],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise DatabaseOpenError(_("pg_dump failed: {reason}").format(reason=reason))
    return target
