"""Attached files travel with the database, byte for byte: a backup and its restore, and `copy`
from SQLite to another database (PostgreSQL when one is configured) and back."""

from __future__ import annotations

import os
from pathlib import Path

from kztracker.db import Database, open_database
from kztracker.models import Memorandum
from kztracker.services.attachments import attach, attachments_of, content_of, limit_bytes
from kztracker.services.backup import backup, restore
from kztracker.services.copy import copy_database
from kztracker.services.database import initialize

LIMIT = limit_bytes(8)
# Bytes of every value, so no encoding or text conversion on the way could pass unnoticed.
SCAN = b"%PDF-1.5\n" + bytes(range(256)) * 2048 + os.urandom(4096) + b"\n%%EOF"


def _attach_scan(database: Database) -> tuple[int, str]:
    with database.sessions.begin() as session:
        memo = Memorandum(title="Memorandum with a signed scan")
        session.add(memo)
        session.flush()
        attach(session, "memorandum", memo.id, "signed scan.pdf", SCAN, LIMIT)
        return memo.id, attachments_of(session, "memorandum", memo.id)[0].sha256


def _scan(url: str, memo: int) -> tuple[str, bytes]:
    database = open_database(url, create=False)
    try:
        with database.session() as session:
            (listed,) = attachments_of(session, "memorandum", memo)
            return listed.file_name, content_of(session, listed.sha256)
    finally:
        database.dispose()


def test_backup_and_restore_keep_the_bytes(
    seeded_db: Database, db_path: Path, tmp_path: Path
) -> None:
    memo, _sha = _attach_scan(seeded_db)
    saved = backup(seeded_db, tmp_path / "copies")
    with seeded_db.sessions.begin() as session:
        session.delete(session.get(Memorandum, memo))
    seeded_db.dispose()
    restore(str(db_path), saved)
    assert _scan(f"sqlite:///{db_path}", memo) == ("signed scan.pdf", SCAN)


def test_copy_there_and_back_keeps_the_bytes(database_url: str, tmp_path: Path) -> None:
    source_url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    database, _ = initialize(source_url)
    memo, _sha = _attach_scan(database)
    database.dispose()
    there = copy_database(source_url, database_url)
    assert there.counts["attachment_blob"] == 1
    assert there.counts["memorandum_attachment"] == 1
    assert _scan(database_url, memo) == ("signed scan.pdf", SCAN)
    back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    back = copy_database(database_url, back_url)
    assert back.counts == there.counts
    assert _scan(back_url, memo) == ("signed scan.pdf", SCAN)
