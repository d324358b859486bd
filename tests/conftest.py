from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kztracker.db import Database, open_database
from kztracker.services.database import initialize


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tracker.sqlite3"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def seeded_db(db_path: Path) -> Iterator[Database]:
    database, _ = initialize(str(db_path))
    yield database
    database.dispose()
