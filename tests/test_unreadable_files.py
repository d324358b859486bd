"""A file this account may not read is called that, whatever its kind: not a damaged DOCX, PDF
or spreadsheet, and not a place to write to."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from kztracker.services.backup import backup
from kztracker.services.database import initialize

FORMATS = Path(__file__).resolve().parent / "announcements" / "formats"
# Root reads any file whatever its permission bits; without these two capabilities it cannot.
AS_A_USER = (
    ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
)


def _run_as_a_user(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KZTRACKER_LOG_DIR": str(cwd / "log")}
    environment.pop("KZTRACKER_DATABASE_URL", None)
    return subprocess.run(
        [*AS_A_USER, sys.executable, "-m", "kztracker", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=environment,
    )


def _announcement(folder: Path, name: str) -> None:
    suffix = Path(name).suffix
    if suffix in (".docx", ".pdf", ".html"):
        shutil.copy(next(FORMATS.glob(f"*{suffix}")), folder / name)
    elif suffix == ".xlsx":
        workbook = Workbook()
        workbook.active.append(["Name", "Country"])
        workbook.active.append(["University of Tartu", "Estonia"])
        workbook.save(folder / name)
    else:
        (folder / name).write_text("Name,Country\nUniversity of Tartu,Estonia\n")


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("import", "note.txt"),
        ("import", "page.html"),
        ("import", "letter.docx"),
        ("import", "report.pdf"),
        ("import-sheet", "partners.xlsx"),
        ("import-sheet", "partners.csv"),
    ],
)
def test_an_unreadable_file_to_import_is_called_unreadable(
    tmp_path: Path, command: str, name: str
) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    _announcement(tmp_path, name)
    (tmp_path / name).chmod(0)
    result = _run_as_a_user(tmp_path, "--db", "tracker.sqlite3", command, "--dry-run", name)
    assert (result.returncode, result.stderr) == (
        1,
        f"kztracker: {name}: permission denied; this account may not read it — ask for access "
        "or use a copy you may read\n",
    )


def test_an_unreadable_backup_is_called_unreadable_and_nothing_is_replaced(
    tmp_path: Path,
) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    try:
        made = backup(database, tmp_path)
    finally:
        database.dispose()
    made.chmod(0)
    before = (tmp_path / "tracker.sqlite3").read_bytes()
    result = _run_as_a_user(tmp_path, "--db", "tracker.sqlite3", "restore", made.name)
    assert (result.returncode, result.stderr) == (
        1,
        f"kztracker: {made.name}: permission denied; this account may not read it — ask for "
        "access or use a copy you may read\n",
    )
    assert (tmp_path / "tracker.sqlite3").read_bytes() == before
