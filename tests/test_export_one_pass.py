"""Each record sheet is read once and measured as it is written: its widths and row heights come
from every row, the last included, and its cells read back exactly as stored."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

from openpyxl import load_workbook

from kztracker.db import Database
from kztracker.exporting import export_database
from kztracker.services.records import create_record

# Sorts after every seeded person, so it is the People sheet's last row.
LAST_NAME = "Zzzz Zhanargul Abenova"
PHONE = "+7 7172 550123 ext. 41"
NOTES = "First line\nA second line that is a little longer\nthird"


def _add_focus_area(db: Database, name: str, description: str) -> None:
    with db.sessions.begin() as session:
        create_record(session, "focus_area", {"name": name, "description": description})


def test_the_last_row_widens_its_column_and_its_height_follows_the_widths(
    seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.sessions.begin() as session:
        create_record(session, "person", {"name": LAST_NAME, "phone": PHONE, "notes": NOTES})
    export_database(seeded_db, tmp_path / "out.xlsx")
    ws = load_workbook(tmp_path / "out.xlsx")["People"]
    headers = [c.value for c in ws[1]]
    last = ws.max_row
    assert ws.cell(last, 1).value == LAST_NAME
    phone = headers.index("Phone") + 1
    others = [ws.cell(row, phone).value or "" for row in range(2, last)]
    assert max(len(text) for text in [*others, "Phone"]) < len(PHONE)
    assert ws.column_dimensions[ws.cell(1, phone).column_letter].width == len(PHONE) + 2
    # The notes break lines, so their column wraps and the row is as tall as its lines at the
    # column's final width (11-point lines of 15 points).
    notes = headers.index("Notes") + 1
    per_line = ws.column_dimensions[ws.cell(1, notes).column_letter].width * 1.1
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in NOTES.split("\n"))
    assert lines >= 3
    assert ws.row_dimensions[last].height == 15 * lines
    assert ws.cell(last, notes).value == NOTES


def test_a_memorandums_milestone_link_fits_its_column(seeded_db: Database, tmp_path: Path) -> None:
    # The memoranda are written after the milestones, so their links' text is measured too.
    export_database(seeded_db, tmp_path / "out.xlsx")
    ws = load_workbook(tmp_path / "out.xlsx", data_only=True)["Memoranda"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Milestones") + 1
    texts = [ws.cell(row, column).value for row in range(2, ws.max_row + 1)]
    shown = [text for text in texts if text]
    assert shown and all(text.endswith("milestones") or text == "1 milestone" for text in shown)
    widest = max(len(text) for text in [*shown, "Milestones"])
    assert ws.column_dimensions[ws.cell(1, column).column_letter].width == widest + 2


def test_markup_characters_and_other_scripts_read_back_as_stored(
    seeded_db: Database, tmp_path: Path
) -> None:
    name = " Zzz <Ақмола> & \"Astana\" 'hub' 😀 "
    description = "a < b & c > d\r\nЕкінші жол: 100% > 50%; ]]> \t tab"
    _add_focus_area(seeded_db, name, description)
    export_database(seeded_db, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    ws = wb["Focus areas"]
    rows = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    stored = next(key for key in rows if key and "Ақмола" in key)
    assert rows[stored][2] == description
    assert stored.strip() == name.strip()
    # The hidden register lists it, as it lists every exported record.
    register = wb["kztracker"]
    listed = [row for row in register.iter_rows(min_row=3, values_only=True)]
    assert sum(1 for kind, *_ in listed if kind == "focus_area") == ws.max_row - 1


# Long words, so wrapping at spaces leaves the ends of lines well short of full.
LONG_NOTES = (
    "Coordinators, rectorates, international departments, postgraduate schools, "
    "accreditation agencies, laboratories, libraries, dormitories."
)


def test_a_wrapped_row_is_tall_enough_for_every_wrapped_line(
    seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.sessions.begin() as session:
        create_record(session, "person", {"name": LAST_NAME, "notes": LONG_NOTES})
    export_database(seeded_db, tmp_path / "out.xlsx")
    ws = load_workbook(tmp_path / "out.xlsx")["People"]
    notes = [c.value for c in ws[1]].index("Notes") + 1
    last = ws.max_row
    assert ws.cell(last, notes).value == LONG_NOTES
    per_line = ws.column_dimensions[ws.cell(1, notes).column_letter].width * 1.1
    # A spreadsheet program breaks lines at spaces: the row must hold every line it makes.
    needed = len(textwrap.wrap(LONG_NOTES, int(per_line)))
    assert needed > 1
    height = ws.row_dimensions[last].height
    assert 15 * needed <= height <= 15 * (needed + 1)
