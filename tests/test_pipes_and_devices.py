"""A pipe or a device given where a file belongs (a named pipe, bash's <(...), /dev/null) is
refused at once: opening a pipe nobody writes to would wait forever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    os.mkfifo(tmp_path / "news.txt")
    return tmp_path


@pytest.mark.parametrize("command", ["import", "import-sheet"])
def test_a_pipe_to_import_is_refused_as_a_pipe(folder: Path, command: str) -> None:
    result = run_cli(folder, "--db", "tracker.sqlite3", command, "--dry-run", "news.txt")
    assert (result.returncode, result.stderr) == (
        1,
        "kztracker: news.txt is not a file but a pipe or a device; save what it holds to a file "
        "and import that\n",
    )


def test_a_pipe_as_the_database_is_refused(folder: Path) -> None:
    result = run_cli(folder, "--db", "news.txt", "list", "memoranda")
    assert (result.returncode, result.stderr) == (
        1,
        f"kztracker: {folder / 'news.txt'} is not a kztracker database (not an SQLite file); "
        "choose another --db path\n",
    )
