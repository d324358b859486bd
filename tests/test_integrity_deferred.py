"""A reading open checks only a few pages; the full check still finds what it finds.

open_database reads the header, the schema and each table's root page on every open, and runs
SQLite's quick_check (every page) only before an open that may write; the window runs it after
its first paint through integrity_problem. A damaged file is refused either way.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.db import Database, integrity_problem, open_database
from kztracker.errors import DatabaseOpenError


def _scribble_page(path: Path, page: int) -> None:
    """Overwrite one page with bytes no b-tree page starts with."""
    size = 4096
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\x00\xffbroken" * (size // 8)
    path.write_bytes(bytes(data))


def _last_leaf(path: Path) -> int:
    """The rightmost leaf page of the largest table: no root, no schema page, and not on the
    path a `SELECT ... LIMIT 1` walks."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA page_size").fetchone() == (4096,)
        table, _leaves = connection.execute(
            "SELECT name, count(*) FROM dbstat WHERE pagetype = 'leaf' AND name NOT LIKE 'sqlite%'"
            " AND name IN (SELECT name FROM sqlite_master WHERE type = 'table')"
            " GROUP BY name ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        (page,) = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path DESC"
            " LIMIT 1",
            (table,),
        ).fetchone()
    finally:
        connection.close()
    assert _leaves > 1, "the seeded database should have a table of more than one page"
    return int(page)


def test_damage_deep_in_a_table_is_found_by_the_full_check(
    seeded_db: Database, db_path: Path
) -> None:
    seeded_db.dispose()
    _scribble_page(db_path, _last_leaf(db_path))

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
    connection = sqlite3.connect(db_path)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'milestone'"
        ).fetchone()
    finally:
        connection.close()
    seeded_db.dispose()
    _scribble_page(db_path, int(root))
    with pytest.raises(DatabaseOpenError, match="damaged"):
        open_database(str(db_path), read_only=read_only, check_later=not read_only)


def _rightmost_leaf_of(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        pages = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path DESC",
            (table,),
        ).fetchall()
    finally:
        connection.close()
    assert len(pages) > 1, f"{table} should span more than one page in the seeded database"
    return int(pages[0][0])


def test_damage_met_by_a_reading_command_gets_the_damaged_message(
    seeded_db: Database, db_path: Path
) -> None:
    seeded_db.dispose()
    _scribble_page(db_path, _rightmost_leaf_of(db_path, "organization_alias"))
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
