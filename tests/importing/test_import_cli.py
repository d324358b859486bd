"""`kztracker import`: from a file to JSON proposals, and to applied records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.cli import main
from kztracker.db import open_database
from kztracker.models import Memorandum, Milestone, Organization, Source

ANNOUNCEMENT = (
    "Astana, 12 March 2025. The Ministry of Science and Higher Education of the Republic of "
    "Kazakhstan and the Caspian Institute of Marine Biology signed a memorandum of "
    "understanding on marine research. Nazarbayev University will host the joint laboratory. "
    "Minister Sayasat Nurbek said the first joint expedition will take place in 2026.\n"
)
SECOND = (
    "Almaty, 2 June 2025. Al-Farabi Kazakh National University and the Tian Shan Glacier "
    "Observatory agreed to share climate data. Rector Zhanna Omarova said the exchange starts "
    "in September 2025.\n"
)
SHAPE = {"source", "organizations", "people", "memoranda", "focus_areas", "milestones"}


@pytest.fixture
def db(database_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    return database_url


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@contextmanager
def _session(url: str) -> Iterator[Session]:
    database = open_database(url, create=False)
    try:
        with database.session() as session:
            yield session
    finally:
        database.dispose()


def _counts(url: str) -> tuple[int, int]:
    with _session(url) as session:
        return (
            session.scalar(select(func.count()).select_from(Source)) or 0,
            session.scalar(select(func.count()).select_from(Organization)) or 0,
        )


def test_dry_run_json_has_the_issue_shape_and_writes_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    before = _counts(db)
    assert main(["--db", db, "import", path, "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == SHAPE
    assert set(data["source"]) == {"title", "published", "language"}
    matching = {"action", "match", "candidate"}
    for org in data["organizations"]:
        assert set(org) == {"name", "kind", "country"} | matching
    for person in data["people"]:
        assert set(person) == {"name", "title", "organization"} | matching
    for memo in data["memoranda"]:
        memo_keys = {"title", "parties", "signed_on", "valid_until", "focus_areas"}
        assert set(memo) == memo_keys | matching
    for milestone in data["milestones"]:
        assert set(milestone) == {"title", "date", "status", "organizations"} | matching
    by_name = {o["name"]: o for o in data["organizations"]}
    university = by_name["Nazarbayev University"]
    assert university["action"] == "link"
    assert university["match"] == {
        "name": "Nazarbayev University",
        "score": 1.0,
        "reason": "same name",
    }
    institute = by_name["Caspian Institute of Marine Biology"]
    assert institute["action"] == "create" and institute["match"] is None
    people = {p["name"]: p for p in data["people"]}
    assert people["Sayasat Nurbek"]["match"]["score"] == 1.0
    for kind in ("memoranda", "milestones"):
        for item in data[kind]:
            assert item["action"] in ("link", "create")
            assert (item["match"] is None) == (item["action"] == "create")
    assert _counts(db) == before


def test_several_files_print_one_array(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [_write(tmp_path, "a.txt", ANNOUNCEMENT), _write(tmp_path, "b.txt", SECOND)]
    assert main(["--db", db, "import", *paths, "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert all(set(item) == SHAPE for item in data)


def test_yes_applies_each_file_and_a_second_import_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [_write(tmp_path, "a.txt", ANNOUNCEMENT), _write(tmp_path, "b.txt", SECOND)]
    sources, organizations = _counts(db)
    assert main(["--db", db, "import", *paths, "--yes"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and all("imported as" in line for line in lines)
    new_sources, new_organizations = _counts(db)
    assert new_sources == sources + 2 and new_organizations > organizations
    database = open_database(db, create=False)
    with database.session() as session:
        assert session.scalar(
            select(Organization.id).where(
                Organization.name == "Caspian Institute of Marine Biology"
            )
        )
        assert session.scalar(select(Source.id).where(Source.full_text.contains("Caspian")))
    database.dispose()

    again = _write(tmp_path, "copy.txt", "  " + ANNOUNCEMENT.replace(" ", "  "))
    fresh = _write(tmp_path, "c.txt", SECOND.replace("Almaty", "Shymkent"))
    assert main(["--db", db, "import", fresh, again, "--yes"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already imported" in err[0] and "copy.txt" in err[0]
    assert _counts(db) == (new_sources, new_organizations)  # not even the fresh file


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("", "empty"),
        (
            # A language the importer does not read (Russian and Kazakh it does).
            "Das Ministerium für Wissenschaft und Hochschulbildung hat mit der Universität eine "
            "Absichtserklärung unterzeichnet. Die Partner wollen ab 2026 gemeinsam forschen und "
            "Studierende austauschen.",
            "not in english",
        ),
    ],
)
def test_bad_input_is_one_line_and_nothing_written(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    good = _write(tmp_path, "good.txt", ANNOUNCEMENT)
    bad = str(tmp_path / "bad.txt")
    if content is not None:
        Path(bad).write_text(content, encoding="utf-8")
    before = _counts(db)
    assert main(["--db", db, "import", good, bad, "--yes"]) != 0
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1 and message in captured.err.lower()
    assert "Traceback" not in captured.err
    assert _counts(db) == before


def test_without_yes_or_dry_run_the_review_is_in_the_window(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    assert main(["--db", db, "import", path]) != 0
    assert "add --dry-run to see the proposals, or --yes" in capsys.readouterr().err


@pytest.mark.parametrize(("answer", "imported"), [("y", True), ("", False)])
def test_on_a_terminal_the_proposals_are_shown_and_a_question_decides(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    imported: bool,
) -> None:
    path = _write(tmp_path, "a.txt", ANNOUNCEMENT)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _question: answer)
    sources, _ = _counts(db)
    assert main(["--db", db, "import", path]) == 0
    out = capsys.readouterr().out
    assert "link   Nazarbayev University" in out
    assert ("imported as" in out) is imported and ("not imported" in out) is not imported
    assert _counts(db)[0] == sources + imported


# Two memoranda of one Kazakh university with two foreign universities, written alike (issue
# 19): the second partner has no record when the second text is imported.
FIRST_MEMORANDUM = (
    "Almaty, 20 May 2025. In May 2025 Satbayev University and the Baltic Polytechnic Institute "
    "signed a memorandum of understanding on joint research in materials science. Rector "
    "Daniyar Ospanov said a joint summer school on metallurgy will open in July 2025.\n"
)
SECOND_MEMORANDUM = (
    "Almaty, 28 May 2025. In May 2025 Satbayev University and the Tallinn Maritime Academy "
    "signed a memorandum of understanding on joint research in water engineering. Rector "
    "Daniyar Ospanov said a joint summer school on hydrology will open in July 2025.\n"
)


def _memoranda_and_milestones(url: str) -> tuple[dict[str, set[str]], list[str]]:
    with _session(url) as session:
        memoranda = {
            memo.title: {party.organization.name for party in memo.parties}
            for memo in session.scalars(select(Memorandum))
            if "Satbayev" in memo.title
        }
        milestones = sorted(
            title for title in session.scalars(select(Milestone.title)) if "summer school" in title
        )
        return memoranda, milestones


def test_a_memorandum_with_a_new_partner_is_a_new_record_not_a_link(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "first.txt", FIRST_MEMORANDUM)
    second = _write(tmp_path, "second.txt", SECOND_MEMORANDUM)
    assert main(["--db", db, "import", first, "--yes"]) == 0
    before = _memoranda_and_milestones(db)
    assert len(before[0]) == 1 and len(before[1]) == 1
    capsys.readouterr()

    # The dry run shows the near memorandum and milestone, and that --yes creates new ones.
    assert main(["--db", db, "import", second, "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (memo,) = data["memoranda"]
    (old_title,) = before[0]
    assert memo["action"] == "create" and memo["match"] is None
    assert memo["candidate"]["name"] == old_title
    assert 0 < memo["candidate"]["score"] <= 1
    assert "a party with no record yet" in memo["candidate"]["reason"]
    (school,) = data["milestones"]
    assert school["action"] == "create" and school["match"] is None
    assert school["candidate"]["name"] == before[1][0]
    assert "a party with no record yet" in school["candidate"]["reason"]

    assert main(["--db", db, "import", second, "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert f"(closest: {old_title}, " in text and "a party with no record yet" in text

    assert main(["--db", db, "import", second, "--yes"]) == 0
    memoranda, milestones = _memoranda_and_milestones(db)
    assert memoranda[old_title] == before[0][old_title]  # no third party on the old one
    assert len(memoranda) == 2 and len(milestones) == 2
    (new_title,) = set(memoranda) - {old_title}
    assert "Tallinn Maritime Academy" in memoranda[new_title]
