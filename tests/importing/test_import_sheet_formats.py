"""The .xls and .ods the import claims: a workbook written for the test, converted by
LibreOffice (soffice) to Excel 97 and OpenDocument, reads to the same proposals as the .xlsx
it came from: a real date cell, a month written as text, statuses, a partner list, a bad row."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kztracker.cli import main
from tests.importing.sheet_files import write_xlsx

ROWS = [
    ["Название", "Срок", "Статус", "Партнёры"],
    ["Открытие учебного центра", dt.date(2026, 4, 15), "в работе", "Степной институт; Акорда"],
    ["Весенний семинар", "05.2026", "запланировано", None],
    ["Отчёт за год", 2027, "выполнено", "Степной институт"],
    ["Проверка качества", "31.02.2026", "выполнено", None],
]
FORMATS = {".xls": "xls:MS Excel 97", ".ods": "ods"}


def _convert(source: Path, suffix: str, folder: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            FORMATS[suffix],
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = folder / (source.stem + suffix)
    assert converted.stat().st_size > 0
    return converted


def _proposals(url: str, path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--db", url, "import-sheet", str(path), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    return {
        "sheet": result["sheet"],
        "columns": [c["field"] for c in result["columns"]],
        "milestones": sorted(
            (m["title"], m["date"], m["status"], sorted(m["organizations"]))
            for m in result["milestones"]
        ),
        "problems": [(p["row"], p["column"], p["reason"]) for p in result["problems"]],
    }


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice writes the test files")
@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_xls_and_ods_read_like_the_xlsx_they_were_saved_from(
    suffix: str,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    original = write_xlsx(tmp_path / "plan.xlsx", "План", ROWS)
    converted = _convert(original, suffix, tmp_path / "converted")
    expected = _proposals(database_url, original, capsys)
    assert expected["milestones"] == [
        ("Весенний семинар", "2026-05", "planned", []),
        ("Открытие учебного центра", "2026-04-15", "in_progress", ["Акорда", "Степной институт"]),
        ("Отчёт за год", "2027", "done", ["Степной институт"]),
    ]
    assert expected["problems"] == [(5, "B", "no such day or month")]
    assert _proposals(database_url, converted, capsys) == expected
