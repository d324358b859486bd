"""SQLite runs with foreign keys on, the WAL journal and a busy timeout."""

from pathlib import Path

import pytest
from sqlalchemy import text

from kztracker.db import open_database
from kztracker.locations import default_database_path, resolve_url


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "s.db"))
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    database.dispose()


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KZTRACKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "kztracker" / "kztracker.sqlite3"
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'data' / 'kztracker' / 'kztracker.sqlite3'}"
