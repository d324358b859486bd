"""The command line, driven as a user would, through its entry point."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.cli import main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kztracker", *args], capture_output=True, text=True, timeout=120
    )


def test_init_then_list_json(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = database_url
    assert main(["--db", db, "init"]) == 0
    assert "seeded" in capsys.readouterr().out
    assert main(["--db", db, "init"]) == 0
    assert "nothing to seed" in capsys.readouterr().out
    assert main(["--db", db, "list", "milestones", "--json"]) == 0
    milestones = json.loads(capsys.readouterr().out)
    connected = [m for m in milestones if m["title"].startswith("ConnectED 2024")]
    assert connected and connected[0]["due"] in ("2024-10", "2024-10-17")
    assert isinstance(connected[0]["organizations"], list)


@pytest.mark.parametrize(
    "kind", ["memoranda", "partners", "people", "focus-areas", "milestones", "sources"]
)
def test_every_kind_lists_as_json(
    database_url: str, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    db = database_url
    main(["--db", db, "init"])
    capsys.readouterr()
    assert main(["--db", db, "list", kind, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(isinstance(row, dict) for row in rows)


def test_environment_variable_selects_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KZTRACKER_DATABASE_URL", str(tmp_path / "env.db"))
    assert main(["init"]) == 0
    assert (tmp_path / "env.db").exists()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("my notes\n")
    result = _run("--db", str(other), "list", "people")
    assert result.returncode != 0
    assert "not a kztracker database" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert other.read_text() == "my notes\n"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "foreign.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    result = _run("--db", str(path), "init")
    assert result.returncode != 0 and "not a kztracker database" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "bogus"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
        (["--db", "/no/such/folder/x.db", "init"], "does not exist"),
        (["--db", "postgresql+psycopg://u:secret@127.0.0.1:1/x", "init"], "cannot open database"),
        (["--db", "nosuchdialect://x", "init"], "cannot use nosuchdialect databases"),
    ],
)
def test_errors_are_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = _run(*args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_listing_a_missing_database_does_not_create_it(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "missing.db"), "list", "people")
    assert result.returncode != 0 and "kztracker init" in result.stderr
    assert not (tmp_path / "missing.db").exists()
