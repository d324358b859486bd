"""Moving a whole database: from the seeded SQLite file to another database and back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kztracker.cli import main
from kztracker.db import open_database
from kztracker.errors import KztrackerError
from kztracker.models import HistoryEntry, Memorandum, Organization, OrganizationAlias, Provenance
from kztracker.services.copy import copy_database
from kztracker.services.database import initialize
from kztracker.services.listing import kinds

TABLES_WITH_ROWS = {
    "organization",
    "organization_alias",
    "person",
    "person_alias",
    "focus_area",
    "memorandum",
    "memorandum_party",
    "memorandum_signatory",
    "memorandum_focus_area",
    "milestone",
    "milestone_organization",
    "source",
    "provenance",
    "history",
}


def _listings(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict]]:
    capsys.readouterr()
    found = {}
    for kind in kinds():
        assert main(["--db", url, "list", kind, "--json"]) == 0
        found[kind] = json.loads(capsys.readouterr().out)
    return found


def _counts(url: str) -> dict[str, int]:
    database = open_database(url, create=False)
    try:
        with database.session() as session:
            return {
                model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (HistoryEntry, Provenance, OrganizationAlias, Memorandum)
            }
    finally:
        database.dispose()


@pytest.fixture
def source_url(tmp_path: Path) -> str:
    """The seeded SQLite file, with some edits and a delete so history holds every action."""
    url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    database, _ = initialize(url)
    with database.sessions.begin() as session:
        org = session.scalars(select(Organization).order_by(Organization.id)).first()
        assert org is not None
        org.country = "Kazakhstan (edited)"
        org.aliases.append(OrganizationAlias(alias="Copy Test Alias"))
        temporary = Organization(name="Removed Before The Move", kind="other")
        session.add(temporary)
    with database.sessions.begin() as session:
        session.delete(session.get(Organization, temporary.id))
    database.dispose()
    return url


def test_copy_there_and_back_gives_identical_listings(
    source_url: str, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = _listings(source_url, capsys)
    there = copy_database(source_url, database_url)
    assert {name for name, count in there.counts.items() if count} == TABLES_WITH_ROWS
    assert _listings(database_url, capsys) == original
    back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    back = copy_database(database_url, back_url)
    assert back.counts == there.counts
    assert _listings(back_url, capsys) == original
    assert _counts(back_url) == _counts(source_url)


def test_the_target_keeps_working_after_a_copy(source_url: str, database_url: str) -> None:
    copy_database(source_url, database_url)
    database = open_database(database_url)
    try:
        # New ids follow the copied ones (on a server the sequences were moved on).
        with database.sessions.begin() as session:
            org = Organization(name="Registered After The Move", kind="other")
            session.add(org)
            session.flush()
            highest = session.scalar(select(func.max(Organization.id)))
            assert org.id == highest
        with database.session() as session:
            actions = set(session.scalars(select(HistoryEntry.action).distinct()))
    finally:
        database.dispose()
    assert actions == {"create", "update", "delete"}


def test_a_non_empty_target_is_refused_unless_forced(
    source_url: str, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = copy_database(source_url, database_url)
    with pytest.raises(KztrackerError, match="--force"):
        copy_database(source_url, database_url)
    capsys.readouterr()
    assert main(["copy", "--from", source_url, "--to", database_url]) == 1
    assert "already holds" in capsys.readouterr().err
    again = copy_database(source_url, database_url, allow_non_empty=True)
    assert again.counts == first.counts
    assert main(["--db", source_url, "copy", "--to", database_url, "--force"]) == 0
    assert "counts match" in capsys.readouterr().out


def test_copy_onto_itself_is_refused(source_url: str) -> None:
    with pytest.raises(KztrackerError, match="same database"):
        copy_database(source_url, source_url)


def test_a_row_the_target_rejects_stops_the_copy_and_keeps_nothing(
    source_url: str, database_url: str, tmp_path: Path
) -> None:
    source_file = tmp_path / "source.sqlite3"
    connection = sqlite3.connect(source_file)
    connection.execute("PRAGMA foreign_keys=OFF")  # a link to nothing, as an old bug might leave
    connection.execute(
        "INSERT INTO memorandum_focus_area (memorandum_id, focus_area_id) VALUES (1, 99999)"
    )
    connection.commit()
    connection.close()
    with pytest.raises(KztrackerError, match="stopped at table memorandum_focus_area"):
        copy_database(source_url, database_url)
    if database_url.startswith("sqlite"):  # a file the copy created goes with it
        assert not (tmp_path / "tracker.sqlite3").exists()
        return
    database = open_database(database_url, create=False)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Organization)) == 0
    finally:
        database.dispose()
