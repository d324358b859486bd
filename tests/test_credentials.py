"""A server's password is kept in the keyring or libpq's files, never in a URL that is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kztracker.connection import check_connection, connection_lost
from kztracker.credentials import (
    KeyringUnavailable,
    ServerSettings,
    display_url,
    in_pgpass,
    keyring_status,
    mask,
    password_source,
    save_password,
    stored_password,
    with_password,
    without_password,
)
from kztracker.errors import DatabaseOpenError
from kztracker.locations import resolve_url

SECRET = "Tulip:Steppe@2026"
TEAM = ServerSettings(host="db.ministry.example", port=5433, database="partners", user="aigerim")


def _password_of(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    return make_url(url).password  # type: ignore[return-value]


def test_the_url_kept_in_settings_has_no_password_and_reads_back_the_same() -> None:
    server = ServerSettings("db.ministry.example", 5433, "partners", "aigerim", "verify-full")
    assert server.url() == (
        "postgresql+psycopg://aigerim@db.ministry.example:5433/partners?sslmode=verify-full"
    )
    assert ServerSettings.from_url(server.url(SECRET)) == server
    assert SECRET not in server.url()


def test_a_password_taken_out_of_a_url_is_given_back_apart() -> None:
    url = ServerSettings(host="db", user="aigerim").url(SECRET)
    bare, password = without_password(url)
    assert password == SECRET
    assert bare == "postgresql+psycopg://aigerim@db/kztracker"
    assert without_password(bare) == (bare, None)


@pytest.mark.parametrize(
    "text",
    [
        "cannot open postgresql+psycopg://aigerim:{secret}@db.example/partners: refused",
        "host=db.example user=aigerim password={secret} dbname=partners",
        "PGPASSWORD={secret} pg_dump partners",
    ],
)
def test_masking_takes_the_password_out_of_any_message(text: str) -> None:
    secret = "hunter2-steppe"
    masked = mask(text.format(secret=secret))
    assert secret not in masked
    assert "***" in masked


def test_a_displayed_url_masks_even_a_password_with_an_at_sign() -> None:
    shown = display_url(TEAM.url(SECRET))
    assert "Tulip" not in shown and "2026" not in shown
    assert shown.startswith("postgresql+psycopg://aigerim:***@db.ministry.example")


def test_the_keyring_keeps_the_password_and_the_url_gets_it_only_to_connect(
    memory_keyring: object,
) -> None:
    assert keyring_status() is None
    save_password(TEAM, SECRET)
    assert stored_password(TEAM) == SECRET
    assert password_source(TEAM) == "keyring"
    assert _password_of(with_password(TEAM.url())) == SECRET
    # The command line's --db and KZTRACKER_DATABASE_URL go through the same lookup.
    assert _password_of(resolve_url(TEAM.url())) == SECRET
    save_password(TEAM, "")
    assert stored_password(TEAM) is None
    assert with_password(TEAM.url()) == TEAM.url()


def test_a_url_that_names_its_password_or_a_service_is_left_alone(memory_keyring: object) -> None:
    save_password(TEAM, SECRET)
    given = TEAM.url("typed-on-the-command-line")
    assert with_password(given) == given
    service = "postgresql+psycopg:///?service=kztracker"
    assert with_password(service) == service
    assert with_password("sqlite:///tracker.sqlite3") == "sqlite:///tracker.sqlite3"


def test_without_a_keyring_nothing_is_stored_and_saving_says_where_to_put_it(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert "no system keyring" in (keyring_status() or "")
    assert stored_password(TEAM) is None
    assert with_password(TEAM.url()) == TEAM.url()
    with pytest.raises(KeyringUnavailable) as raised:
        save_password(TEAM, SECRET)
    assert str(tmp_path / "pgpass") in str(raised.value)
    assert SECRET not in str(raised.value)


def test_libpq_password_file_lines_are_matched_with_wildcards_and_escapes(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert not in_pgpass(TEAM)
    pgpass.write_text(
        "# the team's server\n"
        "db.ministry.example:5433:other:aigerim:x\n"
        "db.ministry.example:*:partners:aigerim:pa\\:ss\n",
        encoding="utf-8",
    )
    assert in_pgpass(TEAM)
    assert password_source(TEAM) == "pgpass"
    assert not in_pgpass(ServerSettings(host="db.ministry.example", database="partners", user="x"))


@pytest.mark.parametrize(
    ("server", "problem"),
    [
        (ServerSettings(host="", user="aigerim"), "name the server"),
        (ServerSettings(host="db", database="", user="aigerim"), "name the database"),
        (ServerSettings(host="db", user=""), "name the user"),
        (ServerSettings(host="db", user="aigerim", sslmode="always"), "SSL mode"),
        (ServerSettings(host="db", user="aigerim"), None),
    ],
)
def test_a_form_with_a_field_missing_says_which(
    server: ServerSettings, problem: str | None
) -> None:
    found = server.problem()
    assert (found is None) if problem is None else (problem in (found or ""))


def test_a_failed_connection_says_why_without_the_password() -> None:
    # Port 1 on this machine refuses at once: no server listens there.
    url = ServerSettings(host="127.0.0.1", port=1, database="partners", user="aigerim").url(SECRET)
    with pytest.raises(DatabaseOpenError) as raised:
        check_connection(url, timeout=2)
    message = str(raised.value)
    assert "127.0.0.1" in message
    assert "Tulip" not in message and "Steppe" not in message
    assert "\n" not in message


def test_a_reachable_database_passes_the_check(database_url: str, empty_db: object) -> None:
    # On PostgreSQL when one is configured (KZTRACKER_TEST_POSTGRES_URL), on SQLite always.
    check_connection(database_url)


class _ServerGone(Exception):
    """Stands for psycopg's AdminShutdown: defined in a module named like the driver's."""


_ServerGone.__module__ = "psycopg.errors"


def test_a_lost_server_is_told_apart_from_a_locked_file() -> None:
    gone = OperationalError("SELECT 1", {}, _ServerGone("terminating connection"))
    invalidated = OperationalError("SELECT 1", {}, Exception("closed"), connection_invalidated=True)
    locked = OperationalError("UPDATE x", {}, Exception("database is locked"))
    assert connection_lost(gone)
    assert connection_lost(invalidated)
    assert not connection_lost(locked)
    assert not connection_lost(ValueError("no"))
