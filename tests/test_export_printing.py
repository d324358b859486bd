"""The printed workbook (issue 15, point 6): every sheet one page wide at a readable scale
(long text columns narrowed to wrap), and a Summary table that runs on to a new page repeats
its title and header there. Checked by hand with LibreOffice's PDF (README); here, the
workbook's own settings."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from kztracker.db import Database
from kztracker.exporting import export_database
from kztracker.services.records import create_record


def _shown_width(ws: object) -> float:
    dimensions = ws.column_dimensions  # type: ignore[attr-defined]
    return sum(d.width for d in dimensions.values() if not d.hidden and d.width)


def test_every_sheet_prints_one_page_wide_at_a_readable_scale(
    seeded_db: Database, tmp_path: Path
) -> None:
    export_database(seeded_db, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    # The hidden register of exported records is never printed.
    for ws in (ws for ws in wb.worksheets if ws.sheet_state == "visible"):
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
        # About 105 width units fit across landscape A4: 190 prints at 55 % or more.
        assert _shown_width(ws) <= 190, ws.title
    milestones = wb["Milestones"]
    assert _shown_width(milestones) <= 175  # 60 % or more: the widest sheet people print
    assert milestones.page_setup.orientation == "landscape"
    assert milestones.print_title_rows == "$1:$1"  # the header on every page


def test_a_summary_table_that_runs_on_repeats_its_title_and_header(
    seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.sessions.begin() as session:
        ids = [
            create_record(session, "organization", {"name": f"Regional College No. {n}"}).created[0]
            for n in range(1, 61)
        ]
        create_record(
            session, "milestone", {"title": "Colleges join the network", "organization_ids": ids}
        )
    export_database(seeded_db, tmp_path / "out.xlsx")
    ws = load_workbook(tmp_path / "out.xlsx")["Summary"]
    breaks = [brk.id for brk in ws.row_breaks.brk]
    assert len(breaks) >= 2
    column_a = {row: ws.cell(row, 1).value for row in range(1, ws.max_row + 1)}
    titles = {
        "Partners: memoranda and milestones",
        "Milestones by status",
        "Milestones by focus area",
        "Memoranda by status",
    }
    for after in breaks:
        first, second = column_a[after + 1], column_a[after + 2]
        assert first in titles or str(first).startswith(("Overdue", "Due in")), (after, first)
        assert second in ("Partner", "Status", "Focus area", "Milestone"), (after, second)
    repeated = [
        row for row, text in column_a.items() if text == "Partners: memoranda and milestones"
    ]
    assert len(repeated) >= 2  # the 90-row table, its title again on each new page
