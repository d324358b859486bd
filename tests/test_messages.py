"""Every refusal is one line on stderr, exactly: names escaped and shortened, operating-system
errors in a sentence of their own, library chatter in the log file, passwords masked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kztracker import cli
from kztracker.errors import one_line, shown
from tests.cli_process import run_cli


def _cli(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_cli(cwd, *args, **env)


def _refused(result: subprocess.CompletedProcess[str], line: str, status: int = 1) -> None:
    assert (result.returncode, result.stdout, result.stderr) == (status, "", line + "\n")


def test_a_garbage_pdf_is_one_line_and_pypdf_speaks_only_to_the_log(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"garbage %PDF not really\x00\x01")
    result = _cli(tmp_path, "import", "bad.pdf", "--dry-run")
    _refused(
        result,
        "kztracker: bad.pdf is a damaged PDF file (Stream has ended unexpectedly); save it again",
    )
    assert "EOF marker not found" in (tmp_path / "log" / "kztracker.log").read_text()


def test_a_name_holding_a_newline_cannot_forge_a_second_message(tmp_path: Path) -> None:
    result = _cli(tmp_path, "import", "a\nkztracker: x.txt", "--dry-run")
    _refused(result, "kztracker: 'a\\nkztracker: x.txt': no such file")


def test_a_folder_given_to_import_is_called_a_folder(tmp_path: Path) -> None:
    (tmp_path / "letters").mkdir()
    result = _cli(tmp_path, "import", "letters", "--dry-run")
    _refused(result, "kztracker: letters is a folder; choose the announcement files inside it")


def test_a_huge_argument_is_shortened(tmp_path: Path) -> None:
    result = _cli(tmp_path, "list", "x" * 100_000)
    kinds = "'memoranda', 'partners', 'people', 'focus-areas', 'milestones', 'sources'"
    _refused(
        result,
        f"kztracker: argument KIND: invalid choice: '{'x' * 198}… (choose from {kinds}) "
        "(see kztracker --help)",
        status=2,
    )


def test_a_file_name_too_long_gets_its_own_sentence(tmp_path: Path) -> None:
    name = "y" * 300 + ".txt"
    result = _cli(tmp_path, "import", name, "--dry-run")
    _refused(
        result,
        f"kztracker: '{'y' * 199}…': the file name is too long; use a shorter name or path",
    )


def test_a_31_digit_record_id_is_not_a_record_id(tmp_path: Path) -> None:
    number = "1234567890123456789012345678901"
    result = _cli(tmp_path, "history", "--record", number)
    _refused(
        result,
        f"kztracker: argument --record: {number} is not a record id (a whole number from 1 to "
        "9223372036854775807) (see kztracker --help)",
        status=2,
    )
    result = _cli(
        tmp_path, "--db", str(tmp_path / "x.sqlite3"), "history", "restore", "memo", number
    )
    assert result.returncode == 2 and "is not a record id" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_damaged_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    assert _cli(tmp_path, "--db", str(path), "init").returncode == 0
    data = bytearray(path.read_bytes())
    data[8192:24576] = b"\x00\xffBAD!" * (16384 // 6) + b"\x00" * (16384 % 6)
    path.write_bytes(bytes(data))
    result = _cli(tmp_path, "--db", str(path), "list", "people")
    _refused(
        result,
        f"kztracker: {path} is damaged (database disk image is malformed) and was left as it "
        f"is; no backup of it was found in {tmp_path / 'backups'}",
    )


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    result = _cli(tmp_path, "list", "people", XDG_DATA_HOME=str(tmp_path / "file"))
    _refused(
        result,
        f"kztracker: the data folder {tmp_path / 'file' / 'kztracker'} cannot be created (Not a "
        "directory); give a database with --db or KZTRACKER_DATABASE_URL, or fix the folder's "
        "permissions",
    )


def test_a_server_password_never_shows(tmp_path: Path) -> None:
    url = "postgresql+psycopg://bob:s3cret@127.0.0.1:1/tracker"
    for command in (["list", "people"], ["init"], ["export", "x.xlsx"], ["backup"]):
        result = _cli(tmp_path, "--db", url, *command)
        assert result.returncode == 1
        assert result.stderr.startswith(
            "kztracker: cannot open database postgresql+psycopg://bob:***@127.0.0.1:1/tracker: "
        )
        assert "s3cret" not in result.stderr + result.stdout
        assert len(result.stderr.splitlines()) == 1
    assert "s3cret" not in (tmp_path / "log" / "kztracker.log").read_text()


def test_an_unexpected_error_names_the_log_and_debug_shows_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KZTRACKER_LOG_DIR", str(tmp_path / "log"))
    modules = cli._command_modules()

    def broken(_args: object) -> int:
        raise RuntimeError("a bug\nwith two lines")

    monkeypatch.setattr(modules["list"], "run", broken)
    assert cli.main(["list", "people"]) == 1
    log = tmp_path / "log" / "kztracker.log"
    captured = capsys.readouterr()
    assert captured.err == (
        f"kztracker: unexpected error: RuntimeError: a bug\\nwith two lines; the details are in "
        f"{log}\n"
    )
    assert "Traceback" in log.read_text() and 'raise RuntimeError("a bug' in log.read_text()
    assert cli.main(["--debug", "list", "people"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_shown_and_one_line() -> None:
    assert shown("report.pdf") == "report.pdf"
    assert shown("/data/\u2028x") == "'/data/\\u2028x'"
    assert shown("/" + "d" * 300) == "'…" + "d" * 199 + "'"
    assert one_line("a\r\nb postgres://u:pw@h/d") == "a\\r\\nb postgres://u:***@h/d"


def test_a_database_error_mid_command_is_its_own_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    monkeypatch.setenv("KZTRACKER_LOG_DIR", str(tmp_path / "log"))
    modules = cli._command_modules()
    lost = Exception("server closed the connection unexpectedly\nThis probably means...")

    def interrupted(_args: object) -> int:
        raise OperationalError("SELECT 1", {}, lost)

    monkeypatch.setattr(modules["list"], "run", interrupted)
    assert cli.main(["list", "people"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: the database stopped the command (server closed the connection "
        "unexpectedly); nothing more was done — try again, and if it persists send "
        f"{tmp_path / 'log' / 'kztracker.log'}\n"
    )


def test_pg_dump_gets_the_password_from_its_environment_never_its_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kztracker import backups

    seen: dict[str, object] = {}

    def fake_run(argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen["argv"], seen["env"] = argv, kwargs["env"]
        return subprocess.CompletedProcess(argv, 0, "", "")

    monkeypatch.setattr(backups.shutil, "which", lambda _name: "/usr/bin/pg_dump")
    monkeypatch.setattr(backups.subprocess, "run", fake_run)
    backups.pg_dump("postgresql+psycopg://bob:s3cret@db.example:5432/tracker", tmp_path)
    argv = seen["argv"]
    assert isinstance(argv, list) and not any("s3cret" in part for part in argv)
    assert "postgresql://bob@db.example:5432/tracker" in argv
    env = seen["env"]
    assert isinstance(env, dict) and env["PGPASSWORD"] == "s3cret"


def test_operating_system_refusals_get_their_own_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import os

    monkeypatch.setenv("KZTRACKER_LOG_DIR", str(tmp_path / "log"))
    modules = cli._command_modules()
    cases = {
        errno.EACCES: "kztracker: /srv/out/report.xlsx: permission denied; choose a place you "
        "may write to or ask for access",
        errno.EISDIR: "kztracker: /srv/out/report.xlsx is a folder; give a file",
        errno.ENOSPC: "kztracker: /srv/out/report.xlsx: the disk is full; free some space and "
        "try again",
    }
    for code, line in cases.items():

        def refused(_args: object, code: int = code) -> int:
            raise OSError(code, os.strerror(code), "/srv/out/report.xlsx")

        monkeypatch.setattr(modules["export"], "run", refused)
        assert cli.main(["export", "report.xlsx"]) == 1
        assert capsys.readouterr().err == line + "\n"


def test_a_location_that_is_not_a_url_keeps_its_password_hidden() -> None:
    from kztracker.locations import location_problem

    assert location_problem("postgresql+psycopg://bob:s3cret@host:port/db") == (
        "postgresql+psycopg://bob:***@host:port/db is not a database URL; "
        "use postgresql+psycopg://user@host/database"
    )
