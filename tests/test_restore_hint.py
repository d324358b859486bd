"""Restoring a record the history holds no deletion of points to the command that lists the
deleted records, in the command line's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli


@pytest.mark.parametrize(
    ("kind", "word"), [("partners", "partner"), ("focus-areas", "focus area"), ("people", "person")]
)
def test_the_hint_names_a_command_that_lists_deleted_records(
    tmp_path: Path, kind: str, word: str
) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    refused = run_cli(tmp_path, "--db", "tracker.sqlite3", "history", "--restore", kind, "99999")
    hint = f"kztracker history --kind {kind} --deleted"
    assert (refused.returncode, refused.stderr) == (
        1,
        f"kztracker: no deleted {word} #99999 in the history; `{hint}` lists what was deleted\n",
    )
    # And that command runs as written.
    listed = run_cli(tmp_path, "--db", "tracker.sqlite3", *hint.split()[1:])
    assert (listed.returncode, listed.stderr) == (0, "")
