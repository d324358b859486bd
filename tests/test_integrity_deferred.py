"""A reading open checks only a few pages; the full check still finds what it finds.

open_database reads the header, the schema and each table's root page on every open, and runs
SQLite's quick_check (every page) only before an open that may write; the window runs it after
its first paint through integrity_problem. A damaged file is refused either way.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.db import Database, open_database
from kztracker.errors import DatabaseOpenError
from kztracker.sqlite_checks import integrity_problem
from tests.sqlite_damage import rightmost_leaf, root_page, scribble_page


def test_damage_deep_in_a_table_is_found_by_the_full_check(
    seeded_db: Database, db_path: Path
) -> None:
    seeded_db.dispose()
    scribble_page(db_path, rightmost_leaf(db_path, "history"))

    # The window's open: a few pages now, the full check after the first paint.
    opened = open_database(str(db_path), check_later=True)
    try:
        problem = integrity_problem(opened)
    finally:
        opened.dispose()
    assert problem is not None and "damaged" in problem
    assert "no backup of it was found in" in problem

    # An open that may write still runs the full check first, and refuses.
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database(str(db_path))


def test_a_sound_file_passes_the_full_check(seeded_db: Database) -> None:
    assert integrity_problem(seeded_db) is None


@pytest.mark.parametrize("read_only", [True, False], ids=["reader", "check-later"])
def test_a_damaged_root_page_is_refused_by_the_cheap_check(
    seeded_db: Database, db_path: Path, read_only: bool
) -> None:
    seeded_db.dispose()
    scribble_page(db_path, root_page(db_path, "milestone"))
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database(str(db_path), read_only=read_only, check_later=not read_only)


def test_damage_met_by_a_reading_command_gets_the_damaged_message(
    seeded_db: Database, db_path: Path
) -> None:
    seeded_db.dispose()
    scribble_page(db_path, rightmost_leaf(db_path, "organization_alias"))
    before = db_path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "kztracker", "--db", str(db_path), "list", "partners"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "damaged" in result.stderr and "no backup of it was found in" in result.stderr
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == before
