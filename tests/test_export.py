"""The Excel export, checked by reading the workbook back as Excel would see it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import select

import kztracker.atomic_file as atomic_file
import kztracker.exporting.saving as saving_module
from kztracker.cli import main
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.exporting import ExportCancelled, ExportResult, export_workbook
from kztracker.exporting.writer import FORMULA_STARTS
from kztracker.models import Memorandum, Milestone
from kztracker.services.partners import create_partner

SHEETS = ["Summary", "Memoranda", "Milestones", "Partners", "People", "Focus areas", "Sources"]
FORMULA_NAME = '=HYPERLINK("http://x")'
LINK = re.compile(r'^=HYPERLINK\("#\'(?P<sheet>[^\']+)\'!A(?P<row>\d+)",".*"\)$')


def _export(db: Database, path: Path, **kwargs: object) -> ExportResult:
    with db.session() as session:
        return export_workbook(session, path, source_label="test.db", **kwargs)  # type: ignore[arg-type]


def _load(path: Path) -> Workbook:
    return load_workbook(path)


def test_sheets_headers_panes_and_filter(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = _export(seeded_db, out)
    wb = _load(out)
    # Last, hidden: the register of exported records an edited export is read back by.
    assert wb.sheetnames == [*SHEETS, "kztracker"]
    assert wb["kztracker"].sheet_state == "hidden"
    assert list(result.sheets) == SHEETS
    ws = wb["Milestones"]
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["Title", "Memorandum", "Focus area", "Start", "Due"]
    assert ws["A1"].font.b
    assert ws.freeze_panes == "B2"
    # The filter takes in the hidden id and version columns (M, N), so a sort moves them too.
    assert ws.auto_filter.ref == f"A1:N{result.sheets['Milestones'] + 1}"
    assert headers[-2:] == ["kztracker id", "kztracker version"]
    assert ws.column_dimensions["M"].hidden and ws.column_dimensions["N"].hidden
    assert ws.conditional_formatting
    assert wb["Summary"]["B3"].value == "test.db"


def test_dates_are_real_dates_with_precision_format(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "dates.xlsx"
    _export(seeded_db, out)
    ws = _load(out)["Milestones"]
    formats = {}
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        cell = row[0]
        if cell.value is not None:
            assert isinstance(cell.value, dt.datetime)
            formats[cell.number_format] = cell.value
    assert "mmm yyyy" in formats
    assert formats["mmm yyyy"].day == 1
    assert set(formats) <= {"yyyy", "mmm yyyy", "dd.mm.yyyy"}


def _links(cells: tuple[Cell, ...]) -> list[tuple[int, str, int]]:
    """(row, target sheet, target row) of each HYPERLINK formula among `cells`."""
    found = []
    for cell in cells:
        match = LINK.match(str(cell.value)) if cell.data_type == "f" else None
        if match:
            found.append((cell.row, match["sheet"], int(match["row"])))
    return found


def test_links_between_sheets(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "links.xlsx"
    _export(seeded_db, out)
    formulas = _load(out)
    # What Excel shows before it calculates anything (Protected View): the cached text.
    shown = load_workbook(out, data_only=True)
    memoranda, milestones = shown["Memoranda"], shown["Milestones"]
    to_memoranda = _links(formulas["Milestones"]["B"][1:])
    assert to_memoranda
    for row, sheet, target in to_memoranda:
        assert sheet == "Memoranda"
        assert milestones.cell(row, 2).value == memoranda.cell(target, 1).value
    to_milestones = _links(formulas["Memoranda"]["K"][1:])
    assert to_milestones
    for row, sheet, target in to_milestones:
        assert sheet == "Milestones"
        assert milestones.cell(target, 2).value == memoranda.cell(row, 1).value
        assert str(memoranda.cell(row, 11).value).endswith(("milestone", "milestones"))
    overdue_and_soon = _links(formulas["Summary"]["A"])
    assert overdue_and_soon and {sheet for _, sheet, _ in overdue_and_soon} == {"Milestones"}


def test_a_quote_in_a_linked_title_stays_inside_the_formula(
    seeded_db: Database, tmp_path: Path
) -> None:
    with seeded_db.session() as session:
        memo = session.scalars(select(Memorandum).order_by(Memorandum.id)).first()
        assert memo is not None
        memo.title = 'The "quoted", title")&WEBSERVICE("x'  # has a milestone
        session.commit()
    out = tmp_path / "quote.xlsx"
    _export(seeded_db, out)
    title = 'The "quoted", title")&WEBSERVICE("x'
    shown = load_workbook(out, data_only=True)
    (cell,) = [c for c in shown["Milestones"]["B"] if c.value == title]
    (target,) = [c.row for c in shown["Memoranda"]["A"] if c.value == title]
    assert _load(out)["Milestones"][cell.coordinate].value == (
        f'=HYPERLINK("#\'Memoranda\'!A{target}","The ""quoted"", title"")&WEBSERVICE(""x")'
    )


def test_formula_like_text_stays_text(seeded_db: Database, tmp_path: Path) -> None:
    with seeded_db.session() as session:
        create_partner(session, FORMULA_NAME)
        session.commit()
    out = tmp_path / "safe.xlsx"
    _export(seeded_db, out)
    ws = _load(out)["Partners"]
    cells = [row[0] for row in ws.iter_rows(min_row=2, max_col=1) if row[0].value == FORMULA_NAME]
    assert len(cells) == 1
    assert cells[0].data_type == "s"


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_text_starting_like_a_formula_is_shown_as_typed(
    seeded_db: Database, tmp_path: Path, start: str
) -> None:
    note = f"{start}SUM(A1:A9) was the request"
    with seeded_db.session() as session:
        first = session.scalars(select(Milestone).order_by(Milestone.id)).first()
        assert first is not None
        first.notes = note
        session.commit()
    out = tmp_path / "safe.xlsx"
    _export(seeded_db, out)
    ws = _load(out)["Milestones"]
    notes = [c for c in ws["J"] if c.value is not None and "SUM(A1:A9)" in str(c.value)]
    assert [(c.value, c.data_type) for c in notes] == [(note, "s")]


def test_progress_is_reported(seeded_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    _export(seeded_db, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    totals = {total for _, total in calls}
    assert len(totals) == 1 and totals.pop() > 17
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def _earlier_file(tmp_path: Path) -> tuple[Path, bytes]:
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"earlier export")
    return out, out.read_bytes()


def test_cancelled_export_keeps_earlier_file(seeded_db: Database, tmp_path: Path) -> None:
    out, before = _earlier_file(tmp_path)
    with pytest.raises(ExportCancelled, match="export cancelled; the earlier file is unchanged"):
        _export(seeded_db, out, cancelled=lambda: True)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_failed_save_keeps_earlier_file(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = _earlier_file(tmp_path)

    def broken_save(wb: Workbook, path: str) -> None:
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving_module, "_save", broken_save)
    with pytest.raises(KztrackerError, match="No space left on device"):
        _export(seeded_db, out)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_bad_targets(seeded_db: Database, tmp_path: Path) -> None:
    with pytest.raises(KztrackerError, match="does not exist"):
        _export(seeded_db, tmp_path / "missing" / "x.xlsx")
    with pytest.raises(KztrackerError, match="is a folder"):
        _export(seeded_db, tmp_path)


def test_cli_export(
    seeded_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.xlsx"
    assert main(["--db", str(db_path), "export", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    assert line == (
        f"Wrote {out}: 5 memoranda, 17 milestones, 31 partners, 12 people, "
        "13 focus areas, 5 sources. Scope: The whole database."
    )
    # A database file is named by its path on the Summary.
    assert _load(out)["Summary"]["B3"].value == str(db_path)
    assert main(["--db", str(db_path), "export", str(out), "--milestones-status", "x"]) == 1
    assert "unknown milestone status" in capsys.readouterr().err


def test_unwritable_target_is_reported(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = _earlier_file(tmp_path)

    def refuse(src: str, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Running as root makes chmod-based refusals unreliable, so the rename is made to refuse.
    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    with pytest.raises(KztrackerError, match="permission denied"):
        _export(seeded_db, out)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))
