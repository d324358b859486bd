"""Finding, opening, creating and upgrading the database.

SQLite is the default (one file in the platform's user data directory); a URL selects another
database, PostgreSQL for a team. A SQLite file that is behind is copied aside before upgrading.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kztracker import resources
from kztracker.errors import DatabaseOpenError
from kztracker.i18n import _

ENV_VAR = "KZTRACKER_DATABASE_URL"
# In a checkout, an installed wheel or a bundle alike (kztracker.resources says where).
MIGRATIONS_DIR = resources.migrations_dir()
SQLITE_HEADER = b"SQLite format 3\x00"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("kztracker", appauthor=False) / "kztracker.sqlite3"


def resolve_url(path_or_url: str | None) -> str:
    """A database URL from `--db`, the environment, or the default file, in that order."""
    value = path_or_url or os.environ.get(ENV_VAR)
    if not value:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in value:
        from kztracker.credentials import with_password

        # A server URL saved without its password gets the one kept in the system keyring.
        return with_password(value)
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def choose_location(given: str | None, saved: str | None) -> str | None:
    """The location to open: `--db`, else the environment variable, else the saved preference.

    None means "let resolve_url decide" (the environment or the default file).
    """
    if given:
        return given
    if os.environ.get(ENV_VAR):
        return None
    return saved.strip() if saved and saved.strip() else None


def location_problem(value: str) -> str | None:
    """Why a database location a user typed cannot work, in one sentence, or None if it can."""
    value = value.strip()
    if not value:
        return None
    if "://" in value:
        try:
            backend = make_url(value).get_backend_name()
        except (ArgumentError, ValueError):
            return _(
                "{value} is not a database URL; use postgresql+psycopg://user@host/database"
            ).format(value=repr(value))
        if backend not in ("sqlite", "postgresql"):
            return _(
                "{backend} databases are not supported; use a file or a PostgreSQL URL"
            ).format(backend=repr(backend))
        return None
    folder = Path(value).expanduser().resolve().parent
    if not folder.is_dir():
        return _("the folder {folder} does not exist; create it or choose another file").format(
            folder=folder
        )
    return None


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseOpenError(
            _("cannot use database {url}: {error}").format(url=_safe(url), error=exc)
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before anything touches it."""
    if path.is_dir():
        raise DatabaseOpenError(_("{path} is a folder, not a database file").format(path=path))
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseOpenError(
                _("folder {folder} does not exist; create it first").format(folder=path.parent)
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            _("cannot read {path}: {error}").format(path=path, error=exc.strerror)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            _(
                "{path} is not a kztracker database (not an SQLite file); choose another --db path"
            ).format(path=path)
        )


# The newest revision under migrations/versions; a test keeps it equal to Alembic's head, so a
# new revision must update it.
SCHEMA_HEAD = "0003"


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


def backup_directory(path: Path) -> Path:
    """Where a SQLite file's backups go: a `backups` folder beside it."""
    return path.parent / "backups"


def latest_backup(path: Path) -> Path | None:
    """The newest backup of this file: daily, by hand, or taken before an upgrade."""
    candidates = [
        *backup_directory(path).glob(f"{path.stem}-*.sqlite3"),
        *path.parent.glob(f"{path.name}.before-upgrade-*.bak"),
    ]
    return max(candidates, key=lambda found: found.stat().st_mtime, default=None)


def backup_hint(path: Path) -> str:
    """The sentence that points a user at the way back, for messages about a bad file."""
    latest = latest_backup(path)
    folder = backup_directory(path)
    if latest is None:
        return _("no backup of it was found in {folder}").format(folder=folder)
    return _(
        "the latest backup is {latest} (backups are in {folder}); `kztracker restore {latest}`"
    ).format(latest=latest, folder=folder)


def _with_hint(message: str, path: Path | None) -> str:
    """`message` and, for a SQLite file, where its backups are: two translated sentences."""
    if path is None:
        return message
    return f"{message}; {backup_hint(path)}"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=10)


def sqlite_problem(path: Path, check: str = "quick_check") -> str | None:
    """What SQLite's own check finds wrong with the file, or None when it is sound."""
    try:
        connection = _read_only(path)
        try:
            rows = connection.execute(f"PRAGMA {check}").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return str(rows[0][0]) if rows else _("the check gave no answer")


def _unusable_reason(path: Path) -> str | None:
    """Why an existing file cannot be opened as this app's database, read without writing."""
    problem = sqlite_problem(path)
    if problem is not None:
        return _("{path} is damaged ({problem}) and was left as it is").format(
            path=path, problem=problem
        )
    try:
        connection = _read_only(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return _("{path} is damaged ({problem}) and was left as it is").format(
            path=path, problem=exc
        )
    if tables and "alembic_version" not in tables:
        return _("{where} holds other data, not a kztracker database; choose another --db").format(
            where=path
        )
    # A newer tracker file is refused by the upgrade step, which reads the revisions anyway.
    return None


def _check_sqlite_integrity(path: Path) -> None:
    """Refuse a damaged or foreign file before the engine (which sets WAL) touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [companion for companion in companions if not companion.exists()]
    reason = _unusable_reason(path)
    if reason is None:
        return
    # A read-only look at a WAL file leaves empty companions behind; the refused file gets
    # back exactly the folder it had.
    for companion in absent:
        if companion.exists() and (companion.name.endswith("-shm") or not companion.stat().st_size):
            companion.unlink(missing_ok=True)
    raise DatabaseOpenError(_with_hint(reason, path))


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API, even while others write to it."""
    reader = _read_only(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            # A plain rollback-journal file: the copy is one self-contained file at rest.
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


def backup_sqlite(path: Path, suffix: str) -> Path:
    """A consistent copy beside the original."""
    target = path.with_name(f"{path.name}.{suffix}")
    copy_sqlite(path, target)
    return target


def pg_dump(url: str, directory: Path, name: str | None = None) -> Path:
    """A custom-format dump of a PostgreSQL database through pg_dump, into `directory`."""
    program = shutil.which("pg_dump")
    if program is None:
        raise DatabaseOpenError(
            _(
                "a PostgreSQL database is backed up with pg_dump, which is not installed here; "
                "install the PostgreSQL client tools or ask the server's administrator"
            )
        )
    parsed = make_url(url)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = directory / (name or f"{parsed.database or 'kztracker'}-{stamp}.dump")
    environment = dict(os.environ)
    if parsed.password:
        environment["PGPASSWORD"] = str(parsed.password)
    libpq = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    result = subprocess.run(
        [program, "--format=custom", f"--file={target}", libpq],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if result.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise DatabaseOpenError(_("pg_dump failed: {reason}").format(reason=reason))
    return target


@dataclass
class Database:
    """An open database: its URL, engine and session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    def session(self) -> Session:
        return self.sessions()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path_or_url: str | None = None, *, create: bool = True) -> Database:
    """Open (and if needed create or upgrade) the database. Raises DatabaseOpenError."""
    url = resolve_url(path_or_url)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        if not create and not path.exists():
            raise DatabaseOpenError(
                _("no database at {path}; run `kztracker init` first").format(path=path)
            )
        _check_sqlite_integrity(path)
    engine = make_engine(url)
    try:
        _upgrade_if_behind(engine, url, path)
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
        raise DatabaseOpenError(
            _("cannot open database {url}: {reason}").format(url=_safe(url), reason=exc)
        ) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    from kztracker.history import install as record_history

    record_history(sessions)
    return Database(url, engine, sessions)


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision the database records, read without loading Alembic (or None)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def _upgrade_if_behind(engine: Engine, url: str, path: Path | None) -> None:
    # Opening an up-to-date database is the common case: answer it with one query, since
    # importing Alembic and scanning its scripts costs a fifth of a second at every start.
    if _stored_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(url))
    tables = set(inspect(engine).get_table_names())
    current = current_revision(engine)
    head = scripts.get_current_head()
    if tables and current is None:
        message = _(
            "{where} holds other data, not a kztracker database; choose another --db"
        ).format(where=_safe(url))
        raise DatabaseOpenError(_with_hint(message, path))
    if current == head:
        return
    known = {script.revision for script in scripts.walk_revisions()}
    if current is not None and current not in known:
        message = _(
            "{where} was written by a newer kztracker (schema {schema}); update the app"
        ).format(where=_safe(url), schema=current)
        raise DatabaseOpenError(_with_hint(message, path))
    if path is not None and current is not None:
        backup_sqlite(path, f"before-upgrade-{current}.bak")
    elif current is not None and engine.dialect.name == "postgresql" and shutil.which("pg_dump"):
        # DDL is transactional on PostgreSQL, so a failed upgrade changes nothing; the dump is
        # for an upgrade that succeeds but is regretted. Without pg_dump it goes ahead.
        folder = default_database_path().parent / "backups"
        pg_dump(url, folder, f"{make_url(url).database}.before-upgrade-{current}.dump")
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
