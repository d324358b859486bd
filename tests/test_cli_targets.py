"""What the command line says when the place to write is wrong: a file where a folder should
be, a calendar name that is no .ics, an output that cannot take the listing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.services.database import initialize
from tests.cli_process import run_cli


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("targets")
    database, _seeded = initialize(str(made / "tracker.sqlite3"))
    database.dispose()
    return made


@pytest.mark.parametrize("command", ["export", "calendar"])
def test_a_file_given_as_the_folder_is_named_a_file(folder: Path, command: str) -> None:
    notes = folder / "notes.txt"
    notes.write_text("Agenda of the visit.\n")
    target = notes / "sub" / ("out.xlsx" if command == "export" else "out.ics")
    result = run_cli(folder, "--db", str(folder / "tracker.sqlite3"), command, str(target))
    assert (result.returncode, result.stderr) == (
        1,
        f"kztracker: cannot write {target}: {notes} is a file, not a folder\n",
    )
    assert notes.read_text() == "Agenda of the visit.\n"


@pytest.mark.parametrize("name", ["milestones", "milestones.txt"])
def test_a_calendar_name_without_ics_is_refused_as_export_refuses_one(
    folder: Path, name: str
) -> None:
    result = run_cli(folder, "--db", str(folder / "tracker.sqlite3"), "calendar", name)
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        f"kztracker: {name}: the calendar is an iCalendar file; give a file name ending in .ics\n",
    )
    assert not (folder / name).exists()


def test_a_calendar_name_ending_in_ics_in_capitals_is_written(folder: Path) -> None:
    result = run_cli(folder, "--db", str(folder / "tracker.sqlite3"), "calendar", "PLAN.ICS")
    assert result.returncode == 0, result.stderr
    assert (folder / "PLAN.ICS").read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize("json", [[], ["--json"]])
def test_a_full_standard_output_is_named_as_the_standard_output(
    folder: Path, json: list[str]
) -> None:
    """`kztracker list memoranda > /dev/full`: the disk behind the output is full."""
    environment = {**os.environ, "KZTRACKER_LOG_DIR": str(folder / "log")}
    environment.pop("KZTRACKER_DATABASE_URL", None)
    command = [sys.executable, "-m", "kztracker", "--db", str(folder / "tracker.sqlite3")]
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*command, "list", "memoranda", *json],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=180,
            cwd=folder,
            env=environment,
        )
    assert (result.returncode, result.stderr) == (
        1,
        "kztracker: the standard output: the disk is full; free some space and try again\n",
    )
