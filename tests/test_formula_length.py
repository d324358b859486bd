"""A link's text stays within Excel's limit for a text in a formula, counted as Excel counts:
in UTF-16 units, two for an emoji. A longer title is written as plain text, not a link."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from kztracker.db import Database
from kztracker.exporting import export_database
from kztracker.models import Memorandum, Milestone
from kztracker.normalize import name_key

HANDSHAKE = "\U0001f91d"  # outside the Basic Multilingual Plane: two UTF-16 units
FITS = HANDSHAKE * 127 + "a"  # 255 units in 128 characters
TOO_LONG = HANDSHAKE * 128  # 256 units in 128 characters: under 255 characters, over 255 units
QUOTED = 'said "yes" ' * 21 + 'said "yes"'  # 241 characters, 283 with its quotes doubled
TEXT_IN_FORMULA = re.compile(r'"((?:[^"]|"")*)"\)$')


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_link_text_is_measured_in_utf16_units(seeded_db: Database, tmp_path: Path) -> None:
    with seeded_db.sessions.begin() as session:
        for title in (FITS, TOO_LONG, QUOTED):
            memo = Memorandum(title=title, title_key=name_key(title))
            session.add(memo)
            session.flush()
            session.add(Milestone(title=f"Step {_units(title)}", memorandum_id=memo.id))
    export_database(seeded_db, tmp_path / "out.xlsx")
    workbook = load_workbook(tmp_path / "out.xlsx")
    milestones = workbook["Milestones"]
    headers = [cell.value for cell in milestones[1]]
    column = headers.index("Memorandum")
    by_title = {row[0].value: row[column].value for row in milestones.iter_rows(min_row=2)}
    assert by_title["Step 255"].startswith("=HYPERLINK(")
    assert by_title["Step 256"] == TOO_LONG
    assert by_title[f"Step {_units(QUOTED)}"] == QUOTED
    formulas = [
        cell.value
        for ws in workbook.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK(")
    ]
    assert formulas
    for formula in formulas:
        match = TEXT_IN_FORMULA.search(formula)
        assert match and _units(match[1]) <= 255, formula
