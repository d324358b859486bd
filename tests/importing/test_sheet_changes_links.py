"""What an edited export carries beyond plain fields comes back too: a memorandum's parties
(with their roles), signatories and focus areas, partners' and people's other spellings, and
the focus-area sheet; each changed field old → new, and a name that matches no record is the
row's problem, with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kztracker.cli import main
from kztracker.db import Database
from kztracker.services.records import find_record_by_name, load_record
from kztracker.services.sheet_changes import apply_changes, read_changes


def _column(ws: Any, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def _row_of(ws: Any, record_id: int) -> int:
    at = _column(ws, "kztracker id")
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, at).value == record_id)


class Linked:
    """An export of the seeded database whose link columns a colleague edited."""

    def __init__(self, db: Database, url: str, tmp_path: Path) -> None:
        exported = tmp_path / "export.xlsx"
        assert main(["--db", url, "export", str(exported)]) == 0
        wb = load_workbook(exported)
        memoranda, partners = wb["Memoranda"], wb["Partners"]
        people, areas = wb["People"], wb["Focus areas"]
        self.memo_id = memoranda.cell(3, _column(memoranda, "kztracker id")).value
        self.bad_memo_id = memoranda.cell(4, _column(memoranda, "kztracker id")).value
        with db.session() as session:
            self.memo_before = load_record(session, "memorandum", self.memo_id)
            self.astrazeneca = find_record_by_name(session, "organization", "AstraZeneca")
            self.ministry = find_record_by_name(
                session,
                "organization",
                "Ministry of Science and Higher Education of the Republic of Kazakhstan",
            )
            self.tether = find_record_by_name(session, "organization", "Tether")
            self.person = find_record_by_name(session, "person", "Akmaral Alnazarova")
            self.area = find_record_by_name(session, "focus_area", "Biomedical research")
        row = 3
        # Tether's role changes, AstraZeneca joins as an observer; the ministry stays a party.
        memoranda.cell(row, _column(memoranda, "Parties")).value = (
            "Ministry of Science and Higher Education of the Republic of Kazakhstan;"
            " Tether (Observer)\nAstraZeneca (Observer)"
        )
        memoranda.cell(row, _column(memoranda, "Signatories")).value = "Akmaral Alnazarova"
        memoranda.cell(
            row, _column(memoranda, "Focus areas")
        ).value = "Blockchain education; Biomedical research"
        # A signatory nobody knows: that row is left out with the reason.
        memoranda.cell(4, _column(memoranda, "Signatories")).value = "Someone Unknown"
        self.partner_row = _row_of(partners, self.astrazeneca)
        partners.cell(
            self.partner_row, _column(partners, "Other spellings")
        ).value = "АстраЗенека; AZ Kazakhstan office"
        self.person_row = _row_of(people, self.person)
        people.cell(self.person_row, _column(people, "Other spellings")).value = "А. Альназарова"
        self.area_row = _row_of(areas, self.area)
        areas.cell(self.area_row, _column(areas, "Description")).value = "Research in medicine."
        areas.cell(self.area_row, _column(areas, "Part of")).value = "AI and digital education"
        self.path = tmp_path / "edited.xlsx"
        wb.save(self.path)


@pytest.fixture
def linked(seeded_db: Database, database_url: str, tmp_path: Path) -> Linked:
    return Linked(seeded_db, database_url, tmp_path)


def test_links_and_other_spellings_show_old_and_new_and_apply(
    seeded_db: Database, linked: Linked
) -> None:
    with seeded_db.session() as session:
        changes = read_changes(session, linked.path)
        by_record = {(c.kind, c.record_id): c for c in changes.changes}
        memo = by_record[("memorandum", linked.memo_id)]
        shown = {f.header: (f.old, f.new) for f in memo.fields}
        assert shown == {
            "Parties": (
                "Ministry of Science and Higher Education of the Republic of Kazakhstan; "
                "Tether (Partner)",
                "AstraZeneca (Observer); Ministry of Science and Higher Education of the "
                "Republic of Kazakhstan; Tether (Observer)",
            ),
            "Signatories": (None, "Akmaral Alnazarova"),
            "Focus areas": ("Blockchain education", "Biomedical research; Blockchain education"),
        }
        partner = by_record[("organization", linked.astrazeneca)]
        assert [(f.header, f.old, f.new) for f in partner.fields] == [
            ("Other spellings", "АстраЗенека", "AZ Kazakhstan office; АстраЗенека")
        ]
        person = by_record[("person", linked.person)]
        assert [(f.header, f.old, f.new) for f in person.fields] == [
            ("Other spellings", None, "А. Альназарова")
        ]
        area = by_record[("focus_area", linked.area)]
        assert {f.header: (f.old, f.new) for f in area.fields} == {
            "Part of": (None, "AI and digital education"),
            "Description": (
                "Basic, preclinical and translational research in life and health sciences.",
                "Research in medicine.",
            ),
        }
        assert len(changes.changes) == 4  # nothing else reads as changed
        assert changes.problem_lines() == [
            "Memoranda: row 4, column G (Signatories) 'Someone Unknown': no person named "
            "'Someone Unknown' in the database; add it first or correct the name"
        ]
        apply_changes(session, changes)
        session.commit()
    with seeded_db.session() as session:
        after = load_record(session, "memorandum", linked.memo_id)
        assert after["party_ids"] == sorted(
            [
                {"organization_id": linked.astrazeneca, "role": "observer"},
                {"organization_id": linked.ministry, "role": "party"},
                {"organization_id": linked.tether, "role": "observer"},
            ],
            key=lambda p: p["organization_id"],
        )
        assert after["signatory_ids"] == [linked.person]
        assert linked.area in after["focus_area_ids"] and len(after["focus_area_ids"]) == 2
        assert after["title"] == linked.memo_before["title"]
        partner = load_record(session, "organization", linked.astrazeneca)
        assert partner["aliases"] == ["AZ Kazakhstan office", "АстраЗенека"]
        assert load_record(session, "person", linked.person)["aliases"] == ["А. Альназарова"]
        area = load_record(session, "focus_area", linked.area)
        assert area["description"] == "Research in medicine."
        assert area["parent_id"] == find_record_by_name(
            session, "focus_area", "AI and digital education"
        )
        # Read again, the applied workbook has nothing left to change but the row left out.
        again = read_changes(session, linked.path)
        assert [c.conflicts for c in again.changes] == [[]] * len(again.changes)
        assert again.changes == []
