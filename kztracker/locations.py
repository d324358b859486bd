"""Where the database is: the default file in the platform's user data folder, the URL from
`--db` or KZTRACKER_DATABASE_URL, the saved choice, and what a typed location means. Nothing
here opens a database (kztracker.db does)."""

from __future__ import annotations

import os
from pathlib import Path

from kztracker.errors import DatabaseOpenError, masked, shown
from kztracker.i18n import _, quoted

ENV_VAR = "KZTRACKER_DATABASE_URL"


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
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            backend = make_url(value).get_backend_name()
        except (ArgumentError, ValueError):
            return _(
                "{value} is not a database URL; use postgresql+psycopg://user@host/database"
            ).format(value=shown(masked(value)))
        if backend not in ("sqlite", "postgresql"):
            return _(
                "{backend} databases are not supported; use a file or a PostgreSQL URL"
            ).format(backend=quoted(backend))
        return None
    folder = Path(value).expanduser().resolve().parent
    if not folder.is_dir():
        return _("the folder {folder} does not exist; create it or choose another file").format(
            folder=folder
        )
    return None


# A SQLite URL the standard library reads as SQLAlchemy would: the file's path follows
# "sqlite:///" as it is (no %-escapes, no query to read). Others go through make_url.
_PLAIN_SQLITE = "sqlite:///"


def sqlite_path(url: str) -> Path | None:
    if url.startswith(_PLAIN_SQLITE) and not any(sign in url for sign in "%?"):
        database = url[len(_PLAIN_SQLITE) :]
        return Path(database) if database and database != ":memory:" else None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)
