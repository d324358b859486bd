"""A spreadsheet with an endless cell (a page pasted into one cell, a file of one long line)
is judged by what it holds: one clear sentence, never the csv module's own error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli
from tests.importing.sheet_files import write_xlsx


def _database(folder: Path) -> str:
    database, _seeded = initialize(str(folder / "tracker.sqlite3"))
    database.dispose()
    return "tracker.sqlite3"


def test_a_csv_of_one_endless_line_is_refused_for_its_headers(tmp_path: Path) -> None:
    (tmp_path / "list.csv").write_text("x" * 200_000 + "\n")
    result = run_cli(tmp_path, "--db", _database(tmp_path), "import-sheet", "--dry-run", "list.csv")
    assert (result.returncode, result.stderr) == (
        1,
        "kztracker: no column header of sheet 'list' names a known field; put the headers "
        "in the first row or give --kind\n",
    )


def _partner_names(folder: Path) -> list[str]:
    listed = run_cli(folder, "--db", "tracker.sqlite3", "list", "partners", "--json")
    assert listed.returncode == 0, listed.stderr
    return [partner["name"] for partner in json.loads(listed.stdout)]


def test_a_stray_quote_running_a_name_to_the_end_of_the_file_leaves_that_row_out(
    tmp_path: Path,
) -> None:
    database = _database(tmp_path)
    rows = "".join(f"Partner University {n},Estonia\n" for n in range(30))
    (tmp_path / "partners.csv").write_text(
        'Name,Country\nTartu Health College,Estonia\n"Narva College,Estonia\n' + rows
    )
    before = _partner_names(tmp_path)
    result = run_cli(tmp_path, "--db", database, "import-sheet", "--yes", "partners.csv")
    assert result.returncode == 0, result.stderr
    (problem,) = result.stderr.splitlines()
    assert problem.startswith(
        "kztracker: partners.csv: left out: row 3, column A (Name) 'Narva College,Estonia "
        "Partner University 0,Estonia"
    )
    assert problem.endswith(": name is too long (911 characters, 300 at most)")
    assert sorted(_partner_names(tmp_path)) == sorted([*before, "Tartu Health College"])


@pytest.mark.parametrize(("header", "label"), [("Name", "name"), ("Aliases", "aliases")])
def test_a_workbook_cell_longer_than_a_name_leaves_its_row_out(
    tmp_path: Path, header: str, label: str
) -> None:
    database = _database(tmp_path)
    long = "Narva " * 100
    narva = [long, "NC"] if header == "Name" else ["Narva College", long]
    rows = [["Name", "Aliases"], ["Tartu Health College", "THC"], narva]
    write_xlsx(tmp_path / "partners.xlsx", "Partners", rows)
    before = _partner_names(tmp_path)
    result = run_cli(tmp_path, "--db", database, "import-sheet", "--yes", "partners.xlsx")
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith(f": {label} is too long (599 characters, 300 at most)\n"), (
        result.stderr
    )
    assert sorted(_partner_names(tmp_path)) == sorted([*before, "Tartu Health College"])
