"""Taking an import back: every listing and the history's restore as they were before it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.cli import main
from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftFocusArea,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Match,
)
from kztracker.models import HistoryEntry, Milestone, Source
from kztracker.services.import_undo import import_contents, remove_import
from kztracker.services.importing import apply
from kztracker.services.listing import kinds as listing_kinds
from kztracker.services.records import (
    delete_record,
    find_record_by_name,
    update_record,
)
from kztracker.services.restore import restore_deleted

TEXT = (
    "The Aral Sea Research Station and Google LLC agreed on water research; Dana Ospanova and "
    "Sayasat Nurbeck attended. Google LLC also joins the blockchain partnership with Tether."
)
TETHER = "Blockchain education partnership with Tether"
PLANNED = "AAALAC International accreditation for the Biomedical Research Center"


def _link(record_id: int | None, learn: bool = False) -> Match:
    assert record_id is not None
    return Match(action="link", record_id=record_id, learn_alias=learn)


def _id(session: Session, kind: str, name: str) -> int:
    if kind == "milestone":
        found = session.scalar(select(Milestone.id).where(Milestone.title == name))
    else:
        found = find_record_by_name(session, kind, name)
    assert found is not None, name
    return found


def _draft(session: Session, *, tether: bool = True) -> Draft:
    """Creates, links, merges, fills empty fields and adds parties: everything apply does."""
    draft = Draft(
        Document(text=TEXT, origin="water.txt", format="txt", title="Water research"),
        organizations=[
            DraftOrganization(
                "Aral Sea Research Station", kind="research_centre", aliases=["ASRS"]
            ),
            DraftOrganization(
                "Google LLC",
                country="United States",
                match=_link(_id(session, "organization", "Google"), learn=True),
            ),
        ],
        people=[
            DraftPerson("Dana Ospanova", title="Director", organization="ASRS"),
            DraftPerson(
                "Sayasat Nurbeck", match=_link(_id(session, "person", "Sayasat Nurbek"), True)
            ),
        ],
        focus_areas=[DraftFocusArea("Water research")],
        memoranda=[
            DraftMemorandum(
                "Water research memorandum",
                parties=["Aral Sea Research Station", "Google LLC"],
                signatories=["Dana Ospanova", "Sayasat Nurbeck"],
                signed_on=PartialDate(2026, 3),
                focus_areas=["Water research"],
            ),
        ],
        milestones=[
            DraftMilestone(
                "First field season",
                PartialDate(2026, 7),
                organizations=["ASRS", "Google LLC"],
                memorandum="Water research memorandum",
                focus_area="Water research",
            ),
            DraftMilestone(
                PLANNED,
                PartialDate(2026, 2),
                status="done",
                match=_link(_id(session, "milestone", PLANNED)),
            ),
        ],
    )
    if tether:
        tether_id = _id(session, "memorandum", TETHER)
        draft.memoranda.append(
            DraftMemorandum(TETHER, parties=["Google LLC"], match=_link(tether_id))
        )
    return draft


def _listings(db: Database, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """`kztracker list KIND --json` of every kind, as a user or a script reads them."""
    found = {}
    for kind in listing_kinds():
        capsys.readouterr()
        assert main(["--db", db.url, "list", kind, "--json"]) == 0
        found[kind] = json.loads(capsys.readouterr().out)
    return found


def _import(db: Database) -> int:
    with db.sessions.begin() as session:
        return apply(session, _draft(session)).source_id


def test_removing_an_import_leaves_every_listing_as_before(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listings(seeded_db, capsys)
    source_id = _import(seeded_db)
    imported = _listings(seeded_db, capsys)
    assert imported != before
    with seeded_db.session() as session:
        contents = import_contents(session, source_id)
    created = {(item.kind, item.label) for item in contents.created}
    assert created == {
        ("organization", "Aral Sea Research Station"),
        ("person", "Dana Ospanova"),
        ("focus_area", "Water research"),
        ("memorandum", "Water research memorandum"),
        ("milestone", "First field season"),
    }
    linked = {(item.kind, item.label) for item in contents.linked}
    assert {("organization", "Google"), ("person", "Sayasat Nurbek")} <= linked
    assert ("memorandum", TETHER) in linked and ("milestone", PLANNED) in linked
    assert {(item.label, item.alias) for item in contents.aliases} == {
        ("Google", "Google LLC"),
        ("Sayasat Nurbek", "Sayasat Nurbeck"),
    }

    with seeded_db.sessions.begin() as session:
        removal = remove_import(session, source_id)
    assert removal.deleted == (source_id,) and removal.kept == () and removal.left == ()
    assert removal.deleted_ids["organization"] and removal.updated_ids["memorandum"]
    assert _listings(seeded_db, capsys) == before
    with seeded_db.session() as session:
        assert session.get(Source, source_id) is None
        # Recorded like any change: the created partner's delete is in the history.
        deletes = session.scalar(
            select(func.count())
            .select_from(HistoryEntry)
            .where(HistoryEntry.action == "delete", HistoryEntry.record_kind == "organization")
        )
        assert deletes


def test_the_historys_restore_works_as_before_the_import(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record deleted before the import comes back from the history just as it would have."""
    before_delete = _listings(seeded_db, capsys)
    with seeded_db.sessions.begin() as session:
        tether = _id(session, "memorandum", TETHER)
        delete_record(session, "memorandum", tether)
    after_delete = _listings(seeded_db, capsys)
    with seeded_db.sessions.begin() as session:
        source_id = apply(session, _draft(session, tether=False)).source_id
    with seeded_db.sessions.begin() as session:
        remove_import(session, source_id)
    assert _listings(seeded_db, capsys) == after_delete
    with seeded_db.sessions.begin() as session:
        restored = restore_deleted(session, "memorandum", tether)
    assert restored.left_out == ()
    assert _listings(seeded_db, capsys) == before_delete
    # And what the removal deleted is itself restorable from the history, like any delete.
    with seeded_db.session() as session:
        station = session.scalar(
            select(HistoryEntry.record_id).where(
                HistoryEntry.action == "delete",
                HistoryEntry.record_kind == "organization",
                HistoryEntry.field == "name",
                HistoryEntry.new_value.is_(None),
                HistoryEntry.old_value == "Aral Sea Research Station",
            )
        )
    assert station is not None
    with seeded_db.sessions.begin() as session:
        restore_deleted(session, "organization", station)
    assert "Aral Sea Research Station" in {
        p["name"] for p in _listings(seeded_db, capsys)["partners"]
    }


def test_changes_made_after_the_import_stay(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    source_id = _import(seeded_db)
    with seeded_db.sessions.begin() as session:
        google = _id(session, "organization", "Google")
        update_record(session, "organization", google, {"country": "USA"}, expected_version=None)
    with seeded_db.sessions.begin() as session:
        removal = remove_import(session, source_id)
    assert [(item.kind, item.label) for item in removal.left] == [("organization", "Google")]
    partners = _listings(seeded_db, capsys)["partners"]
    google_row = next(p for p in partners if p["name"] == "Google")
    assert google_row["country"] == "USA" and "Google LLC" not in google_row["aliases"]


def test_a_record_a_later_import_cites_stays(seeded_db: Database) -> None:
    first = _import(seeded_db)
    with seeded_db.sessions.begin() as session:
        station = _id(session, "organization", "Aral Sea Research Station")
        later = Draft(
            Document(text="The Aral Sea Research Station opened.", origin="b.txt", format="txt"),
            organizations=[DraftOrganization("Aral Sea Research Station", match=_link(station))],
        )
        apply(session, later)
    with seeded_db.sessions.begin() as session:
        removal = remove_import(session, first)
    assert [(item.kind, item.id) for item in removal.kept] == [("organization", station)]
    with seeded_db.session() as session:
        assert find_record_by_name(session, "organization", "Aral Sea Research Station")
        assert find_record_by_name(session, "person", "Dana Ospanova") is None


def test_a_seeded_source_is_not_an_import_of_its_own(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        source_id = session.scalar(select(Source.id).limit(1))
    assert source_id is not None
    with pytest.raises(KztrackerError, match="did not come from an import of its own"):
        with seeded_db.sessions.begin() as session:
            remove_import(session, source_id)
    with pytest.raises(KztrackerError, match="no longer exists"):
        with seeded_db.sessions.begin() as session:
            remove_import(session, 10_000)


def test_an_import_from_the_command_line_is_taken_back_whole(
    seeded_db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = _listings(seeded_db, capsys)
    path = tmp_path / "steppe.txt"
    path.write_text(
        "Astana, 4 May 2026. Nazarbayev University and the Steppe Ecology Institute signed a "
        "memorandum of understanding on grassland research. A joint field survey is planned "
        "for August 2026.\n",
        encoding="utf-8",
    )
    assert main(["--db", seeded_db.url, "import", str(path), "--yes"]) == 0
    assert _listings(seeded_db, capsys) != before
    with seeded_db.session() as session:
        source_id = session.scalar(select(Source.id).where(Source.title.contains("Steppe")))
    assert source_id is not None
    with seeded_db.sessions.begin() as session:
        remove_import(session, source_id)
    assert _listings(seeded_db, capsys) == before
