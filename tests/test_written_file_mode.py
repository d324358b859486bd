"""A workbook or calendar the app writes gets the permissions any new file there gets, so a
colleague can open it from a shared folder; one it replaces keeps the permissions it had."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli

WRITES = [("export", "summary.xlsx"), ("calendar", "milestones.ics")]


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most systems give a user (the CLI's process inherits it)."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("command", "name"), WRITES)
def test_a_new_file_is_readable_by_others_as_the_umask_allows(
    tmp_path: Path, usual_umask: None, command: str, name: str
) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    result = run_cli(tmp_path, "--db", "tracker.sqlite3", command, name)
    assert result.returncode == 0, result.stderr
    assert _mode(tmp_path / name) == 0o644


@pytest.mark.parametrize(("command", "name"), WRITES)
def test_a_replaced_file_keeps_its_permissions(
    tmp_path: Path, usual_umask: None, command: str, name: str
) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    target = tmp_path / name
    target.write_bytes(b"last week's file")
    target.chmod(0o640)
    result = run_cli(tmp_path, "--db", "tracker.sqlite3", command, name)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() != b"last week's file"
    assert _mode(target) == 0o640
