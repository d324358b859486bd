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
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from kztracker import resources
from kztracker.errors import DatabaseOpenError, ReadOnlyDatabaseError, masked, shown
from kztracker.i18n import _

if TYPE_CHECKING:
    # The ORM loads on the first session: a read in Core (`list --json`, the window's first
    # page) never pays for it, nor for the history hook and the model classes it brings.
    from sqlalchemy.orm import Session, sessionmaker

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
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                _(
                    "the data folder {folder} cannot be created ({error}); give a database "
                    "with --db or KZTRACKER_DATABASE_URL, or fix the folder's permissions"
                ).format(folder=shown(path.parent), error=exc.strerror)
            ) from exc
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
            ).format(value=shown(masked(value)))
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


def _sqlite_reader_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # No journal mode: setting one writes to the file, which a reader must never do.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# Seconds to wait for a server that does not answer before saying so.
CONNECT_TIMEOUT = 10


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine for `url`; with `read_only`, one that cannot change the database (a SQLite
    file opened by SQLite in read-only mode, read-only transactions on a server)."""
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
        path = sqlite_path(url)
        if read_only and path is not None:
            options["creator"] = functools.partial(_read_only, path)
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
        pragmas = _sqlite_reader_pragmas if read_only else _sqlite_pragmas
        event.listen(engine, "connect", pragmas)
    return engine


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before anything touches it."""
    if path.is_dir():
        raise DatabaseOpenError(
            _("{path} is a folder, not a database file").format(path=shown(path))
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseOpenError(
                _("folder {folder} does not exist; create it first").format(
                    folder=shown(path.parent)
                )
            )
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            _("cannot read {path}: {error}").format(path=shown(path), error=exc.strerror)
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            _(
                "{path} is not a kztracker database (not an SQLite file); choose another --db path"
            ).format(path=shown(path))
        )


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
        return _("no backup of it was found in {folder}").format(folder=shown(folder))
    return _(
        "the latest backup is {latest} (backups are in {folder}); `kztracker restore {latest}`"
    ).format(latest=shown(latest), folder=shown(folder))


def _with_hint(message: str, path: Path | None) -> str:
    """`message` and, for a SQLite file, where its backups are: two translated sentences."""
    if path is None:
        return message
    return f"{message}; {backup_hint(path)}"


def writable(path: Path) -> bool:
    """Whether this user may change the SQLite file: the file itself, and its folder, where
    SQLite keeps its journal (or WAL) files beside it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    # In a folder nobody may write, no one can be changing the file (its WAL could not be
    # created), and SQLite could not create the shared-memory file a WAL reader needs.
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)


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


def _kztracker_tables() -> set[str]:
    from kztracker.models import Base

    return {*Base.metadata.tables, "alembic_version", "sqlite_sequence"}


def _unfinished(tables: set[str], rows: Callable[[str], int]) -> bool:
    """A first start cut short before this app made it atomic: some of our tables, no
    revision and no row in any of them. It is completed, not called foreign."""
    if not tables or not tables <= _kztracker_tables():
        return False
    return all(rows(table) == 0 for table in tables)


def _probe_roots(connection: sqlite3.Connection, tables: set[str]) -> None:
    """Read the first row of every table: SQLite checks each root page it reads (its type,
    its cells' bounds) and raises "database disk image is malformed" on a bad one.

    With the schema read before it (which checks the header and that the file holds every
    page the header counts, so a truncated file fails there), this is the cheap check of
    every open: a few pages, whatever the size of the file.
    """
    for table in sorted(tables):
        # Every column, so the planner reads the table itself, not a smaller covering index.
        connection.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchall()


def _unusable_reason(path: Path, *, completing: bool, thorough: bool = True) -> str | None:
    """Why an existing file cannot be opened as this app's database, read without writing.

    `completing`: the caller may create and seed, so an unfinished first start is no reason.
    `thorough`: run SQLite's quick_check over every page first; without it only the header,
    the schema and each table's root page are read (see open_database's `integrity`).
    """
    if thorough:
        problem = sqlite_problem(path)
        if problem is not None:
            return _damaged(path, problem)
    try:
        connection = _read_only(path)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not thorough:
                _probe_roots(connection, tables)
            revisions = (
                [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
            unfinished = not revisions and _unfinished(
                tables,
                lambda table: int(
                    connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                ),
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _hot_journal(path):
            return _(
                "{path} holds a write that was cut short; run `kztracker init` (or open it in "
                "the window) to let SQLite undo it"
            ).format(path=shown(path))
        return _damaged(path, exc)
    if unfinished:
        if completing:
            return None
        return _(
            "{path} is a new database whose first start was interrupted; "
            "run `kztracker init` to complete it"
        ).format(path=shown(path))
    if tables and not revisions:
        return _("{where} holds other data, not a kztracker database; choose another --db").format(
            where=shown(path)
        )
    # Refused before anything opens it for writing, which would change a file from a newer
    # release (its journal mode) while refusing it.
    if revisions and revisions[0] != SCHEMA_HEAD and revisions[0] not in known_revisions():
        return _newer(shown(path), revisions[0])
    return None


def _damaged(path: Path, problem: object) -> str:
    # SQLite's own text runs over several lines ("*** in database main ***", then a line per
    # page); joined, without the banner, and cut short, it stays one line of a message.
    lines = [line.strip() for line in str(problem).splitlines()]
    found = "; ".join(line for line in lines if line and not line.startswith("***"))
    return _("{path} is damaged ({problem}) and was left as it is").format(
        path=shown(path), problem=shown(found or problem, limit=160).strip("'")
    )


def _newer(where: str, schema: str) -> str:
    return _("{where} was written by a newer kztracker (schema {schema}); update the app").format(
        where=where, schema=schema
    )


def _hot_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def _roll_back_interrupted_write(path: Path) -> None:
    """Let SQLite undo a write that was killed part-way (a hot rollback journal beside the file).

    A read-only connection cannot do that rollback ("attempt to write a readonly database"),
    so a file left by a killed first start looked damaged to the checks below. Only a caller
    that may write gets here; opening the file read-write is what makes SQLite restore it.
    """
    if not _hot_journal(path):
        return
    try:
        connection = sqlite3.connect(path, timeout=10)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return  # the checks that follow say what is wrong


def _check_sqlite_integrity(path: Path, *, completing: bool, thorough: bool = True) -> None:
    """Refuse a damaged, foreign or newer file before the engine (which sets WAL) touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if completing:
        _roll_back_interrupted_write(path)
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [companion for companion in companions if not companion.exists()]
    reason = _unusable_reason(path, completing=completing, thorough=thorough)
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
    # URL.set() leaves a None unchanged; the password is taken out of the tuple itself, so
    # that it never shows in pg_dump's arguments (which `ps` lists to every user).
    libpq = (
        parsed.set(drivername="postgresql")
        ._replace(password=None)
        .render_as_string(hide_password=False)
    )
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
    """An open database: its URL, engine and (made on first use) session factory.

    `read_only` is true when it was opened only to read, or when this user may not change it
    (a file or folder without write permission): the window says so, and writing commands
    refuse through `require_writable`.
    """

    url: str
    engine: Engine
    read_only: bool = False
    _factory: sessionmaker[Session] | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

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
        return self.engine.dialect.name == "sqlite"

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
        self.engine.dispose()


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
    `check_later`: the caller runs `integrity_problem` itself once it has shown something (the
    window, after its first paint), so the open reads only a few pages.

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
        _check_sqlite_file(path)
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
        _check_sqlite_integrity(
            path, completing=create and not read_only, thorough=not (read_only or check_later)
        )
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


def integrity_problem(database: Database) -> str | None:
    """What SQLite's quick_check finds wrong with the database's file, as the message an open
    would give (with the way back), or None when it is sound or not a file. Reads every page:
    run it off the UI thread."""
    path = sqlite_path(database.url)
    if path is None or not path.exists():
        return None
    problem = sqlite_problem(path)
    return None if problem is None else _with_hint(_damaged(path, problem), path)


def damage_met(path_or_url: str | None, error: BaseException) -> str | None:
    """The message for SQLite's own "damaged" error met while a command ran (the open reads
    only a few pages, so a damaged page deeper in a table is found by the query that reads it),
    with the way back; None when `error` is something else or the database is not a file."""
    code = str(getattr(error, "sqlite_errorname", ""))
    if not code.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return None
    path = sqlite_path(resolve_url(path_or_url))
    return None if path is None else _with_hint(_damaged(path, error), path)


def _sessions(bind: Engine | Connection) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    sessions = sessionmaker(bind, expire_on_commit=False)
    from kztracker.history import install as record_history

    record_history(sessions)
    return sessions


def _where(url: str) -> str:
    path = sqlite_path(url)
    return shown(path) if path is not None else _safe(url)


def writer_lock(connection: Connection) -> None:
    """Make this transaction the only writer until it ends, before it reads what it will
    decide on: two first starts then create and seed once, the second one waiting.

    SQLite: BEGIN IMMEDIATE, issued as the transaction's first statement (pysqlite itself
    begins only before a write). PostgreSQL: an advisory lock held to the transaction's end.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def read_snapshot(connection: Connection) -> None:
    """Make every read of this connection's transaction see one moment of the database.

    PostgreSQL: REPEATABLE READ. SQLite: a transaction begun before the first read and held
    (pysqlite would otherwise run each query in a moment of its own); call it first.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()


# pg_advisory_xact_lock's key for creating, upgrading and seeding: "kztr" in ASCII.
_LOCK_KEY = 0x6B7A7472


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _stored_revision(engine: Engine) -> str | None:
    """The schema revision the database records, read without loading Alembic (or None).

    A database that cannot be reached raises (DBAPIError); one without the table gives None."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
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
        raise DatabaseOpenError(_with_hint(_newer(where, revision), sqlite_path(url)))
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
            if not _unfinished(tables, lambda table: _rows(connection, table)):
                message = _(
                    "{where} holds other data, not a kztracker database; choose another --db"
                ).format(where=_where(url))
                raise DatabaseOpenError(_with_hint(message, path))
            for table in tables - {"sqlite_sequence"}:
                connection.exec_driver_sql(f'DROP TABLE "{table}"')
        known = {script.revision for script in scripts.walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseOpenError(_with_hint(_newer(_where(url), current), path))
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
    quoted = connection.dialect.identifier_preparer.quote(table)
    return int(connection.execute(text(f"SELECT count(*) FROM {quoted}")).scalar_one())
