"""Attachments in the core: stored once by content, refused with one sentence and nothing stored,
removed and put back from the history, gone with their record."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.models import AttachmentBlob, Memorandum, Milestone, Source
from kztracker.services.attachments import (
    AttachmentRefused,
    attach,
    attach_file,
    attachments_of,
    content_of,
    limit_bytes,
    put_back,
    remove,
    removed_attachments,
    save_copy,
)
from kztracker.services.history import record_history

LIMIT = limit_bytes(1)
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def _records(db: Database) -> tuple[int, int, int]:
    with db.sessions.begin() as session:
        memo = Memorandum(title="Memorandum on joint laboratories")
        milestone = Milestone(title="Laboratory opens")
        source = Source(title="An announcement", content_hash="f" * 64)
        session.add_all([memo, milestone, source])
        session.flush()
        return memo.id, milestone.id, source.id


def _blobs(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentBlob)) or 0)


def test_the_same_file_on_three_records_is_stored_once(empty_db: Database) -> None:
    memo, milestone, source = _records(empty_db)
    with empty_db.sessions.begin() as session:
        attach(session, "memorandum", memo, "signed.pdf", PDF, LIMIT)
        attach(session, "milestone", milestone, "copy of signed.pdf", PDF, LIMIT)
        attach(session, "source", source, "scan.pdf", PDF, LIMIT)
    assert _blobs(empty_db) == 1
    with empty_db.session() as session:
        listed = attachments_of(session, "milestone", milestone)
        assert [(a.file_name, a.size, a.is_pdf) for a in listed] == [
            ("copy of signed.pdf", len(PDF), True)
        ]
        assert listed[0].sha256 == hashlib.sha256(PDF).hexdigest()
        assert content_of(session, listed[0].sha256) == PDF


def test_refusals_store_nothing(empty_db: Database, tmp_path: Path) -> None:
    memo, _milestone, _source = _records(empty_db)
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(b"PK\x03\x04 this is a zip, not a PDF")
    large = tmp_path / "big.pdf"
    large.write_bytes(b"%PDF-1.4" + b"0" * LIMIT)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    cases = {
        fake: "contract.pdf is not a PDF file inside",
        large: "big.pdf is 1.0 MB, over the limit of 1.0 MB set in Preferences",
        empty: "empty.docx is empty",
        tmp_path / "missing.pdf": "cannot read missing.pdf",
        tmp_path: "is a folder",
    }
    for path, message in cases.items():
        with empty_db.sessions.begin() as session, pytest.raises(AttachmentRefused) as refused:
            attach_file(session, "memorandum", memo, path, LIMIT)
        assert message in str(refused.value)
        assert "\n" not in str(refused.value)
    with empty_db.sessions.begin() as session:
        attach(session, "memorandum", memo, "signed.pdf", PDF, LIMIT)
    with empty_db.sessions.begin() as session, pytest.raises(AttachmentRefused, match="already"):
        attach(session, "memorandum", memo, "again.pdf", PDF, LIMIT)
    assert _blobs(empty_db) == 1
    with empty_db.session() as session:
        assert [a.file_name for a in attachments_of(session, "memorandum", memo)] == ["signed.pdf"]


def test_removed_and_put_back_byte_for_byte_with_history(
    empty_db: Database, tmp_path: Path
) -> None:
    memo, _milestone, _source = _records(empty_db)
    original = tmp_path / "annex.docx"
    original.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 100)
    with empty_db.sessions.begin() as session:
        attach_file(session, "memorandum", memo, original, LIMIT)
        sha = attachments_of(session, "memorandum", memo)[0].sha256
    with empty_db.sessions.begin() as session:
        remove(session, "memorandum", memo, sha)
    with empty_db.session() as session:
        assert attachments_of(session, "memorandum", memo) == []
        gone = removed_attachments(session, "memorandum", memo)
        assert [(r.sha256, r.file_name) for r in gone] == [(sha, "annex.docx")]
        history = [
            (row.action, row.old_value, row.new_value)
            for row in record_history(session, "memorandum", memo)
            if row.field == "attachments"
        ]
    assert ("update", None, "annex.docx") in history or ("create", None, "annex.docx") in history
    assert ("update", "annex.docx", None) in history
    with empty_db.sessions.begin() as session:
        put_back(session, "memorandum", memo, sha, "annex.docx")
    with empty_db.session() as session:
        assert removed_attachments(session, "memorandum", memo) == []
        out = save_copy(session, sha, tmp_path / "restored.docx")
    assert out.read_bytes() == original.read_bytes()


def test_a_deleted_record_takes_its_links_not_the_bytes(empty_db: Database) -> None:
    memo, _milestone, _source = _records(empty_db)
    with empty_db.sessions.begin() as session:
        attach(session, "memorandum", memo, "signed.pdf", PDF, LIMIT)
    with empty_db.sessions.begin() as session:
        record = session.get(Memorandum, memo)
        session.delete(record)
    with empty_db.session() as session:
        assert attachments_of(session, "memorandum", memo) == []
        deleted = [
            row.old_value
            for row in record_history(session, "memorandum", memo)
            if row.action == "delete" and row.field == "attachments"
        ]
    assert deleted == ["signed.pdf"]
    assert _blobs(empty_db) == 1


def test_only_memoranda_milestones_and_sources_take_files(empty_db: Database) -> None:
    with empty_db.sessions.begin() as session, pytest.raises(KztrackerError):
        attach(session, "person", 1, "cv.pdf", PDF, LIMIT)


def test_a_restored_record_gets_its_files_back(empty_db: Database) -> None:
    """From the history (kztracker history restore) and from a snapshot (the window's undo)."""
    from kztracker.services.restore import restore_deleted
    from kztracker.services.snapshots import restore_snapshot, snapshot_record

    memo, milestone, _source = _records(empty_db)
    with empty_db.sessions.begin() as session:
        attach(session, "memorandum", memo, "signed.pdf", PDF, LIMIT)
        attach(session, "milestone", milestone, "photo.pdf", PDF, LIMIT)
    with empty_db.sessions.begin() as session:
        session.delete(session.get(Memorandum, memo))
    with empty_db.sessions.begin() as session:
        restore_deleted(session, "memorandum", memo)
    with empty_db.sessions.begin() as session:
        snapshot = snapshot_record(session, "milestone", milestone)
        session.delete(session.get(Milestone, milestone))
    with empty_db.sessions.begin() as session:
        restore_snapshot(session, "milestone", snapshot)
    with empty_db.session() as session:
        for kind, record_id, name in (
            ("memorandum", memo, "signed.pdf"),
            ("milestone", milestone, "photo.pdf"),
        ):
            (listed,) = attachments_of(session, kind, record_id)
            assert listed.file_name == name
            assert content_of(session, listed.sha256) == PDF
