"""The change history: what the recorder writes, how it reads back, and restoring a delete."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kztracker.cli import main
from kztracker.db import Database, open_database
from kztracker.errors import KztrackerError
from kztracker.history import os_account
from kztracker.history_fields import TRACKED
from kztracker.models import (
    Memorandum,
    MemorandumParty,
    Organization,
    OrganizationAlias,
    Person,
    Provenance,
)
from kztracker.services.history import list_history, record_history
from kztracker.services.listing import list_memoranda, list_partners, list_records
from kztracker.services.restore import restore_deleted


def _expected_actor(database: Database) -> str:
    if database.is_sqlite:
        return os_account()
    with database.session() as session:
        return str(session.scalar(text("SELECT current_user")))


def _fields(rows: list, action: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.field: (r.old_value, r.new_value) for r in rows if r.action == action}


def test_create_update_delete_record_who_when_and_each_field(seeded_db: Database) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    with seeded_db.sessions.begin() as session:
        org = Organization(name="Steppe Robotics", kind="company", country="KZ")
        session.add(org)
        session.flush()
        org_id = org.id
    with seeded_db.sessions.begin() as session:
        found = session.get(Organization, org_id)
        assert found is not None
        found.country = "Kazakhstan"
        found.short_name = "SR"
    with seeded_db.sessions.begin() as session:
        session.delete(session.get(Organization, org_id))

    with seeded_db.session() as session:
        rows = record_history(session, "organization", org_id)
    actor = _expected_actor(seeded_db)
    assert {row.actor for row in rows} == {actor}
    assert all(before <= row.changed_at <= dt.datetime.now(dt.UTC) for row in rows)
    assert [row.action for row in rows][0] == "delete"  # newest first
    created = _fields(rows, "create")
    assert created["name"] == (None, "Steppe Robotics")
    assert created["country"] == (None, "KZ")
    assert created["kind"] == (None, "company")
    assert _fields(rows, "update") == {"country": ("KZ", "Kazakhstan"), "short_name": (None, "SR")}
    deleted = _fields(rows, "delete")
    assert deleted["name"] == ("Steppe Robotics", None)
    assert deleted["country"] == ("Kazakhstan", None)
    # One transaction, one change set: the two field updates read as one save.
    updates = [row for row in rows if row.action == "update"]
    assert len({row.change_set for row in updates}) == 1


def test_link_changes_are_recorded_on_the_owner(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        memo = session.scalars(select(Memorandum).order_by(Memorandum.id)).first()
        assert memo is not None
        memo_id = memo.id
        newcomer = Organization(name="Caspian Institute of Testing", kind="research_centre")
        session.add(newcomer)
        session.flush()
        memo.parties.append(MemorandumParty(organization_id=newcomer.id, role="observer"))
        removed_area = memo.focus_areas.pop()
        removed_area_id = removed_area.focus_area_id
        memo.responsible = None
        org = session.get(Organization, newcomer.id)
        assert org is not None
        org.aliases.append(OrganizationAlias(alias="CIT"))
    with seeded_db.session() as session:
        rows = record_history(session, "memorandum", memo_id)
        area_name = session.scalar(
            text("SELECT name FROM focus_area WHERE id = :id"), {"id": removed_area_id}
        )
        alias_rows = record_history(session, "organization", newcomer.id)
    updates = _fields(rows, "update")
    old_parties, new_parties = updates["parties"]
    assert "Caspian Institute of Testing (observer)" in (new_parties or "")
    assert "Caspian Institute of Testing" not in (old_parties or "")
    old_areas, new_areas = updates["focus_areas"]
    assert area_name in (old_areas or "") and area_name not in (new_areas or "")
    assert updates["responsible"][1] is None and updates["responsible"][0]
    # Added after the partner was first flushed: an update of its aliases.
    assert _fields(alias_rows, "update")["aliases"] == (None, "CIT")


def _citations(database: Database, kind: str, record_id: int) -> list[tuple]:
    with database.session() as session:
        rows = session.execute(
            select(Provenance.source_id, Provenance.span_start, Provenance.span_end)
            .where(Provenance.record_kind == kind, Provenance.record_id == record_id)
            .order_by(Provenance.source_id)
        )
        return [tuple(row) for row in rows]


def test_restore_a_deleted_memorandum_with_its_links(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        before = {row["id"]: row for row in list_memoranda(session)}
    memo_id = min(before)
    cited = _citations(seeded_db, "memorandum", memo_id)
    assert cited
    with seeded_db.sessions.begin() as session:
        # As the editor deletes: the record's citations go with it.
        for citation in session.scalars(
            select(Provenance).where(
                Provenance.record_kind == "memorandum", Provenance.record_id == memo_id
            )
        ):
            session.delete(citation)
        session.delete(session.get(Memorandum, memo_id))
    with seeded_db.session() as session:
        assert memo_id not in {row["id"] for row in list_memoranda(session)}
    with seeded_db.sessions.begin() as session:
        restored = restore_deleted(session, "memoranda", memo_id)
    assert restored.changes.kind == "memorandum" and restored.changes.created == (memo_id,)
    assert restored.left_out == ()
    with seeded_db.session() as session:
        after = {row["id"]: row for row in list_memoranda(session)}
        rows = record_history(session, "memorandum", memo_id)
    assert after == before
    assert _citations(seeded_db, "memorandum", memo_id) == cited
    assert rows[0].action == "create"  # the restore itself is in the history
    # The citations were recorded when they went (before the memorandum, in the same save).
    sources = next(row for row in rows if row.field == "sources")
    assert sources.old_value and "[" not in sources.old_value  # source titles, no spans
    with seeded_db.sessions.begin() as session, pytest.raises(KztrackerError, match="exists"):
        restore_deleted(session, "memorandum", memo_id)


def test_restore_puts_back_links_and_references_the_delete_cleared(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        memo = session.scalars(select(Memorandum).order_by(Memorandum.id)).first()
        assert memo is not None
        memo_id = memo.id
        org = Organization(
            name="Almaty Link Test Centre",
            kind="research_centre",
            aliases=[OrganizationAlias(alias="ALTC")],
        )
        person = Person(name="Dana Testova", title="Coordinator")
        session.add_all([org, person])
        session.flush()
        org_id, person_id = org.id, person.id
        memo.parties.append(MemorandumParty(organization_id=org_id, role="partner"))
        memo.responsible_id = person_id
    with seeded_db.session() as session:
        before = next(row for row in list_memoranda(session) if row["id"] == memo_id)
        partners_before = list_partners(session)
    # A delete as the editor does it: the link rows go first, the database clears the reference.
    with seeded_db.sessions.begin() as session:
        for party in session.scalars(
            select(MemorandumParty).where(MemorandumParty.organization_id == org_id)
        ):
            session.delete(party)
        session.delete(session.get(Organization, org_id))
        session.delete(session.get(Person, person_id))
    with seeded_db.session() as session:
        changed = next(row for row in list_memoranda(session) if row["id"] == memo_id)
    assert changed["responsible"] is None
    with seeded_db.sessions.begin() as session:
        restore_deleted(session, "partners", org_id)
        restore_deleted(session, "person", person_id)
    with seeded_db.session() as session:
        assert next(row for row in list_memoranda(session) if row["id"] == memo_id) == before
        assert list_partners(session) == partners_before


def test_restore_of_something_never_deleted_is_refused(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session, pytest.raises(KztrackerError, match="no deleted"):
        restore_deleted(session, "milestone", 99999)
    with seeded_db.sessions.begin() as session, pytest.raises(KztrackerError, match="unknown"):
        restore_deleted(session, "spaceship", 1)


def test_list_history_filters(seeded_db: Database) -> None:
    actor = _expected_actor(seeded_db)
    with seeded_db.session() as session:
        everything = list_history(session)
        people = list_history(session, record_kind="people")
        one = list_history(session, record_kind="person", record_id=people[0].record_id)
        mine = list_history(session, actor=actor.upper(), limit=7)
        nobody = list_history(session, actor="nobody-at-all")
        today = dt.date.today()
        window = list_history(session, since=today - dt.timedelta(days=1), until=today)
        future = list_history(session, since=today + dt.timedelta(days=2))
        past = list_history(session, until=today - dt.timedelta(days=2))
    assert everything and {row.record_kind for row in people} == {"person"}
    assert {row.record_id for row in one} == {people[0].record_id}
    assert len(mine) == 7 and nobody == [] and future == [] and past == []
    assert len(window) == len(everything)


def test_cli_records_and_lists_history_as_json(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", database_url, "history", "--kind", "memoranda", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {row["record_kind"] for row in rows} == {"memorandum"}
    assert {"changed_at", "actor", "action", "field", "old_value", "new_value"} <= set(rows[0])
    titles = [row["new_value"] for row in rows if row["field"] == "title"]
    assert len(titles) == 5
    assert main(["--db", database_url, "history", "--limit", "3", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    assert main(["--db", database_url, "history", "--since", tomorrow, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with pytest.raises(SystemExit) as exited:
        main(["--db", database_url, "history", "--since", "yesterday"])
    assert exited.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_cli_restore_brings_back_a_deleted_record(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", database_url, "list", "memoranda", "--json"]) == 0
    before = capsys.readouterr().out
    from kztracker.db import open_database

    database = open_database(database_url)
    with database.sessions.begin() as session:
        memo_id = session.scalars(select(Memorandum.id).order_by(Memorandum.id)).first()
        session.delete(session.get(Memorandum, memo_id))
    database.dispose()
    assert main(["--db", database_url, "history", "--deleted", "--json"]) == 0
    deleted = json.loads(capsys.readouterr().out)
    assert [(row["record_kind"], row["record_id"]) for row in deleted] == [("memorandum", memo_id)]
    assert main(["--db", database_url, "history", "restore", "memorandum", str(memo_id)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert main(["--db", database_url, "list", "memoranda", "--json"]) == 0
    assert capsys.readouterr().out == before
    assert main(["--db", database_url, "history", "restore", "memorandum", str(memo_id)]) == 1
    assert "nothing to restore" in capsys.readouterr().err
    assert main(["--db", database_url, "history", "--restore", "memoranda", "x"]) == 1
    assert "not a record id" in capsys.readouterr().err


def test_an_import_from_the_command_line_is_one_recorded_change_set(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    announcement = Path(__file__).parent / "announcements" / "ann03_kaznu_kaist.txt"
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", database_url, "history", "--json"]) == 0
    seeded = {row["change_set"] for row in json.loads(capsys.readouterr().out)}
    assert main(["--db", database_url, "import", str(announcement), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--db", database_url, "history", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    imported = [row for row in rows if row["change_set"] not in seeded]
    assert imported and len({row["change_set"] for row in imported}) == 1
    assert rows[: len(imported)] == imported  # newest first
    kinds = {row["record_kind"] for row in imported if row["action"] == "create"}
    assert {"source", "memorandum", "organization"} <= kinds
    database = open_database(database_url)
    try:
        assert {row["actor"] for row in imported} == {_expected_actor(database)}
    finally:
        database.dispose()


def test_the_os_account_has_a_stand_in_when_the_platform_cannot_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import getpass

    def fails() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", fails)
    for name in ("USER", "USERNAME", "LOGNAME"):
        monkeypatch.delenv(name, raising=False)
    assert os_account() == "unknown"
    monkeypatch.setenv("USERNAME", "aigerim")
    assert os_account() == "aigerim"


@pytest.mark.parametrize(
    "kind", ["organization", "person", "focus_area", "memorandum", "milestone"]
)
def test_what_the_editor_deletes_comes_back_whole(seeded_db: Database, kind: str) -> None:
    """Delete through the editor's service (links, citations, references go with it), restore
    from the history: every listing and every citation is as it was."""
    from kztracker.services.records import delete_record

    listing_names = ["memoranda", "partners", "people", "focus-areas", "milestones"]
    with seeded_db.session() as session:
        before = {name: list_records(session, name) for name in listing_names}
        table = TRACKED[kind].__table__
        record_id = session.scalars(select(table.c.id).order_by(table.c.id)).first()
    assert record_id is not None
    cited = _citations(seeded_db, kind, record_id)
    with seeded_db.sessions.begin() as session:
        delete_record(session, kind, record_id)
    with seeded_db.session() as session:
        assert {name: list_records(session, name) for name in listing_names} != before
    with seeded_db.sessions.begin() as session:
        restore_deleted(session, kind, record_id)
    with seeded_db.session() as session:
        assert {name: list_records(session, name) for name in listing_names} == before
    assert _citations(seeded_db, kind, record_id) == cited


def _add_and_delete_partner(database: Database, name: str) -> int:
    with database.sessions.begin() as session:
        org = Organization(name=name, kind="other")
        session.add(org)
        session.flush()
        org_id = org.id
    with database.sessions.begin() as session:
        session.delete(session.get(Organization, org_id))
    return org_id


def test_restore_is_refused_when_the_name_was_taken_since(seeded_db: Database) -> None:
    org_id = _add_and_delete_partner(seeded_db, "Twice Named Partner")
    with seeded_db.sessions.begin() as session:
        session.add(Organization(name="twice  named partner", kind="company"))
    with seeded_db.sessions.begin() as session, pytest.raises(KztrackerError, match="rename"):
        restore_deleted(session, "organization", org_id)


CREATOR = """
import sys
from kztracker.db import open_database
from kztracker.models import Organization

database = open_database(sys.argv[1], create=False)
for batch in range(15):
    with database.sessions.begin() as session:
        session.add_all(
            Organization(name=f"{sys.argv[2]} partner {batch}-{n}", kind="other")
            for n in range(10)
        )
"""


def test_ids_are_never_reused_and_two_writers_do_not_collide(
    seeded_db: Database, db_path: Path
) -> None:
    deleted_id = _add_and_delete_partner(seeded_db, "Highest Id For Now")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", CREATOR, seeded_db.url, name], text=True, stderr=subprocess.PIPE
        )
        for name in ("North", "South")
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0, errors
    with seeded_db.session() as session:
        ids = list(session.scalars(select(Organization.id)))
        created = select(Organization.id).where(Organization.name.like("% partner %"))
        assert len(list(session.scalars(created))) == 300
    assert deleted_id not in ids
    with seeded_db.sessions.begin() as session:
        restore_deleted(session, "organization", deleted_id)
