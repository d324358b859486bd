"""`kztracker import-sheet EXPORT.xlsx --sheet NAME`: an export comes back whole, so --sheet
is refused with the reason and the way on, never silently ignored."""

from __future__ import annotations

from pathlib import Path

from kztracker.services.database import initialize
from tests.cli_process import run_cli


def test_sheet_on_a_kztracker_export_is_refused_not_ignored(tmp_path: Path) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    db = ["--db", str(tmp_path / "tracker.sqlite3")]
    assert run_cli(tmp_path, *db, "export", "edited.xlsx").returncode == 0
    refused = run_cli(
        tmp_path, *db, "import-sheet", "edited.xlsx", "--sheet", "Partners", "--dry-run"
    )
    assert (refused.returncode, refused.stdout, refused.stderr) == (
        1,
        "",
        "kztracker: edited.xlsx is a kztracker export: its changes are read from all its "
        "sheets together, so --sheet does not apply; leave --sheet out, or add --kind to "
        "import that one sheet's rows as a new spreadsheet\n",
    )
    whole = run_cli(tmp_path, *db, "import-sheet", "edited.xlsx", "--dry-run")
    assert whole.returncode == 0, whole.stderr
