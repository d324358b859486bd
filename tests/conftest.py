"""Database fixtures, run on SQLite always and on PostgreSQL when a server is configured.

Set KZTRACKER_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:54329/kztracker_test)
to run every database test a second time on that server; `.ci/run` starts a throwaway one.
Each PostgreSQL test starts from an empty public schema, so the database must be disposable.
A test that names `db_path` itself is about the SQLite file and runs on SQLite only.
"""

from __future__ import annotations

import inspect
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from kztracker.db import Database, open_database
from kztracker.locations import sqlite_path
from kztracker.services.database import initialize

# The suite expects the core's English messages whatever the developer's own locale says.
os.environ["KZTRACKER_LANGUAGE"] = "en"

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


@pytest.fixture(scope="session", autouse=True)
def cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app's cache (the unpacked language model, kztracker.importing.language) in a folder
    of the test session's own, never the user's ~/.cache/kztracker. One folder for the whole
    session, so the model is unpacked once, not for every test. platformdirs reads
    XDG_CACHE_HOME; the commands tests start as processes inherit it."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


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


class _Templates:
    """Databases migrated (and seeded) once per test session, cloned for each test.

    Migrating and seeding take about a second per test; a clone takes a few milliseconds on
    SQLite (the online backup API) and a fraction of a second on PostgreSQL (CREATE DATABASE
    ... TEMPLATE). On a server role that may not create databases, each test migrates instead.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: dict[bool, Path] = {}
        self._postgres: dict[bool, str | None] = {}

    def sqlite(self, target: Path, *, seeded: bool) -> None:
        if seeded not in self._sqlite:
            path = self._folder / ("seeded.sqlite3" if seeded else "empty.sqlite3")
            _make(f"sqlite:///{path}", seeded=seeded)
            self._sqlite[seeded] = path
        with sqlite3.connect(self._sqlite[seeded]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        source.close()
        copy.close()

    def postgres(self, url: str, *, seeded: bool) -> bool:
        """Recreate the test database from its template; False when the role cannot."""
        if seeded not in self._postgres:
            self._postgres[seeded] = _make_postgres_template(url, seeded=seeded)
        template = self._postgres[seeded]
        if template is None:
            return False
        _clone_postgres(url, template)
        return True


def _make(url: str, *, seeded: bool) -> None:
    database = initialize(url)[0] if seeded else open_database(url)
    database.dispose()


def _maintenance(url: str) -> Engine:
    return create_engine(
        make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )


def _make_postgres_template(url: str, *, seeded: bool) -> str | None:
    template = f"{make_url(url).database}__{'seeded' if seeded else 'empty'}_template"
    engine = _maintenance(url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{template}"'))
    except DBAPIError:
        return None
    finally:
        engine.dispose()
    _make(make_url(url).set(database=template).render_as_string(hide_password=False), seeded=seeded)
    return template


def _clone_postgres(url: str, template: str) -> None:
    name = make_url(url).database
    engine = _maintenance(url)
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> _Templates:
    return _Templates(tmp_path_factory.mktemp("templates"))


def _prepared(database_url: str, templates: _Templates, *, seeded: bool) -> Database:
    path = sqlite_path(database_url)
    if path is not None:
        templates.sqlite(path, seeded=seeded)
        return open_database(database_url)
    if templates.postgres(database_url, seeded=seeded):
        return open_database(database_url)
    return initialize(database_url)[0] if seeded else open_database(database_url)


@pytest.fixture
def empty_db(database_url: str, templates: _Templates) -> Iterator[Database]:
    database = _prepared(database_url, templates, seeded=False)
    yield database
    database.dispose()


@pytest.fixture
def seeded_db(database_url: str, templates: _Templates) -> Iterator[Database]:
    database = _prepared(database_url, templates, seeded=True)
    yield database
    database.dispose()


class MemoryKeyring:
    """A keyring held in a dict, so tests never touch the developer's own keyring."""

    def __init__(self) -> None:
        from keyring.backend import KeyringBackend

        class _Backend(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self, store: dict[tuple[str, str], str]) -> None:
                super().__init__()
                self.store = store

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                from keyring.errors import PasswordDeleteError

                if self.store.pop((service, username), None) is None:
                    raise PasswordDeleteError(username)

        self.passwords: dict[tuple[str, str], str] = {}
        self.backend = _Backend(self.passwords)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keyring replaced by one in memory for the test; `.passwords` shows it."""
    import keyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory.backend)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a keyring backend: keyring's own "fail" backend."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
