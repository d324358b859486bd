"""A damaged, foreign or too-new SQLite file is refused with a clear line and left untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.db import Database, open_database
from kztracker.errors import DatabaseOpenError
from kztracker.services.backup import backup_on_open


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kztracker", *args], capture_output=True, text=True, timeout=120
    )


def _execute(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 5])


def _scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[8192:24576] = b"\x00\xffBAD!" * (16384 // 6) + b"\x00" * (16384 % 6)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _scribble], ids=["truncated", "scribbled"])
def test_a_damaged_file_gets_a_clear_message_and_is_left_alone(
    seeded_db: Database, db_path: Path, damage: object
) -> None:
    seeded_db.dispose()
    assert callable(damage)
    damage(db_path)
    before = _files(db_path.parent)
    with pytest.raises(DatabaseOpenError, match="damaged") as refused:
        open_database(str(db_path))
    assert "no backup of it was found in" in str(refused.value)
    result = _cli("--db", str(db_path), "list", "partners")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = _cli("--db", str(db_path), "init")
    assert result.returncode == 1 and "damaged" in result.stderr
    assert _files(db_path.parent) == before


def test_the_message_names_the_latest_backup(seeded_db: Database, db_path: Path) -> None:
    made = backup_on_open(seeded_db, keep=5)
    assert made is not None
    seeded_db.dispose()
    _scribble(db_path)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(str(db_path))
    message = str(refused.value)
    assert str(made) in message and str(made.parent) in message
    assert "kztracker restore" in message


def test_a_sqlite_file_of_another_program_is_refused(db_path: Path) -> None:
    _execute(db_path, "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('mine')")
    before = db_path.read_bytes()
    result = _cli("--db", str(db_path), "list", "people")
    assert result.returncode == 1
    assert "not a kztracker database" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


def test_a_file_from_a_newer_app_is_refused_with_the_backup_named(
    seeded_db: Database, db_path: Path
) -> None:
    made = backup_on_open(seeded_db, keep=5)
    seeded_db.dispose()
    _execute(db_path, "UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    result = _cli("--db", str(db_path), "list", "memoranda")
    assert result.returncode == 1
    assert "newer kztracker" in result.stderr and str(made) in result.stderr
    assert db_path.read_bytes() == before
