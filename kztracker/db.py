"""Opening, creating and upgrading the database.

SQLite is the default (one file in the platform's user data directory); a URL selects another
database, PostgreSQL for a team. A SQLite file that is behind is copied aside before upgrading.

Where the database is (the default file, `--db`, the environment) is kztracker.locations, and
how each SQLite connection is set up (a writer's, a reader's) kztracker.sqlite_connections.
Three neighbours hold the rest, each loaded only when it is needed: kztracker.sqlite_checks
(a SQLite file refused before anything writes to it), kztracker.backups (the copy taken before
an upgrade, and where a refused file's backups are) and kztracker.transactions (the writer's
lock, the reader's snapshot).
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kztracker import resources
from kztracker.errors import DatabaseOpenError, ReadOnlyDatabaseError, masked, shown
from kztracker.i18n import _
from kztracker.locations import default_database_path, resolve_url, sqlite_path
from kztracker.sqlite_connections import reader_pragmas, sqlite_reader, writable, writer_pragmas
from kztracker.sqlite_file_guard import SqliteFileGuard

if TYPE_CHECKING:
    # The ORM loads on the first session: a read in Core (`list --json`, the window's first
    # page) never pays for it, nor for the history hook and the model classes it brings.
    # SQLAlchemy itself loads with the first engine: an up-to-date SQLite file opens through
    # the standard library, so the window exists before SQLAlchemy is imported (issue 18).
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

# In a checkout, an installed wheel or a bundle alike (kztracker.resources says where).
MIGRATIONS_DIR = resources.migrations_dir()


SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# Seconds to wait for a server that does not answer before saying so.
CONNECT_TIMEOUT = 10


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for `url`; with `read_only`, one that cannot change the database (a SQLite
    file opened by SQLite in read-only mode, read-only transactions on a server)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    options: dict[str, Any] = {}
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        if backend not in SUPPORTED_BACKENDS:
            # Not the driver's "No module named 'MySQLdb'": what kztracker works with.
            raise DatabaseOpenError(
                _(
                    "{url}: kztracker cannot use {backend} databases; give an SQLite file (a "
                    "path) or a PostgreSQL server (postgresql://user@host/name)"
                ).format(url=_safe(url), backend=backend)
            )
        if parsed.host and "@" in parsed.host:
            # An @ in the password not written as %40: the password would end at the first @,
            # and the driver would look for a server named after the rest of it.
            raise DatabaseOpenError(
                _("{url}: the password holds an @; write each @ in it as %40").format(
                    url=masked(url)
                )
            )
        path = sqlite_path(url)
        if read_only and path is not None:
            options["creator"] = functools.partial(sqlite_reader, path)
        if backend == "postgresql":
            # A server that restarted leaves dead connections in the pool: each is tested
            # before use and replaced. A wrong address fails after a while, not never.
            options["pool_pre_ping"] = True
            if "connect_timeout" not in parsed.query:
                options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT}
            if read_only:
                options["execution_options"] = {"postgresql_readonly": True}
        engine = create_engine(url, **options)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseOpenError(
            _("cannot use database {url}: {error}").format(url=_safe(url), error=exc)
        ) from exc
    if engine.dialect.name == "sqlite":
        pragmas = reader_pragmas if read_only else writer_pragmas
        event.listen(engine, "connect", pragmas)
    return engine


# The newest revision under migrations/versions; a test keeps it equal to Alembic's head, so a
# new revision must update it.
SCHEMA_HEAD = "0005"


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config(str(resources.alembic_ini()))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app can read (and upgrade from)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(script.revision for script in scripts.walk_revisions())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _kztracker_tables() -> set[str]:
    from kztracker.models import Base

    return {*Base.metadata.tables, "alembic_version", "sqlite_sequence"}


def first_start_unfinished(tables: set[str], rows: Callable[[str], int]) -> bool:
    """A first start cut short before this app made it atomic: some of our tables, no
    revision and no row in any of them. It is completed, not called foreign."""
    if not tables or not tables <= _kztracker_tables():
        return False
    return all(rows(table) == 0 for table in tables)


def newer_schema(where: str, schema: str) -> str:
    """The refusal of a database a later release wrote (`where` as the message shows it)."""
    return _("{where} was written by a newer kztracker (schema {schema}); update the app").format(
        where=where, schema=schema
    )


@dataclass
class Database:
    """An open database: its URL, engine and (made on first use) session factory.

    `read_only` is true when it was opened only to read, or when this user may not change it
    (a file or folder without write permission): the window says so, and writing commands
    refuse through `require_writable`.
    """

    url: str
    # None until asked for (`engine`): an up-to-date SQLite file is opened and checked through
    # the standard library, and SQLAlchemy loads with the first engine, after the first paint.
    _engine: Engine | None = field(default=None, repr=False)
    read_only: bool = False
    _factory: sessionmaker[Session] | None = field(default=None, init=False, repr=False)
    # Reentrant: the session factory asks for the engine while holding it.
    _lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)
    # A SQLite file's identity as opened: work on a file deleted, moved or replaced since is
    # refused, not written where no one will find it (kztracker.sqlite_file_guard).
    _file_guard: SqliteFileGuard | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        path = sqlite_path(self.url)
        if path is not None:
            self._file_guard = SqliteFileGuard(path)
            if self._engine is not None:
                self._file_guard.install(self._engine)

    @property
    def engine(self) -> Engine:
        """The engine, made the first time it is asked for (on a worker, for the window)."""
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self.url, read_only=self.read_only)
                if self._file_guard is not None:
                    self._file_guard.install(self._engine)
            return self._engine

    def check_file(self) -> None:
        """Raise DatabaseFileGone when the SQLite file is no longer the one opened; for work
        that reads the file without the engine (kztracker.first_read)."""
        if self._file_guard is not None:
            self._file_guard.check()

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, with the history hook, built the first time it is asked for:
        importing the ORM, the model classes and kztracker.history costs a fifth of a second,
        which a command or a first page that reads through Core never needs."""
        with self._lock:  # the window's workers may ask first, two at once
            if self._factory is None:
                self._factory = _sessions(self.engine)
            return self._factory

    def session(self) -> Session:
        return self.sessions()

    @property
    def is_sqlite(self) -> bool:
        if self._engine is None:  # asked without making the engine: the URL's scheme says it
            return self.url.split(":", 1)[0].split("+", 1)[0] == "sqlite"
        return self._engine.dialect.name == "sqlite"

    def require_writable(self) -> None:
        """Raise ReadOnlyDatabaseError when changes cannot be saved in this database."""
        if self.read_only:
            raise ReadOnlyDatabaseError(
                _(
                    "{where} can only be read here (the file or its folder is read-only); "
                    "nothing was changed — copy it to a folder you may write to, or ask for access"
                ).format(where=_where(self.url))
            )

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


# Runs once, inside the transaction that creates a new database, before anyone else sees it.
Prepare = Callable[["Session"], object]


def open_database(
    path_or_url: str | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    prepare: Prepare | None = None,
    check_later: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) the database. Raises DatabaseOpenError.

    `read_only` opens it only to read: nothing is created, upgraded or written. A SQLite file
    this user may not write opens read-only too (see Database.read_only), never as damaged.
    `prepare` fills a database this call creates (the seed), in the transaction that creates
    it: a first start cut short leaves no half-made database, and two at once do the work once.
    `check_later`: the caller runs `sqlite_checks.integrity_problem` itself once it has shown
    something (the window, after its first paint), so the open reads only a few pages.

    A SQLite file's every open reads its header, its schema and each table's root page, which
    refuses a file that is not SQLite, truncated, or damaged where every query passes: a few
    pages, whatever its size. SQLite's quick_check reads every page (0.6 s of a start on a
    million milestones), so it runs where it protects most: before an open that may write
    (writing into a damaged b-tree spreads the damage), and in the window's background after
    its first paint. A reader that meets a damaged page later gets SQLite's own refusal, and
    changes nothing.
    """
    url = resolve_url(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        from kztracker import sqlite_checks

        sqlite_checks.check_file(path)
        exists = path.exists()
        if not exists and not (create and not read_only):
            raise DatabaseOpenError(
                _("no database at {path}; run `kztracker init` first").format(path=shown(path))
            )
        if exists and not path.stat().st_size and not (create and not read_only):
            raise DatabaseOpenError(
                _(
                    "{path} is an empty file, not a kztracker database yet; "
                    "`kztracker init` makes one of it, or choose another --db"
                ).format(path=shown(path))
            )
        if not writable(path):
            if not exists:
                raise DatabaseOpenError(
                    _(
                        "cannot create {path}: the folder may not be written; choose another "
                        "place with --db or ask for access"
                    ).format(path=shown(path))
                )
            read_only = True
        sqlite_checks.check_integrity(
            path, completing=create and not read_only, thorough=not (read_only or check_later)
        )
        # The common open, an up-to-date file, asks the same one question the engine would
        # (_stored_revision) through the standard library; anything else goes the engine's way.
        if exists and _plain_revision(path, read_only) == SCHEMA_HEAD:
            return Database(url, read_only=read_only)
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    engine = make_engine(url, read_only=read_only)
    try:
        if read_only:
            _check_readable(engine, url)
        else:
            _upgrade_if_behind(engine, url, path, prepare)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseOpenError(
            _("cannot open database {url}: {reason}").format(url=_safe(url), reason=reason)
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseOpenError(
            _("cannot open database {url}: {reason}").format(url=_safe(url), reason=reason)
        ) from exc
    return Database(url, engine, read_only=read_only)


def _sessions(bind: Engine | Connection) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    sessions = sessionmaker(bind, expire_on_commit=False)
    from kztracker.history import install as record_history

    record_history(sessions)
    return sessions


def _where(url: str) -> str:
    path = sqlite_path(url)
    return shown(path) if path is not None else _safe(url)


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision the database records, read without loading Alembic (or None).

    A database that cannot be reached raises (DBAPIError); one without the table gives None."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _plain_revision(path: Path, read_only: bool) -> str | None:
    """The revision a SQLite file records, read through the standard library as the engine
    would read it (a reader's connection when `read_only`), or None when it cannot say."""
    try:
        connection = sqlite_reader(path) if read_only else sqlite3.connect(path, timeout=10)
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _check_readable(engine: Engine, url: str) -> None:
    """Refuse, without writing, a database a reader cannot use as it is."""
    revision = _stored_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    where = _where(url)
    if revision is None:
        message = _(
            "{where} holds no kztracker database yet; run `kztracker init` to create it"
        ).format(where=where)
    elif revision not in known_revisions():
        # Only here is a way back worth naming: the file is not this release's to change.
        from kztracker.backups import with_backup_hint

        raise DatabaseOpenError(with_backup_hint(newer_schema(where, revision), sqlite_path(url)))
    else:
        message = _(
            "{where} was written by an older kztracker; run `kztracker init` to upgrade it"
        ).format(where=where)
    raise DatabaseOpenError(message)


def _upgrade_if_behind(
    engine: Engine, url: str, path: Path | None, prepare: Prepare | None
) -> None:
    # Opening an up-to-date database is the common case: answer it with one query, since
    # importing Alembic and scanning its scripts costs a fifth of a second at every start.
    if _stored_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect
    from sqlalchemy.engine import make_url

    from kztracker.backups import backup_sqlite, pg_dump, with_backup_hint
    from kztracker.transactions import writer_lock

    scripts = ScriptDirectory.from_config(alembic_config(url))
    head = scripts.get_current_head()
    # One transaction creates, upgrades and seeds, as the only writer: a start killed part-way
    # leaves the database as it was, and a second start waits here, then finds it done.
    with engine.connect() as connection, connection.begin():
        writer_lock(connection)
        tables = set(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return
        created = current is None
        if tables and created:
            if not first_start_unfinished(tables, lambda table: _rows(connection, table)):
                message = _(
                    "{where} holds other data, not a kztracker database; choose another --db"
                ).format(where=_where(url))
                raise DatabaseOpenError(with_backup_hint(message, path))
            for table in tables - {"sqlite_sequence"}:
                connection.exec_driver_sql(f'DROP TABLE "{table}"')
        known = {script.revision for script in scripts.walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseOpenError(with_backup_hint(newer_schema(_where(url), current), path))
        if path is not None and current is not None:
            backup_sqlite(path, f"before-upgrade-{current}.bak")
        elif (
            current is not None and engine.dialect.name == "postgresql" and shutil.which("pg_dump")
        ):
            # DDL is transactional on PostgreSQL, so a failed upgrade changes nothing; the dump
            # is for an upgrade that succeeds but is regretted. Without pg_dump it goes ahead.
            folder = default_database_path().parent / "backups"
            pg_dump(url, folder, f"{make_url(url).database}.before-upgrade-{current}.dump")
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if created and prepare is not None:
            with _sessions(connection)() as session:
                prepare(session)
                session.flush()


def _rows(connection: Connection, table: str) -> int:
    from sqlalchemy import text

    quoted = connection.dialect.identifier_preparer.quote(table)
    return int(connection.execute(text(f"SELECT count(*) FROM {quoted}")).scalar_one())
