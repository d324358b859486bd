"""A team server's connection: the URL without its password, and the password kept safe.

What the user chose (host, port, database, user, SSL mode) is kept as a URL without a password
in the window's settings. The password lives in the system keyring (Windows Credential Locker,
macOS Keychain, Secret Service on Linux) or in libpq's own places (`~/.pgpass`, a service file),
which libpq reads by itself when a URL carries no password. Nothing here prints a password, and
`mask` takes one out of any text before it is shown or logged.

A machine may have no keyring at all (keyring's "fail" backend): every function here then
answers as if no password were stored, and `keyring_status` says why, never raising.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from kztracker.errors import KztrackerError
from kztracker.i18n import _, quoted

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kztracker"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
# libpq's sslmode values, from the least to the most careful.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSL_MODE = "prefer"


class KeyringUnavailable(KztrackerError):
    """The system has no keyring the password could be kept in."""


@dataclass(frozen=True)
class ServerSettings:
    """Where a team's PostgreSQL server is and who connects: everything but the password."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = "kztracker"
    user: str = ""
    sslmode: str = DEFAULT_SSL_MODE

    @classmethod
    def from_url(cls, url: str) -> ServerSettings:
        """The settings a PostgreSQL URL names (its password, if any, is left out)."""
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        sslmode = parsed.query.get("sslmode", DEFAULT_SSL_MODE)
        return cls(
            host=parsed.host or "",
            port=parsed.port or DEFAULT_PORT,
            database=parsed.database or "",
            user=parsed.username or "",
            sslmode=sslmode if isinstance(sslmode, str) else sslmode[0],
        )

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL; with `password` only for handing to the engine, never to show."""
        from sqlalchemy.engine import URL

        query = {} if self.sslmode == DEFAULT_SSL_MODE else {"sslmode": self.sslmode}
        built = URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port if self.port != DEFAULT_PORT else None,
            database=self.database or None,
            query=query,
        )
        return built.render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        """The name the password is filed under in the keyring: one per user and server."""
        return f"{self.user}@{self.host or 'localhost'}:{self.port}"

    def problem(self) -> str | None:
        """What is missing for a connection, in one sentence, or None."""
        if not self.host.strip():
            return _("name the server (its host name or address)")
        if not self.database.strip():
            return _("name the database on the server")
        if not self.user.strip():
            return _("name the user to connect as")
        if self.sslmode not in SSL_MODES:
            return _("{mode} is not an SSL mode libpq knows").format(mode=quoted(self.sslmode))
        return None


def is_server_url(value: str | None) -> bool:
    """True for a PostgreSQL URL (a server), False for a file, a SQLite URL or nothing."""
    if not value or "://" not in value:
        return False
    if value.strip().startswith(("sqlite://", "sqlite+")):
        return False  # the window's start asks this of a file's URL before SQLAlchemy loads
    return _backend(value.strip()) == "postgresql"


def _backend(url: str) -> str | None:
    """The backend a URL names (postgresql, sqlite, ...), or None for no valid URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).get_backend_name()
    except (ArgumentError, ValueError):
        return None


def without_password(url: str) -> tuple[str, str | None]:
    """The URL with its password taken out, and that password (None when it had none)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return url, None
    if parsed.password is None:
        return url, None
    # URL.set() takes None as "keep", so the password is dropped through _replace.
    bare = parsed._replace(password=None).render_as_string(hide_password=False)
    return bare, str(parsed.password)


# -- masking ----------------------------------------------------------------------------------

_MASK = "***"
# user:password@ inside any URL in a text; the password ends at the last @ before the host.
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^\s:/@]*:)(?P<secret>[^\s]*)@", re.I)
# password=... in libpq connection strings and the PGPASSWORD variable.
_KEYWORD_PASSWORD = re.compile(
    r"(?P<head>\b(?:password|pgpassword)\s*=\s*)(?P<secret>'[^']*'|\S+)", re.I
)


def mask(text: str) -> str:
    """`text` with every password in a URL or a connection string replaced by ***."""
    text = _URL_PASSWORD.sub(lambda match: f"{match['head']}{_MASK}@", text)
    return _KEYWORD_PASSWORD.sub(lambda match: f"{match['head']}{_MASK}", text)


def display_url(url: str) -> str:
    """A URL as a user may see it: with *** for its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return mask(url)


# -- the keyring ------------------------------------------------------------------------------


def keyring_status() -> str | None:
    """Why passwords cannot be kept in a keyring here, in one sentence, or None when they can."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return _("the keyring library is not installed")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken backend configuration must not stop a start
        log.warning("no usable keyring backend", exc_info=exc)
        return _("the system keyring cannot be reached ({error})").format(error=exc)
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) < 0:
        return _("this computer has no system keyring (such as Secret Service or KWallet)")
    return None


def keyring_name() -> str:
    """The keyring in use, for a sentence such as "kept in Secret Service"."""
    import keyring

    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))


def stored_password(server: ServerSettings) -> str | None:
    """The password the keyring holds for this user on this server, or None."""
    if keyring_status() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring means "not stored"
        log.warning("the keyring could not be read: %s", type(exc).__name__)
        return None


def save_password(server: ServerSettings, password: str) -> None:
    """Keep the password in the keyring; an empty one forgets it. Raises KeyringUnavailable."""
    reason = keyring_status()
    if reason is not None:
        raise KeyringUnavailable(
            _("the password was not saved: {reason}; put it in {pgpass} instead").format(
                reason=reason, pgpass=pgpass_path()
            )
        )
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
        else:
            keyring.delete_password(KEYRING_SERVICE, server.keyring_user)
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise KeyringUnavailable(
            _("the password was not saved: the keyring refused it ({error})").format(
                error=type(exc).__name__
            )
        ) from exc


# -- libpq's own places -----------------------------------------------------------------------


def pgpass_path() -> Path:
    """Where libpq looks for passwords: PGPASSFILE, else its platform's default file."""
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "~")).expanduser() / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_fields(line: str) -> list[str]:
    """The colon-separated fields of one .pgpass line, with libpq's backslash escapes."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def in_pgpass(server: ServerSettings) -> bool:
    """True when libpq's password file has a line for this user, server and database."""
    try:
        lines = pgpass_path().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    wanted = [server.host or "localhost", str(server.port), server.database, server.user]
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _pgpass_fields(line)
        if len(fields) < 5:
            continue
        if all(field in ("*", value) for field, value in zip(fields[:4], wanted, strict=True)):
            return True
    return False


def password_source(server: ServerSettings) -> str | None:
    """Where the password would come from: "keyring", "pgpass", or None when nowhere."""
    if stored_password(server):
        return "keyring"
    if in_pgpass(server):
        return "pgpass"
    return None


# -- building the URL the engine opens --------------------------------------------------------


def with_password(url: str) -> str:
    """The URL to hand to the engine: a server URL gets the keyring's password when it has none.

    A URL that carries a password, names a libpq service, or has no password stored for it is
    returned as it is; libpq then reads `.pgpass` or the service file by itself.
    """
    if not is_server_url(url):
        return url
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.password is not None or "service" in parsed.query or not parsed.username:
        return url
    password = stored_password(ServerSettings.from_url(url))
    if not password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
