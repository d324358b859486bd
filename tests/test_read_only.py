"""Reading never writes: an empty file, a file from a newer release and a database this user
may not change keep every byte; a read-only database opens read-only, never as "damaged"."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kztracker.db import open_database
from kztracker.errors import ReadOnlyDatabaseError
from kztracker.services.backup import backup_on_open
from kztracker.services.database import initialize
from tests.cli_process import run_cli

READS = (["list", "partners"], ["history"], ["export", "out.xlsx"])


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The log beside the folder, whose files the tests compare before and after.
    return run_cli(cwd, *args, KZTRACKER_LOG_DIR=str(cwd.parent / "log"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@contextmanager
def _unwritable(path: Path) -> Iterator[None]:
    """No one may change `path` (a file, or a folder's entries) for the time being: as root,
    whom permission bits do not stop, through the immutable attribute."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)


def test_an_empty_file_is_refused_by_every_read_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    for command in READS:
        result = _cli(tmp_path, "--db", str(path), *command)
        assert (result.returncode, result.stderr) == (
            1,
            f"kztracker: {path} is an empty file, not a kztracker database yet; "
            "`kztracker init` makes one of it, or choose another --db\n",
        )
        assert _snapshot(tmp_path) == {"empty.sqlite3": b""}
    # Asked to, init does make one of it.
    assert _cli(tmp_path, "--db", str(path), "init").returncode == 0
    assert path.stat().st_size > 0


def test_a_file_from_a_newer_release_keeps_its_bytes(db_path: Path) -> None:
    database, _seeded = initialize(str(db_path))
    database.dispose()
    # As a backup is kept: a rollback journal, and a schema this release does not know.
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _snapshot(db_path.parent)
    for command in (*READS, ["init"], ["import", "--dry-run", "x.txt"]):
        (db_path.parent / "x.txt").write_text("Some announcement text.\n")
        before["x.txt"] = b"Some announcement text.\n"
        result = _cli(db_path.parent, "--db", str(db_path), *command)
        assert result.returncode == 1
        assert result.stderr.startswith(
            f"kztracker: {db_path} was written by a newer kztracker (schema 9999); update the app"
        ), result.stderr
        assert _snapshot(db_path.parent) == before, command


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_database_this_user_may_not_change_opens_read_only(db_path: Path, what: str) -> None:
    database, _seeded = initialize(str(db_path))
    database.dispose()
    folder = db_path.parent
    (folder / "note.txt").write_text("The partners met again in spring.\n")
    before = _snapshot(folder)
    with _unwritable(folder if what == "folder" else db_path):
        opened, _seeded = initialize(str(db_path))
        try:
            assert opened.read_only
            assert backup_on_open(opened) is None  # no backups folder beside it
            with pytest.raises(ReadOnlyDatabaseError):
                opened.require_writable()
        finally:
            opened.dispose()
        listed = _cli(folder, "--db", str(db_path), "list", "memoranda", "--json")
        assert listed.returncode == 0 and listed.stderr == ""
        assert '"title"' in listed.stdout
        refused = _cli(folder, "--db", str(db_path), "import", "--yes", "note.txt")
        assert (refused.returncode, refused.stderr) == (
            1,
            f"kztracker: {db_path} can only be read here (the file or its folder is read-only); "
            "nothing was changed — copy it to a folder you may write to, or ask for access\n",
        )
    after = _snapshot(folder)
    # A reader of a WAL database may leave SQLite's shared-memory index beside a writable one.
    after.pop(db_path.name + "-shm", None)
    after.pop(db_path.name + "-wal", None)
    assert after == before


def test_reading_commands_never_upgrade_or_create(db_path: Path) -> None:
    missing = db_path.parent / "missing.sqlite3"
    with pytest.raises(Exception, match="run `kztracker init` first"):
        open_database(str(missing), create=False, read_only=True)
    assert not missing.exists()
