"""A server's connection: trying one before it is saved, and telling a lost one from other errors.

Both faces use these: the window's Test connection button and its start-up dialog, and the
retry offered when a server went away while the window was open.
"""

from __future__ import annotations

import sys

from kztracker.credentials import display_url, mask
from kztracker.errors import DatabaseOpenError
from kztracker.i18n import _

# Seconds to wait for a server that does not answer (a wrong address, a firewall).
CONNECT_TIMEOUT = 5


def first_line(error: BaseException) -> str:
    """The driver's own reason, one line, with any password masked."""
    from sqlalchemy.exc import DBAPIError

    reason = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    lines = [line.strip() for line in str(reason).splitlines() if line.strip()]
    return mask(lines[0] if lines else type(reason).__name__)


def check_connection(url: str, timeout: int = CONNECT_TIMEOUT) -> None:
    """Connect once and ask the server one question. Raises DatabaseOpenError saying why not."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError
    from sqlalchemy.pool import NullPool

    try:
        # libpq's own timeout; SQLite opens a file and has none to give.
        server = make_url(url).get_backend_name() == "postgresql"
        arguments = {"connect_timeout": timeout} if server else {}
        engine = create_engine(url, poolclass=NullPool, connect_args=arguments)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise DatabaseOpenError(
            _("cannot use database {url}: {error}").format(
                url=display_url(url), error=mask(str(exc))
            )
        ) from exc
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise DatabaseOpenError(
            _("cannot open database {url}: {reason}").format(
                url=display_url(url), reason=first_line(exc)
            )
        ) from exc
    finally:
        engine.dispose()


def connection_lost(error: BaseException) -> bool:
    """True when `error` means the server went away (restarted, network down), not a bad query.

    SQLite reports a locked file as an OperationalError too; only a driver that talks to a
    server over a connection counts here.
    """
    # Only SQLAlchemy raises DBAPIError: before it is loaded (the window's start), none can be
    # the error here, and asking must not import it.
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(error, errors.DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    driver = type(error.orig).__module__ if error.orig is not None else ""
    return isinstance(error, errors.OperationalError) and driver.startswith("psycopg")


def database_busy(error: BaseException) -> bool:
    """True when a SQLite file stayed locked by another program past the busy timeout (an
    import running in another process, a database tool holding a transaction open).

    The same work succeeds once the other program is done, so it is worth trying again; it is
    no fault of kztracker's. Raised through SQLAlchemy (wrapped) or the standard library's
    reads (kztracker.first_read) alike.
    """
    import sqlite3

    errors = sys.modules.get("sqlalchemy.exc")
    if errors is not None and isinstance(error, errors.DBAPIError):
        error = error.orig if error.orig is not None else error
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF  # the primary code, without its extension
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
