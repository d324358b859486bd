"""An empty --db (a script's `--db "$DB"` with DB unset) is refused, never taken as absent:
that would send the command to the user's own database."""

from __future__ import annotations

from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli


@pytest.mark.parametrize("given", ["", "  "])
def test_an_empty_db_is_refused_and_the_usual_database_is_left_alone(
    tmp_path: Path, given: str
) -> None:
    home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    usual = tmp_path / "data" / "kztracker" / "kztracker.sqlite3"
    usual.parent.mkdir(parents=True)
    database, _seeded = initialize(str(usual))
    database.dispose()
    before = usual.read_bytes()
    (tmp_path / "note.txt").write_text("The Ministry of Health met the University of Tartu.\n")
    result = run_cli(tmp_path, "--db", given, "import", "--yes", "note.txt", **home)
    assert (result.returncode, result.stderr) == (
        2,
        "kztracker: argument --db: it is empty; give a database file or URL, or leave --db out "
        "(see kztracker --help)\n",
    )
    assert usual.read_bytes() == before
