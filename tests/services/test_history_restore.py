"""Restoring a deleted record from the history brings back everything its delete took.

Each test deletes a record that has aliases, links, citations and records pointing at it,
restores it from the history and compares every listing (`kztracker list KIND --json`), every
record's detail and every citation with what they were before the delete.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kztracker.cli import main
from kztracker.db import Database
from kztracker.errors import StaleRecordError
from kztracker.history_fields import TRACKED
from kztracker.models import HistoryEntry, Milestone, Provenance, Source
from kztracker.services.details import record_detail
from kztracker.services.history import list_history
from kztracker.services.listing import kinds as listing_kinds
from kztracker.services.listing import list_records
from kztracker.services.records import (
    create_record,
    delete_record,
    find_record_by_name,
    load_record,
    update_record,
)
from kztracker.services.restore import restore_deleted
from kztracker.services.snapshots import restore_record, restore_snapshot, snapshot_record

NU = "Nazarbayev University"
MSHE = "Ministry of Science and Higher Education of the Republic of Kazakhstan"
# The richest seeded record of each kind: aliases, links both ways, citations.
RICH = {
    "organization": MSHE,
    "person": "Sayasat Nurbek",
    "focus_area": "AI and digital education",
    "memorandum": "AI and digital education partnerships",
    "milestone": "Yuval Noah Harari AI Q&A on ConnectED 2024 day two",
    "source": "Minister on ConnectED 2024",
}


def _id(session: Session, kind: str, name: str) -> int:
    model = TRACKED[kind]
    if kind in ("organization", "person", "focus_area"):
        found = find_record_by_name(session, kind, name)
    else:
        found = session.scalar(select(model.id).where(model.title.startswith(name)))  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def _world(session: Session) -> dict[str, Any]:
    """Every listing, every record's detail (its version aside) and every citation."""
    details = {}
    for kind, model in TRACKED.items():
        for record_id in session.scalars(select(model.id)):  # type: ignore[attr-defined]
            detail = record_detail(session, kind, record_id)
            details[(kind, record_id)] = dataclasses.replace(detail, version=0)
    citations = session.execute(
        select(
            Provenance.source_id,
            Provenance.record_kind,
            Provenance.record_id,
            Provenance.span_start,
            Provenance.span_end,
        )
    )
    return {
        "listings": {name: list_records(session, name) for name in listing_kinds()},
        "details": details,
        "citations": sorted(tuple(row) for row in citations),
    }


def _differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What differs, readably (a failing comparison of the whole world says too little)."""
    found = [
        f"listing {name}"
        for name in before["listings"]
        if before["listings"][name] != after["listings"][name]
    ]
    for key in sorted(set(before["details"]) | set(after["details"])):
        if before["details"].get(key) != after["details"].get(key):
            found.append(
                f"detail {key}: {before['details'].get(key)} != {after['details'].get(key)}"
            )
    lost = sorted(set(before["citations"]) - set(after["citations"]))
    extra = sorted(set(after["citations"]) - set(before["citations"]))
    if lost or extra:
        found.append(f"citations lost {lost}, extra {extra}")
    return found


def _delete(session: Session, kind: str, record_id: int) -> None:
    """As the window and the command line delete: a source has no editor, so the ORM."""
    if kind == "source":
        session.delete(session.get(Source, record_id))
        session.flush()
    else:
        delete_record(session, kind, record_id)


@pytest.mark.parametrize("kind", list(RICH))
def test_a_restore_from_the_history_brings_back_all_the_delete_took(
    seeded_db: Database, kind: str
) -> None:
    with seeded_db.session() as session:
        record_id = _id(session, kind, RICH[kind])
        before = _world(session)
    with seeded_db.sessions.begin() as session:
        _delete(session, kind, record_id)
    with seeded_db.session() as session:
        assert _differences(before, _world(session))
    with seeded_db.sessions.begin() as session:
        restored = restore_deleted(session, kind, record_id)
    assert restored.changes.created == (record_id,)
    assert restored.left_out == ()
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


@pytest.mark.parametrize("kind", list(RICH))
def test_the_windows_undo_brings_back_the_same(seeded_db: Database, kind: str) -> None:
    """The window's undo restores its own snapshot through the same restorer."""
    with seeded_db.session() as session:
        record_id = _id(session, kind, RICH[kind])
        before = _world(session)
    with seeded_db.sessions.begin() as session:
        snapshot = snapshot_record(session, kind, record_id)
        _delete(session, kind, record_id)
    with seeded_db.sessions.begin() as session:
        assert restore_snapshot(session, kind, snapshot).left_out == ()
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


def _cli_lists(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    lists = {}
    for name in listing_kinds():
        assert main(["--db", url, "list", name, "--json"]) == 0
        lists[name] = json.loads(capsys.readouterr().out)
    return lists


def test_a_deleted_source_comes_back_with_its_citations_from_the_command_line(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with seeded_db.session() as session:
        source_id = _id(session, "source", RICH["source"])
        before = _world(session)
    lists = _cli_lists(seeded_db.url, capsys)
    with seeded_db.sessions.begin() as session:
        session.delete(session.get(Source, source_id))
    with seeded_db.session() as session:
        # Each record that cited the source has the loss in its own history.
        cited = {
            (kind, record_id) for _s, kind, record_id, *_ in before["citations"] if _s == source_id
        }
        changed = {
            (row.record_kind, row.record_id)
            for row in list_history(session, limit=200)
            if row.field == "sources" and row.action == "update"
        }
    assert cited and cited <= changed
    assert main(["--db", seeded_db.url, "history", "restore", "source", str(source_id)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "Not brought back" not in out
    assert _cli_lists(seeded_db.url, capsys) == lists
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


def test_what_was_deleted_since_stays_out_and_the_restore_says_so(
    seeded_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with seeded_db.sessions.begin() as session:
        memo = _id(session, "memorandum", RICH["memorandum"])
        google = _id(session, "organization", "Google")
        source = _id(session, "source", RICH["source"])
        before = _world(session)
        delete_record(session, "memorandum", memo)
    with seeded_db.sessions.begin() as session:
        delete_record(session, "organization", google)
        session.delete(session.get(Source, source))
    assert main(["--db", seeded_db.url, "history", "restore", "memoranda", str(memo)]) == 0
    out = capsys.readouterr().out
    assert "Not brought back:" in out
    assert "Parties: partner “Google” no longer exists" in out
    assert "Sources: source “Minister on ConnectED 2024 and Kazakhstan's" in out
    with seeded_db.session() as session:
        detail = record_detail(session, "memorandum", memo)
        groups = {group.title: [item.label for item in group.items] for group in detail.groups}
    assert "Google" not in groups["Parties"] and {"Huawei", "NVIDIA"} <= set(groups["Parties"])
    assert groups["Milestones"]  # the milestones point at it again
    assert all(item.id != source for item in _group(detail, "Sources"))
    # Brought back later, they come back to the memorandum too, in whichever order (Google's
    # own citation of the source comes back with Google).
    with seeded_db.sessions.begin() as session:
        left_out = restore_deleted(session, "source", source).left_out
    assert [(item.kind, item.id, item.reason) for item in left_out] == [
        ("organization", google, "deleted")
    ]
    with seeded_db.sessions.begin() as session:
        assert restore_deleted(session, "organization", google).left_out == ()
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


def _group(detail: Any, title: str) -> list[Any]:
    return next(group.items for group in detail.groups if group.title == title)


def test_an_alias_taken_and_a_reference_changed_since_stay_as_they_are(
    seeded_db: Database,
) -> None:
    with seeded_db.sessions.begin() as session:
        ministry = _id(session, "organization", MSHE)
        minister = _id(session, "person", "Sayasat Nurbek")
        nu = _id(session, "organization", NU)
        delete_record(session, "organization", ministry)
    with seeded_db.sessions.begin() as session:
        create_record(session, "organization", {"name": "MSHE", "kind": "company"})
        update_record(session, "person", minister, {"organization_id": nu}, expected_version=None)
    with seeded_db.sessions.begin() as session:
        restored = restore_deleted(session, "organization", ministry)
    described = [item.describe() for item in restored.left_out]
    assert described == [
        "Aliases: “MSHE” belongs to another record now",
        "Organization of person “Sayasat Nurbek” has changed since and stays as it is",
    ]
    with seeded_db.session() as session:
        assert load_record(session, "person", minister)["organization_id"] == nu
        aliases = load_record(session, "organization", ministry)["aliases"]
    assert "MSHE" not in aliases and len(aliases) == 4  # English, Russian and Kazakh names


@pytest.mark.parametrize("together", [True, False])
def test_records_deleted_one_after_the_other_relink_whichever_comes_back_first(
    seeded_db: Database, together: bool
) -> None:
    """A milestone and its responsible person, deleted in one save or in two: restored
    milestone first, it comes back without the person; the person's restore relinks it."""
    with seeded_db.session() as session:
        milestone = _id(session, "milestone", RICH["milestone"])
        person = _id(session, "person", "Yuval Noah Harari")
        before = _world(session)
    with seeded_db.sessions.begin() as session:
        delete_record(session, "milestone", milestone)
        if together:
            delete_record(session, "person", person)
    if not together:
        with seeded_db.sessions.begin() as session:
            delete_record(session, "person", person)
    with seeded_db.sessions.begin() as session:
        first = restore_deleted(session, "milestone", milestone)
    assert [(item.kind, item.id, item.reason) for item in first.left_out] == [
        ("person", person, "deleted")
    ]
    with seeded_db.sessions.begin() as session:
        assert restore_deleted(session, "person", person).left_out == ()
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


def test_a_plain_delete_leaves_citations_that_the_restore_does_not_double(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        milestone = _id(session, "milestone", RICH["milestone"])
        before = _world(session)
    with seeded_db.sessions.begin() as session:
        session.delete(session.get(Milestone, milestone))
    with seeded_db.sessions.begin() as session:
        restore_deleted(session, "milestone", milestone)
    with seeded_db.session() as session:
        assert _differences(before, _world(session)) == []


def _held_then_deleted(database: Database, kind: str) -> tuple[int, int, dict[str, Any]]:
    """A record changed twice, held by an editor at its latest version, then deleted."""
    with database.sessions.begin() as session:
        record_id = _id(session, kind, RICH[kind])
        for note in ("first", "second"):
            field = "summary" if kind == "memorandum" else "notes"
            update_record(session, kind, record_id, {field: note}, expected_version=None)
    with database.session() as session:
        held = load_record(session, kind, record_id)
    with database.sessions.begin() as session:
        snapshot = snapshot_record(session, kind, record_id)
        delete_record(session, kind, record_id)
    return record_id, held["version"], snapshot


def _refused_over(database: Database, kind: str, record_id: int, held: int) -> None:
    with database.session() as session:
        version = load_record(session, kind, record_id)["version"]
    assert version == held + 1
    with database.sessions.begin() as session, pytest.raises(StaleRecordError):
        update_record(session, kind, record_id, {"notes": "mine"}, expected_version=held)


@pytest.mark.parametrize("path", ["history", "undo"])
def test_a_restored_record_continues_from_its_version(seeded_db: Database, path: str) -> None:
    record_id, held, snapshot = _held_then_deleted(seeded_db, "organization")
    assert held >= 3
    with seeded_db.sessions.begin() as session:
        if path == "history":
            restore_deleted(session, "organization", record_id)
        else:
            restore_record(session, "organization", snapshot)
    _refused_over(seeded_db, "organization", record_id, held)


def test_a_deletion_recorded_without_its_version_restores_past_it(seeded_db: Database) -> None:
    """Deletions recorded before the version was kept: the restore still moves past it."""
    record_id, held, _snapshot = _held_then_deleted(seeded_db, "milestone")
    with seeded_db.sessions.begin() as session:
        session.execute(
            delete(HistoryEntry).where(
                HistoryEntry.record_kind == "milestone",
                HistoryEntry.record_id == record_id,
                HistoryEntry.field == "version",
            )
        )
        restore_deleted(session, "milestone", record_id)
    with seeded_db.session() as session:
        version = load_record(session, "milestone", record_id)["version"]
        listed = list_history(session, record_kind="milestone", record_id=record_id)
    assert version > held
    assert "version" not in {row.field for row in listed}  # bookkeeping, not shown
    with seeded_db.sessions.begin() as session, pytest.raises(StaleRecordError):
        update_record(session, "milestone", record_id, {"notes": "x"}, expected_version=held)
