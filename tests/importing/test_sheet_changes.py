"""An export edited with openpyxl comes back as a reviewed set of changes: changed fields
old → new, added rows as creates, removed rows only deleted when chosen, and a conflict where
the database changed since the export; through `kztracker import-sheet` and the service."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.cli import main
from kztracker.db import Database
from kztracker.models import HistoryEntry, Milestone, MilestoneOrganization, Organization
from kztracker.services.records import load_record, update_record
from kztracker.services.sheet_changes import apply_changes, is_export, read_changes
from kztracker.vocabulary import status_label

NEW_TITLE = "Joint laboratory opened in the sheet"


def _rows_by_id(ws: Any) -> dict[int, int]:
    headers = [c.value for c in ws[1]]
    at = headers.index("kztracker id")
    return {row[at].value: row[at].row for row in ws.iter_rows(min_row=2) if row[at].value}


class Edited:
    """An export of the seeded database, edited as a colleague would, and a change made in
    the database meanwhile."""

    def __init__(self, db: Database, url: str, tmp_path: Path) -> None:
        self.db = db
        exported = tmp_path / "export.xlsx"
        assert main(["--db", url, "export", str(exported)]) == 0
        wb = load_workbook(exported)
        ws = wb["Milestones"]
        rows = _rows_by_id(ws)
        self.changed, self.removed, self.conflicting, self.bad = sorted(rows)[:4]
        self.row = {i: rows[i] for i in rows}
        self.titles = {i: ws.cell(rows[i], 1).value for i in rows}
        with db.session() as session:
            self.before = load_record(session, "milestone", self.changed)
        ws.cell(rows[self.changed], 5).value = "03.2026"  # Due, typed as text
        ws.cell(rows[self.changed], 7).value = "Cancelled"  # Status
        ws.cell(rows[self.conflicting], 10).value = "Notes from the sheet"
        ws.cell(rows[self.bad], 8).value = "Nobody We Know"  # Responsible
        partners = wb["Partners"]
        self.partner, self.partner_row = min(_rows_by_id(partners).items())
        ws.append(
            [
                NEW_TITLE,
                None,
                None,
                None,
                2027,
                None,
                "Planned",
                None,
                partners.cell(self.partner_row, 1).value,
            ]
        )
        self.new_row = ws.max_row - 1  # after the removed row below is gone
        ws.delete_rows(rows[self.removed])
        partners.cell(self.partner_row, 4).value = "Edited country"
        self.country = partners.cell(self.partner_row, 4).value
        self.path = tmp_path / "edited.xlsx"
        wb.save(self.path)
        with db.session() as session:
            version = load_record(session, "milestone", self.conflicting)["version"]
            update_record(
                session,
                "milestone",
                self.conflicting,
                {"notes": "Notes from the database"},
                expected_version=version,
            )
            session.commit()

    def record(self, record_id: int) -> str:
        return f"Milestone #{record_id} {self.titles[record_id]!r}"

    def at(self, record_id: int) -> str:
        # A row below the deleted one moved up by one.
        row = self.row[record_id]
        return f"Milestones row {row - 1 if row > self.row[self.removed] else row}"

    def expected_lines(self) -> list[str]:
        old_due = self.before["due_on"] or "-"
        return [
            f"{self.at(self.changed)}: {self.record(self.changed)}: Due: {old_due} → 2026-03",
            f"{self.at(self.changed)}: {self.record(self.changed)}: Status: "
            f"{status_label(self.before['status'])} → Cancelled",
            f"{self.at(self.conflicting)}: {self.record(self.conflicting)}: CONFLICT Notes: "
            "database Notes from the database, sheet Notes from the sheet (changed in the "
            "database since the export)",
        ]


@pytest.fixture
def edited(seeded_db: Database, database_url: str, tmp_path: Path) -> Edited:
    return Edited(seeded_db, database_url, tmp_path)


def _milestone(db: Database, record_id: int) -> dict[str, Any] | None:
    with db.session() as session:
        if session.get(Milestone, record_id) is None:
            return None
        return load_record(session, "milestone", record_id)


def _history(session: Session, milestone_id: int, action: str) -> list[HistoryEntry]:
    return list(
        session.scalars(
            select(HistoryEntry).where(
                HistoryEntry.record_kind == "milestone",
                HistoryEntry.record_id == milestone_id,
                HistoryEntry.action == action,
            )
        )
    )


def test_an_unedited_export_has_no_changes(
    seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "plain.xlsx"
    assert main(["--db", database_url, "export", str(out)]) == 0
    assert is_export(out)
    with seeded_db.session() as session:
        changes = read_changes(session, out)
    assert (changes.changes, changes.problems) == ([], [])


def test_dry_run_prints_one_line_per_change_and_writes_nothing(
    edited: Edited, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    path = str(edited.path)
    assert main(["--db", database_url, "import-sheet", path, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    for line in edited.expected_lines():
        assert line in lines
    assert (
        f"Milestones row {edited.new_row}: new Milestone {NEW_TITLE!r}: Title: {NEW_TITLE}; "
        "Due: 2027; Status: Planned; Partners involved: "
    ) in "\n".join(lines)
    assert (
        f"Milestones: {edited.record(edited.removed)} removed in the sheet (deleted only when "
        "chosen)"
    ) in lines
    assert any(
        line.startswith(f"Partners row {edited.partner_row}: ")
        and "Country: " in line
        and line.endswith(" → Edited country")
        for line in lines
    )
    assert err.strip().endswith(
        f"left out: Milestones: {edited.at(edited.bad).replace('Milestones ', '')}, column H "
        "(Responsible) 'Nobody We Know': no person named 'Nobody We Know' in the database; "
        "add it first or correct the name"
    )
    assert _milestone(edited.db, edited.changed) == edited.before


def test_json_lists_the_same_changes(
    edited: Edited, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    path = str(edited.path)
    assert main(["--db", database_url, "import-sheet", path, "--dry-run", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    actions = sorted((c["action"], c["id"]) for c in found["changes"])
    assert ("removed", edited.removed) in actions and ("create", None) in actions
    conflict = next(c for c in found["changes"] if c["id"] == edited.conflicting)
    assert conflict["fields"] == [
        {
            "field": "notes",
            "header": "Notes",
            "old": "Notes from the database",
            "new": "Notes from the sheet",
            "conflict": True,
        }
    ]
    assert [p["reason"].split(";")[0] for p in found["problems"]] == [
        "no person named 'Nobody We Know' in the database"
    ]


def test_yes_applies_changes_and_creates_never_deletes_nor_overwrites_a_conflict(
    edited: Edited, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", database_url, "import-sheet", str(edited.path), "--yes"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == (
        f"{edited.path}: updated: 2, created: 1, deleted: 0, conflicts left as in the database: 1"
    )
    assert "1 conflicting record(s) kept as in the database" in err
    changed = _milestone(edited.db, edited.changed)
    assert changed is not None
    assert (changed["due_on"], changed["status"]) == ("2026-03", "cancelled")
    assert _milestone(edited.db, edited.removed) is not None
    conflicting = _milestone(edited.db, edited.conflicting)
    assert conflicting is not None and conflicting["notes"] == "Notes from the database"
    with edited.db.session() as session:
        new = session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).one()
        assert (new.due_on.isoformat(), new.status) == ("2027", "planned")
        assert session.scalars(
            select(MilestoneOrganization.organization_id).where(
                MilestoneOrganization.milestone_id == new.id
            )
        ).all() == [edited.partner]
        assert session.get(Organization, edited.partner).country == "Edited country"
        history = _history(session, edited.changed, "update")
        assert {(h.field, h.new_value) for h in history} >= {
            ("due_on", "2026-03"),
            ("status", "cancelled"),
        }
        created = _history(session, new.id, "create")
        assert created
        # One transaction: the apply's edits and creates are one change set in the history.
        applied = [h for h in history if h.field in ("due_on", "status")]
        assert len({h.change_set for h in [*applied, *created]}) == 1


def test_the_service_deletes_ticked_rows_and_takes_the_chosen_side_of_a_conflict(
    edited: Edited,
) -> None:
    with edited.db.session() as session:
        changes = read_changes(session, edited.path)
        applied = apply_changes(
            session,
            changes,
            delete=frozenset({("milestone", edited.removed)}),
            take_sheet=frozenset({("milestone", edited.conflicting, "notes")}),
        )
        session.commit()
    assert (applied.updated, applied.created, applied.deleted, applied.conflicts_left) == (
        3,
        1,
        1,
        0,
    )
    assert _milestone(edited.db, edited.removed) is None
    conflicting = _milestone(edited.db, edited.conflicting)
    assert conflicting is not None and conflicting["notes"] == "Notes from the sheet"
    with edited.db.session() as session:
        assert _history(session, edited.removed, "delete")


def test_a_record_changed_again_after_the_review_is_refused_and_nothing_written(
    edited: Edited,
) -> None:
    from kztracker.errors import StaleRecordError

    with edited.db.session() as session:
        changes = read_changes(session, edited.path)
    with edited.db.session() as session:
        version = load_record(session, "milestone", edited.changed)["version"]
        update_record(
            session, "milestone", edited.changed, {"notes": "meanwhile"}, expected_version=version
        )
        session.commit()
    with edited.db.session() as session, pytest.raises(StaleRecordError):
        apply_changes(session, changes)
    assert _milestone(edited.db, edited.removed) is not None
    with edited.db.session() as session:
        assert session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).all() == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_edited_export_saved_again_by_libreoffice_reads_the_same(
    edited: Edited, tmp_path: Path
) -> None:
    # LibreOffice writes the date formats back escaped (mmm\ yyyy) and recalculates the links.
    out = tmp_path / "libreoffice"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(edited.path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with edited.db.session() as session:
        ours = read_changes(session, edited.path)
        theirs = read_changes(session, out / edited.path.name)
    assert theirs.lines() == ours.lines()
    assert theirs.problem_lines() == ours.problem_lines()
    assert len(ours.lines()) >= 5


def test_a_damaged_export_is_one_message_and_nothing_written(
    seeded_db: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export.xlsx"
    assert main(["--db", database_url, "export", str(out)]) == 0
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            # The Milestones sheet cut in half: the package opens, the sheet does not parse.
            target.writestr(item, data[: len(data) // 2] if "sheet3" in item.filename else data)
    assert is_export(damaged)
    capsys.readouterr()
    assert main(["--db", database_url, "import-sheet", str(damaged), "--yes"]) == 1
    out_text, err = capsys.readouterr()
    assert out_text == ""
    assert err == (
        f"kztracker: {damaged}: cannot be read as a workbook (ParseError); save it again as .xlsx\n"
    )


def test_a_copied_row_with_its_hidden_id_is_left_out_with_its_reason(
    seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "export.xlsx"
    assert main(["--db", database_url, "export", str(out)]) == 0
    wb = load_workbook(out)
    ws = wb["Milestones"]
    first = [cell.value for cell in ws[2]]
    ws.append(first)  # copied whole, hidden id and version included
    copied = ws.max_row
    wb.save(out)
    with seeded_db.session() as session:
        changes = read_changes(session, out)
    assert changes.changes == []
    assert changes.problem_lines() == [
        f"Milestones: row {copied}, column M (kztracker id) '{first[12]}': the same record as "
        "row 2 (a copied row?); to add a record, copy only the visible cells"
    ]
