"""A server password holding an @ not written as %40: refused before any connection, and no
part of the password shows (the URL parser would end it at the first @ and take the rest for
the server's name, which the driver's message then prints)."""

from __future__ import annotations

from pathlib import Path

from kztracker.errors import one_line
from tests.cli_process import run_cli


def test_an_at_in_the_password_is_named_and_no_part_of_it_shows(tmp_path: Path) -> None:
    url = "postgresql://kz:ab@Secret7@127.0.0.1:1/kztracker"
    result = run_cli(tmp_path, "--db", url, "list", "memoranda")
    assert (result.returncode, result.stderr) == (
        1,
        "kztracker: postgresql://kz:***@127.0.0.1:1/kztracker: the password holds an @; "
        "write each @ in it as %40\n",
    )
    log = (tmp_path / "log" / "kztracker.log").read_text()
    assert "Secret7" not in log


def test_any_message_hides_such_a_password_whole() -> None:
    shown = one_line("cannot open postgresql://kz:ab@Secret7@db.example.kz/kztracker: refused")
    assert shown == "cannot open postgresql://kz:***@db.example.kz/kztracker: refused"
