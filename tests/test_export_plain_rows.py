"""The register's fast row writer stores every value as openpyxl's own write-only cell would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from kztracker.exporting.plain_rows import PlainRows

ROWS: list[list[Any]] = [
    ["milestone", 12, 3, "Milestones"],
    ["person", 7, None, "People and contacts"],
    [" leading and trailing spaces ", 0, -5, "two\nlines"],
    ["=1+1", "", 2.5, "Кеңес / Совет"],
]


def _written(path: Path, fast: bool) -> list[list[tuple[Any, str]]]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("register")
    rows = PlainRows(ws) if fast else ws
    for row in ROWS:
        rows.append(row)
    if fast:
        rows.close()
    wb.save(path)
    sheet = load_workbook(path)["register"]
    return [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]


def test_plain_rows_read_back_as_openpyxls_own(tmp_path: Path) -> None:
    fast = _written(tmp_path / "fast.xlsx", fast=True)
    assert fast == _written(tmp_path / "generic.xlsx", fast=False)
    assert fast[0][:3] == [("milestone", "s"), (12, "n"), (3, "n")]
    assert fast[2][0] == (" leading and trailing spaces ", "s")
    assert fast[3][0] == ("=1+1", "f")
