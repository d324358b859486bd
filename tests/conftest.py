"""Database fixtures, run on SQLite always and on PostgreSQL when a server is configured.

Set KZTRACKER_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:54329/kztracker_test)
to run every database test a second time on that server; `.ci/run` starts a throwaway one.
Each PostgreSQL test starts from an empty public schema, so the database must be disposable.
A test that names `db_path` itself is about the SQLite file and runs on SQLite only.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kztracker.db import Database, open_database
from kztracker.services.database import initialize

POSTGRES_ENV_VAR = "KZTRACKER_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_ENV_VAR, "").strip()
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


def reset_postgres_schema(url: str) -> None:
    """Drop everything in the public schema, so a test starts from an empty database."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that uses a database once per backend, as test[sqlite], test[postgresql]."""
    if "database_url" not in metafunc.fixturenames:
        return
    own_arguments = inspect.signature(metafunc.function).parameters
    backends = ["sqlite"] if "db_path" in own_arguments else BACKENDS
    metafunc.parametrize("database_url", backends, indirect=True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file for tests that are about SQLite files themselves."""
    return tmp_path / "tracker.sqlite3"


@pytest.fixture
def database_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """An empty database's URL: a SQLite file, or a freshly emptied PostgreSQL schema."""
    if request.param == "postgresql":
        reset_postgres_schema(POSTGRES_URL)
        return POSTGRES_URL
    return f"sqlite:///{db_path}"


@pytest.fixture
def empty_db(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def seeded_db(database_url: str) -> Iterator[Database]:
    database, _ = initialize(database_url)
    yield database
    database.dispose()

