"""The Excel export, checked by reading the workbook back as Excel would see it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

import kztracker.exporting.writer as writer_module
from kztracker.cli import main
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.exporting import ExportCancelled, ExportResult, export_workbook
from kztracker.services.partners import create_partner

SHEETS = ["Summary", "Memoranda", "Milestones", "Partners", "People", "Focus areas", "Sources"]
FORMULA_NAME = '=HYPERLINK("http://x")'


def _export(db: Database, path: Path, **kwargs: object) -> ExportResult:
    with db.session() as session:
        return export_workbook(session, path, source_label="test.db", **kwargs)  # type: ignore[arg-type]


def _load(path: Path) -> Workbook:
    return load_workbook(path)


def test_sheets_headers_panes_and_filter(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.xlsx"
    result = _export(seeded_db, out)
    wb = _load(out)
    assert wb.sheetnames == SHEETS
    assert list(result.sheets) == SHEETS
    ws = wb["Milestones"]
    headers = [c.value for c in ws[1]]
    assert headers[:5] == ["Title", "Memorandum", "Focus area", "Start", "Due"]
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:K{result.sheets['Milestones'] + 1}"
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


def test_links_between_sheets(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "links.xlsx"
    _export(seeded_db, out)
    wb = _load(out)
    memoranda, milestones = wb["Memoranda"], wb["Milestones"]
    linked = [c for c in milestones["B"][1:] if c.hyperlink is not None]
    assert linked
    cell = linked[0]
    target_row = int(cell.hyperlink.location.split("!A")[1])
    assert cell.hyperlink.location.startswith("'Memoranda'!")
    assert memoranda.cell(target_row, 1).value == cell.value
    back = [c for c in memoranda["K"][1:] if c.hyperlink is not None]
    assert back
    row = int(back[0].hyperlink.location.split("!A")[1])
    assert milestones.cell(row, 2).value == memoranda.cell(back[0].row, 1).value


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


def test_progress_is_reported(seeded_db: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    _export(seeded_db, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]


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

    monkeypatch.setattr(writer_module, "_save", broken_save)
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
    assert main(["--db", str(db_path), "export", str(out), "--milestones-status", "x"]) == 1
    assert "unknown milestone status" in capsys.readouterr().err


def test_unwritable_target_is_reported(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, before = _earlier_file(tmp_path)

    def refuse(src: str, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Running as root makes chmod-based refusals unreliable, so the rename is made to refuse.
    monkeypatch.setattr(writer_module.os, "replace", refuse)
    with pytest.raises(KztrackerError, match="permission denied"):
        _export(seeded_db, out)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))
