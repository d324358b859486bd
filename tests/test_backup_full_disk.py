"""A backup onto a full disk names the backup's place, not the database it copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import kztracker.services.backup as backup_module
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.services.backup import backup


def _copy_onto_a_full_disk(source: Path, target: Path) -> None:
    """SQLite's own backup into a file that may not grow past one page: the error a full
    disk gives (SQLITE_FULL, "database or disk is full"), from SQLite itself."""
    reader = sqlite3.connect(source)
    writer = sqlite3.connect(target)
    try:
        writer.execute("PRAGMA max_page_count = 1")
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def test_a_full_disk_is_said_of_the_backup(
    seeded_db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "copy_sqlite", _copy_onto_a_full_disk)
    backups = tmp_path / "usb"
    with pytest.raises(KztrackerError) as refused:
        backup(seeded_db, backups)
    message = str(refused.value)
    assert message.startswith(str(backups / db_path.stem))
    assert message.endswith(".sqlite3: the disk is full; free some space and try again")
    assert str(db_path) not in message
    assert list(backups.iterdir()) == []
