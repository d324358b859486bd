"""Spreadsheets written for the sheet-import tests: workbooks through openpyxl, CSV in a
chosen encoding and delimiter, and a workbook whose formula carries a cached value (what Excel
or LibreOffice saves; openpyxl itself writes formulas without one)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl


def write_xlsx(
    path: Path, sheet: str, rows: list[list[Any]], *, text_cells: tuple[str, ...] = ()
) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    for ref in text_cells:
        # A typed text cell: openpyxl would otherwise store a leading '=' as a formula.
        worksheet[ref].data_type = "s"
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def cache_formula_value(path: Path, ref: str, cached: str) -> None:
    """Give the formula in cell `ref` of the first sheet the value a spreadsheet program caches."""
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[member].decode("utf-8")
    pattern = re.compile(
        rf'(<c r="{ref}"[^>]*?)(?: t="\w+")?>(<f>[^<]*</f>)(?:<v>[^<]*</v>|<v\s*/>)?</c>'
    )
    xml, count = pattern.subn(rf'\1 t="str">\2<v>{cached}</v></c>', xml)
    assert count == 1, xml
    parts[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
