"""The command line speaks one vocabulary (issue 15, point 4): each case a new user met, its exit
status and the exact line they read."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kztracker.cli import main
from kztracker.commands import COMMANDS
from kztracker.db import Database, open_database
from kztracker.models import Memorandum, Organization

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def here(seeded_db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`--db` of a seeded database (a file or the test server), run from a folder of its own so
    messages name short paths."""
    monkeypatch.chdir(db_path.parent)
    return ["--db", str(db_path) if seeded_db.url.startswith("sqlite") else seeded_db.url]


def _memorandum_id(db: list[str], part: str) -> int:
    database = open_database(db[1], create=False)
    try:
        with database.session() as session:
            found = session.scalar(select(Memorandum.id).where(Memorandum.title.contains(part)))
    finally:
        database.dispose()
    assert found is not None
    return found


def test_an_export_to_a_name_that_is_not_xlsx_is_refused(here: list[str], capsys: Capture) -> None:
    assert main([*here, "export", "out.csv"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: out.csv: the summary is an Excel workbook; give a file name ending in .xlsx\n"
    )
    assert not Path("out.csv").exists()


def test_export_memorandum_takes_a_part_of_the_title_in_any_case(
    here: list[str], capsys: Capture
) -> None:
    assert main([*here, "export", "one.xlsx", "--memorandum", "astrazeneca"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wrote one.xlsx: 1 memorandum, ")
    assert "AstraZeneca Kazakhstan” and the records related to it." in out


def test_export_memorandum_takes_an_id(here: list[str], capsys: Capture) -> None:
    record_id = _memorandum_id(here, "Binance")
    assert main([*here, "export", "one.xlsx", "--memorandum", str(record_id)]) == 0
    assert "“Crypto School project with Binance”" in capsys.readouterr().out
    assert main([*here, "export", "one.xlsx", "--memorandum", "9999"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: no memorandum has id 9999; see kztracker list memoranda\n"
    )


def test_export_memorandum_lists_the_candidates_when_several_match(
    here: list[str], capsys: Capture
) -> None:
    ai, chain, course = (_memorandum_id(here, p) for p in ("Google", "Tether", "Coursera"))
    assert main([*here, "export", "one.xlsx", "--memorandum", "PARTNERSHIP"]) == 1
    assert capsys.readouterr().err == (
        f"kztracker: PARTNERSHIP matches 3 memoranda: "
        f"#{ai} 'AI and digital education partnerships with Google, NVIDIA a…'; "
        f"#{chain} Blockchain education partnership with Tether; "
        f"#{course} 'Course localisation partnerships with Coursera and BMG UpSk…'; "
        "give more of the title or the id\n"
    )
    assert main([*here, "export", "one.xlsx", "--memorandum", "Nope"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: no memorandum title contains Nope; see kztracker list memoranda\n"
    )


def test_import_names_a_missing_file_and_a_folder_for_what_they_are(
    here: list[str], capsys: Capture
) -> None:
    assert main([*here, "import", "missing.txt"]) == 1
    assert capsys.readouterr().err == "kztracker: missing.txt: no such file\n"
    Path("inbox").mkdir()
    assert main([*here, "import", "inbox", "--yes"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: inbox is a folder; choose the announcement files inside it\n"
    )


def test_import_without_dry_run_or_yes_explains_both(here: list[str], capsys: Capture) -> None:
    Path("note.txt").write_text("The university signed a memorandum with Tartu University.\n")
    assert main([*here, "import", "note.txt"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: nothing imported: add --dry-run to see the proposals, or --yes to apply "
        "them without review (or review them in the window: kztracker, then Import)\n"
    )


def test_a_short_english_note_is_read_as_english(here: list[str], capsys: Capture) -> None:
    Path("note.txt").write_text("MoU signed with KAIST.\n")
    assert main([*here, "import", "note.txt", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("note.txt: MoU signed with KAIST.\n")


def test_import_creates_and_seeds_a_database_that_does_not_exist_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("note.txt").write_text("The ministry signed a memorandum with Tartu Health College.\n")
    assert main(["--db", "fresh.sqlite", "import", "note.txt", "--yes"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"kztracker: created a new database at {tmp_path / 'fresh.sqlite'}, seeded as on the "
        "window's first start\n"
    )
    assert captured.out.startswith("note.txt: imported as ")
    database = open_database("fresh.sqlite", create=False)
    try:
        with database.session() as session:
            memoranda = session.scalar(select(func.count()).select_from(Memorandum))
            names = set(session.scalars(select(Organization.name)))
    finally:
        database.dispose()
    assert memoranda == 5  # the seed
    assert "Tartu Health College" in names


def test_list_shows_statuses_as_words_and_json_keeps_identifiers(
    here: list[str], capsys: Capture
) -> None:
    assert main([*here, "list", "milestones"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Foreign universities commit USD 66 million\t2024\tDone" in lines
    assert not any(line.endswith(("\tdone", "\tin_progress", "\tplanned")) for line in lines)
    assert main([*here, "list", "partners"]) == 0
    assert "AAALAC International\tInternational organization" in capsys.readouterr().out
    assert main([*here, "list", "milestones", "--json"]) == 0
    statuses = {row["status"] for row in json.loads(capsys.readouterr().out)}
    assert "done" in statuses and "Done" not in statuses


def test_history_takes_and_names_the_kinds_list_takes(here: list[str], capsys: Capture) -> None:
    assert main([*here, "history", "--kind", "organization-ish"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: unknown record kind 'organization-ish'; use one of: memoranda, partners, "
        "people, focus-areas, milestones, sources\n"
    )
    assert main([*here, "history", "--kind", "focus-areas"]) == 0
    records = {line.split("\t")[3].split(" #")[0] for line in capsys.readouterr().out.splitlines()}
    assert records == {"Focus area"}
    assert main([*here, "history", "--kind", "partners", "--limit", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["record_kind"] == "organization"


def test_copy_reports_record_kinds_not_tables(
    here: list[str], tmp_path: Path, capsys: Capture
) -> None:
    assert main([*here, "copy", "--to", str(tmp_path / "copy.sqlite")]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert "  Partners: 31" in lines and "  Partner aliases: 40" in lines
    assert "  Memoranda: 5" in lines and "  Source citations: 97" in lines
    assert not any("_" in line or "provenance" in line for line in lines)


def test_backup_to_an_existing_file_says_to_give_a_folder(here: list[str], capsys: Capture) -> None:
    Path("taken.sqlite3").write_text("mine\n")
    assert main([*here, "backup", "taken.sqlite3"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: taken.sqlite3 is a file; give a folder for the backup, or nothing to use "
        "the backups folder beside the database\n"
    )
    assert Path("taken.sqlite3").read_text() == "mine\n"


def test_an_unknown_database_dialect_says_what_to_use(capsys: Capture) -> None:
    assert main(["--db", "mysql://clerk:secret@localhost/tracker", "list", "memoranda"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: mysql://clerk:***@localhost/tracker: kztracker cannot use mysql databases; "
        "give an SQLite file (a path) or a PostgreSQL server (postgresql://user@host/name)\n"
    )


NAMES = [importlib.import_module(f"kztracker.commands.{m}").NAME for m in COMMANDS]


@pytest.mark.parametrize("command", [None, *NAMES])
def test_every_help_shows_an_example(command: str | None, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"] if command else ["--help"])
    assert exited.value.code == 0
    assert "\nexample: kztracker " in capsys.readouterr().out
