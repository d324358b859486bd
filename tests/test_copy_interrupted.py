"""`kztracker copy` stopped with Ctrl-C: no half target is left, and the message says that
nothing was copied and to run the copy again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import kztracker.services.copy as copy_module
from kztracker.cli import main
from kztracker.db import open_database
from kztracker.models import Organization
from kztracker.services.database import initialize


@pytest.fixture
def source_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    database, _seeded = initialize(url)
    database.dispose()
    return url


def _ctrl_c_at_people(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C once the partners have crossed, as the people's table begins."""
    copy_table = copy_module._copy_table

    def interrupted(source: Any, target: Any, table: Any, *rest: Any) -> int:
        if table.name == "person":
            raise KeyboardInterrupt
        return copy_table(source, target, table, *rest)

    monkeypatch.setattr(copy_module, "_copy_table", interrupted)


def _partners(url: str) -> int:
    database = open_database(url, create=False)
    try:
        with database.session() as session:
            return session.scalar(select(func.count()).select_from(Organization)) or 0
    finally:
        database.dispose()


def test_an_interrupted_copy_leaves_no_new_file(
    source_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "team.sqlite3"
    _ctrl_c_at_people(monkeypatch)
    assert main(["--db", source_url, "copy", "--to", str(target)]) == 130
    assert capsys.readouterr().err == (
        f"kztracker: interrupted: nothing was copied to sqlite:///{target}; run the copy again\n"
    )
    assert sorted(tmp_path.glob("team.sqlite3*")) == []
    monkeypatch.undo()
    assert main(["--db", source_url, "copy", "--to", str(target)]) == 0
    assert _partners(f"sqlite:///{target}") == _partners(source_url)


def test_an_interrupted_copy_into_an_existing_database_keeps_it_as_it_was(
    source_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "team.sqlite3"
    assert main(["--db", source_url, "copy", "--to", str(target)]) == 0
    partners = _partners(f"sqlite:///{target}")
    _ctrl_c_at_people(monkeypatch)
    assert main(["--db", source_url, "copy", "--to", str(target), "--force"]) == 130
    assert "nothing was copied" in capsys.readouterr().err
    assert _partners(f"sqlite:///{target}") == partners
