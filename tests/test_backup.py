"""Backups while the database is in use, the daily backup's pruning, and restoring safely."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kztracker.cli import main
from kztracker.db import Database, open_database
from kztracker.errors import KztrackerError
from kztracker.services.backup import automatic_backups, backup, backup_on_open, restore
from kztracker.sqlite_checks import sqlite_problem


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _add_partner(connection: sqlite3.Connection, name: str) -> None:
    connection.execute(
        "INSERT INTO organization (name, name_key, kind, version) VALUES (?, ?, 'other', 1)",
        (name, name.lower()),
    )


def test_backup_during_an_open_write_transaction_is_consistent(
    seeded_db: Database, db_path: Path, tmp_path: Path
) -> None:
    partners = _count(db_path, "organization")
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        _add_partner(writer, "Half Written Partner")
        copy = backup(seeded_db, tmp_path / "copies")
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert copy.parent == tmp_path / "copies"
    assert sqlite_problem(copy, "integrity_check") is None
    assert _count(copy, "organization") == partners
    assert _count(copy, "memorandum") == 5
    assert _count(db_path, "organization") == partners + 1
    later = backup(seeded_db, tmp_path / "copies")
    assert later != copy and _count(later, "organization") == partners + 1


def test_backup_of_either_backend_writes_a_file(seeded_db: Database, tmp_path: Path) -> None:
    written = backup(seeded_db, tmp_path)
    assert written.exists() and written.stat().st_size > 0
    assert written.suffix == (".sqlite3" if seeded_db.is_sqlite else ".dump")


def test_daily_backup_once_a_day_keeping_the_last_n(seeded_db: Database, db_path: Path) -> None:
    first = backup_on_open(seeded_db, keep=3)
    assert first is not None and sqlite_problem(first, "integrity_check") is None
    assert backup_on_open(seeded_db, keep=3) is None  # today's exists
    folder = first.parent
    for day in ("20200101", "20200102", "20200103", "20200104"):
        shutil.copyfile(first, folder / f"{db_path.stem}-auto-{day}-080000.sqlite3")
    first.unlink()
    by_hand = backup(seeded_db)
    made = backup_on_open(seeded_db, keep=3)
    assert made is not None
    kept = [found.name for found in automatic_backups(db_path)]
    assert kept == [
        f"{db_path.stem}-auto-20200103-080000.sqlite3",
        f"{db_path.stem}-auto-20200104-080000.sqlite3",
        made.name,
    ]
    assert by_hand.exists()  # pruning leaves backups made by hand alone
    assert backup_on_open(seeded_db, keep=0) is None


def test_restore_refuses_a_damaged_file_and_changes_nothing(
    seeded_db: Database, db_path: Path, tmp_path: Path
) -> None:
    good = backup(seeded_db, tmp_path / "copies")
    seeded_db.dispose()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096:12288] = b"\xde\xad\xbe\xef" * 2048
    damaged.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(KztrackerError, match="damaged"):
        restore(str(db_path), damaged)
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_text("not a database at all")
    with pytest.raises(KztrackerError, match="not a kztracker backup"):
        restore(str(db_path), garbage)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(KztrackerError, match="not a kztracker database"):
        restore(str(db_path), other)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if "replaced" in p.name) == []


def test_restore_sets_the_current_database_aside(
    seeded_db: Database, db_path: Path, tmp_path: Path
) -> None:
    good = backup(seeded_db, tmp_path / "copies")
    partners = _count(db_path, "organization")
    connection = sqlite3.connect(db_path)
    _add_partner(connection, "Added After The Backup")
    connection.commit()
    connection.close()
    seeded_db.dispose()
    result = restore(str(db_path), good)
    assert result.database == db_path
    assert result.set_aside is not None and result.set_aside.exists()
    assert _count(result.set_aside, "organization") == partners + 1
    reopened = open_database(str(db_path), create=False)
    try:
        with reopened.session() as session:
            from sqlalchemy import func, select

            from kztracker.models import Organization

            assert session.scalar(select(func.count()).select_from(Organization)) == partners
    finally:
        reopened.dispose()


def test_backup_and_restore_commands(
    seeded_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded_db.dispose()
    assert main(["--db", str(db_path), "backup", str(tmp_path / "out")]) == 0
    written = Path(capsys.readouterr().out.strip().split(" to ", 1)[1])
    assert written.parent == tmp_path / "out" and written.exists()
    assert main(["--db", str(db_path), "restore", str(written)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    assert main(["--db", str(db_path), "restore", str(tmp_path / "missing.sqlite3")]) == 1
    assert "no backup file" in capsys.readouterr().err


def test_the_backup_named_for_a_damaged_database_restores_it(
    seeded_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = backup_on_open(seeded_db, keep=3)
    assert made is not None
    seeded_db.dispose()
    data = bytearray(db_path.read_bytes())
    data[8192:16384] = b"\xff" * 8192
    db_path.write_bytes(bytes(data))
    assert main(["--db", str(db_path), "list", "memoranda"]) == 1
    message = capsys.readouterr().err
    assert "damaged" in message and f"kztracker restore {made}" in message
    assert main(["--db", str(db_path), "restore", str(made)]) == 0
    aside = Path(capsys.readouterr().out.strip().rsplit(" kept as ", 1)[1])
    assert aside.read_bytes() == bytes(data)  # the damaged file is kept as it was
    assert main(["--db", str(db_path), "list", "memoranda", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5
