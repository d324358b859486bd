"""Applying the same edited export twice creates its new rows once: the second apply finds
nothing to do and every list reads the same; a new row edited again in the sheet afterwards
comes back as a change to the record the first apply created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kztracker.cli import main
from kztracker.db import Database
from kztracker.models import Milestone, Provenance, Source
from tests.importing.test_sheet_changes import NEW_TITLE, Edited

KINDS = ("memoranda", "milestones", "partners", "people", "focus-areas", "sources")


@pytest.fixture
def edited(seeded_db: Database, database_url: str, tmp_path: Path) -> Edited:
    return Edited(seeded_db, database_url, tmp_path)


def _lists(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    found = {}
    for kind in KINDS:
        assert main(["--db", url, "list", kind, "--json"]) == 0
        found[kind] = json.loads(capsys.readouterr().out)
    return found


def _new_rows(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.scalars(select(Milestone.id).where(Milestone.title == NEW_TITLE)))


def test_the_same_export_applied_twice_creates_its_new_row_once(
    edited: Edited, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    command = ["--db", database_url, "import-sheet", str(edited.path)]
    assert main([*command, "--yes"]) == 1  # 1: the conflict stays as in the database
    capsys.readouterr()
    first = _lists(database_url, capsys)
    (created,) = _new_rows(edited.db)
    # The new row is cited, sheet and row, from the export's own source.
    with edited.db.session() as session:
        citation = session.scalars(
            select(Provenance).where(
                Provenance.record_kind == "milestone", Provenance.record_id == created
            )
        ).one()
        source = session.get(Source, citation.source_id)
        assert source is not None and source.title == "edited.xlsx: rows added in an edited export"
        cited = source.full_text[citation.span_start : citation.span_end]
        assert cited == f"Milestones!{edited.new_row}: {NEW_TITLE}"

    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert NEW_TITLE not in out and "new Milestone" not in out
    assert main([*command, "--yes"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[-1].endswith(
        "updated: 0, created: 0, deleted: 0, conflicts left as in the database: 1"
    )
    assert _lists(database_url, capsys) == first
    assert _new_rows(edited.db) == [created]
    with edited.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == len(first["sources"])

    # Edited again afterwards, the new row is a change to the record it created.
    wb = load_workbook(edited.path)
    ws = wb["Milestones"]
    ws.cell(edited.new_row, 7).value = "Done"
    ws.cell(edited.new_row, 5).value = "06.2027"
    again = edited.path.with_name("edited-again.xlsx")
    wb.save(again)
    assert main(["--db", database_url, "import-sheet", str(again), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    mine = [c for c in result["changes"] if c["id"] == created]
    assert [(c["action"], c["row"]) for c in mine] == [("update", edited.new_row)]
    assert {(f["header"], f["old"], f["new"]) for f in mine[0]["fields"]} == {
        ("Due", "2027", "2027-06"),
        ("Status", "Planned", "Done"),
    }
    assert [c for c in result["changes"] if c["action"] == "create"] == []
