"""A spreadsheet with an endless cell (a page pasted into one cell, a file of one long line)
is judged by what it holds: one clear sentence, never the csv module's own error."""

from __future__ import annotations

from pathlib import Path

from kztracker.services.database import initialize
from tests.cli_process import run_cli


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
