"""The Excel export names each record's attached files (the bytes stay in the database)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kztracker.db import Database
from kztracker.exporting import export_workbook
from kztracker.models import Memorandum, Milestone, Source
from kztracker.services.attachments import attach, limit_bytes

PDF = b"%PDF-1.4 signed"


def _column(path: Path, sheet: str, header: str) -> dict[str, object]:
    rows = list(load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
    position = list(rows[0]).index(header)
    return {str(row[0]): row[position] for row in rows[1:]}


def test_attached_file_names_on_three_sheets(empty_db: Database, tmp_path: Path) -> None:
    with empty_db.sessions.begin() as session:
        memo = Memorandum(title="Memorandum on water research")
        milestone = Milestone(title="Station built")
        source = Source(title="Station announcement", content_hash="e" * 64)
        session.add_all([memo, milestone, source])
        session.flush()
        limit = limit_bytes(1)
        attach(session, "memorandum", memo.id, "signed.pdf", PDF, limit)
        attach(session, "memorandum", memo.id, "annex.txt", b"Annex text", limit)
        attach(session, "milestone", milestone.id, "photo.pdf", PDF + b" photo", limit)
        attach(session, "source", source.id, "page.txt", b"Saved page", limit)
    out = tmp_path / "files.xlsx"
    with empty_db.session() as session:
        export_workbook(session, out, source_label="test.db")
    assert _column(out, "Memoranda", "Attached files") == {
        "Memorandum on water research": "annex.txt; signed.pdf"
    }
    assert _column(out, "Milestones", "Attached files") == {"Station built": "photo.pdf"}
    assert _column(out, "Sources", "Attached files") == {"Station announcement": "page.txt"}
