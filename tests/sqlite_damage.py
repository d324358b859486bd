"""Damaging a SQLite file on purpose, one page at a time, for the tests of what refuses it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PAGE_SIZE = 4096


def scribble_page(path: Path, page: int) -> None:
    """Overwrite one page with bytes no b-tree page starts with."""
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] = b"\x00\xffbroken" * (PAGE_SIZE // 8)
    path.write_bytes(bytes(data))


def rightmost_leaf(path: Path, table: str) -> int:
    """A table's last leaf page: not its root, and not on the path `SELECT ... LIMIT 1` walks."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA page_size").fetchone() == (PAGE_SIZE,)
        pages = connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path DESC",
            (table,),
        ).fetchall()
    finally:
        connection.close()
    assert len(pages) > 1, f"{table} should span more than one page in the seeded database"
    return int(pages[0][0])


def root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    return int(root)
