"""Creating, changing, deleting and restoring records of every kind through the records API."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.db import Database
from kztracker.errors import DuplicateNameError, KztrackerError, ValidationFailed
from kztracker.models import FocusArea, Memorandum, Milestone, Organization, Person, Provenance
from kztracker.services.partners import create_partner, find_partner_by_name
from kztracker.services.records import (
    Changes,
    RecordNotFound,
    RelatedItem,
    create_record,
    delete_impact,
    delete_record,
    find_record_by_name,
    load_record,
    restore_record,
    snapshot_record,
    update_record,
)

KINDS = ["memorandum", "organization", "person", "focus_area", "milestone"]
MOU = (
    "Memorandum of Understanding between the Ministry of Science and Higher Education and "
    "AstraZeneca Kazakhstan"
)


def _id(session: Session, kind: str, name: str) -> int:
    if kind == "milestone":
        found = session.scalar(select(Milestone.id).where(Milestone.title == name))
    else:
        found = find_record_by_name(session, kind, name)
    assert found is not None, name
    return found


def _new_values(session: Session, kind: str) -> dict[str, Any]:
    """A full set of values for a new record of `kind`, linked to seeded records."""
    org = _id(session, "organization", "AstraZeneca")
    person = _id(session, "person", "Yuriy Pya")
    area = _id(session, "focus_area", "Genomics")
    memo = _id(session, "memorandum", MOU)
    return {
        "organization": {
            "name": "AstraZeneca UK",
            "short_name": "AZ UK",
            "kind": "company",
            "country": "United Kingdom",
            "parent_id": org,
            "notes": "Head office contacts.",
            "aliases": ["AstraZeneca U.K.", "AZ United Kingdom"],
        },
        "person": {
            "name": "Aigerim Sadykova",
            "title": "Head of international cooperation",
            "organization_id": org,
            "email": "a.sadykova@example.kz",
            "phone": "+7 700 000 0000",
            "notes": None,
            "aliases": ["A. Sadykova"],
        },
        "focus_area": {"name": "Bioinformatics", "description": "Data for life", "parent_id": area},
        "memorandum": {
            "title": "Roadmap on genomics research",
            "kind": "roadmap",
            "status": "draft",
            "signed_on": "2025-03",
            "valid_until": "2030",
            "responsible_id": person,
            "summary": "Joint genomics work.",
            "party_ids": [{"organization_id": org, "role": "partner"}],
            "signatory_ids": [person],
            "focus_area_ids": [area],
        },
        "milestone": {
            "title": "First genomics workshop",
            "memorandum_id": memo,
            "organization_ids": [org],
            "focus_area_id": area,
            "start_on": "2025",
            "due_on": "2025-11",
            "completed_on": None,
            "status": "planned",
            "responsible_id": person,
            "notes": "In Astana.",
        },
    }[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_create_then_load_gives_back_the_values(seeded_db: Database, kind: str) -> None:
    with seeded_db.sessions.begin() as session:
        values = _new_values(session, kind)
        changes = create_record(session, kind, values)
    assert changes.kind == kind and len(changes.created) == 1
    with seeded_db.session() as session:
        loaded = load_record(session, kind, changes.created[0])
    assert loaded == {**values, "version": 1}


@pytest.mark.parametrize("kind", KINDS)
def test_a_partial_update_changes_only_the_given_fields(seeded_db: Database, kind: str) -> None:
    with seeded_db.sessions.begin() as session:
        record_id = create_record(session, kind, _new_values(session, kind)).created[0]
    name = "title" if kind in ("memorandum", "milestone") else "name"
    with seeded_db.sessions.begin() as session:
        before = load_record(session, kind, record_id)
        changes = update_record(
            session, kind, record_id, {name: "Renamed record"}, expected_version=1
        )
    assert changes == Changes(kind, updated=(record_id,))
    with seeded_db.session() as session:
        after = load_record(session, kind, record_id)
    assert after == {**before, name: "Renamed record", "version": 2}


def test_links_alone_change_and_bump_the_version(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        memo = _id(session, "memorandum", MOU)
        before = load_record(session, "memorandum", memo)
        coursera = _id(session, "organization", "Coursera")
        parties = [
            {"organization_id": p["organization_id"], "role": "observer"}
            for p in before["party_ids"][:1]
        ] + [{"organization_id": coursera, "role": "partner"}]
        update_record(
            session,
            "memorandum",
            memo,
            {"party_ids": parties, "signatory_ids": [], "focus_area_ids": [1]},
            expected_version=before["version"],
        )
    with seeded_db.session() as session:
        after = load_record(session, "memorandum", memo)
    assert after["party_ids"] == sorted(parties, key=lambda p: p["organization_id"])
    assert after["signatory_ids"] == [] and after["focus_area_ids"] == [1]
    assert after["version"] == before["version"] + 1


def test_aliases_are_added_renamed_and_removed(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        mshe = _id(session, "organization", "MSHE")
        update_record(
            session,
            "organization",
            mshe,
            {
                "aliases": [
                    "mshe",
                    "Ministry of Science",
                    "Ministry of Science and Higher Education",
                ]
            },
            expected_version=None,
        )
    with seeded_db.session() as session:
        assert load_record(session, "organization", mshe)["aliases"] == [
            "Ministry of Science",
            "Ministry of Science and Higher Education",
            "mshe",
        ]
        assert find_record_by_name(session, "organization", "Ministry of Science") == mshe
        gone = "Ministry of Science and Higher Education of Kazakhstan"
        assert find_record_by_name(session, "organization", gone) is None


def test_an_update_that_changes_nothing_keeps_the_version(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        org = _id(session, "organization", "Google")
        values = load_record(session, "organization", org)
        changes = update_record(session, "organization", org, values, expected_version=1)
    assert changes == Changes("organization")
    with seeded_db.session() as session:
        assert load_record(session, "organization", org)["version"] == 1


@pytest.mark.parametrize("kind", KINDS)
def test_create_and_delete_every_kind(seeded_db: Database, kind: str) -> None:
    with seeded_db.sessions.begin() as session:
        record_id = create_record(session, kind, _new_values(session, kind)).created[0]
    with seeded_db.sessions.begin() as session:
        assert delete_record(session, kind, record_id, expected_version=1) == Changes(
            kind, deleted=(record_id,)
        )
    with seeded_db.session() as session:
        with pytest.raises(RecordNotFound, match="no longer exists"):
            load_record(session, kind, record_id)


SEEDED = [
    ("organization", "Nazarbayev University"),
    ("organization", "Government of the Republic of Kazakhstan"),
    ("organization", "Google"),  # a party to a memorandum
    ("person", "Sayasat Nurbek"),
    ("focus_area", "Biomedical research"),
    ("focus_area", "AI and digital education"),
    ("memorandum", MOU),
    ("milestone", "ConnectED 2024 conference in Astana"),
]


# Which field of which kind points at which kind: written out here, apart from the code.
POINTERS: dict[str, dict[str, str]] = {
    "organization": {"parent_id": "organization"},
    "person": {"organization_id": "organization"},
    "focus_area": {"parent_id": "focus_area"},
    "memorandum": {
        "responsible_id": "person",
        "party_ids": "organization",
        "signatory_ids": "person",
        "focus_area_ids": "focus_area",
    },
    "milestone": {
        "memorandum_id": "memorandum",
        "organization_ids": "organization",
        "focus_area_id": "focus_area",
        "responsible_id": "person",
    },
}
MODELS: dict[str, Any] = {
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
    "memorandum": Memorandum,
    "milestone": Milestone,
}


def _pointed_at(other: str, values: dict[str, Any], kind: str) -> set[int]:
    ids: set[int] = set()
    for field, target in POINTERS[other].items():
        value = values[field]
        if target != kind or value is None:
            continue
        if field == "party_ids":
            value = [p["organization_id"] for p in value]
        ids |= set(value) if isinstance(value, list) else {value}
    return ids


def _links_to(session: Session, kind: str, record_id: int) -> set[tuple[str, int]]:
    """Every other record that shows a link to (kind, record_id), read through load_record."""
    found: set[tuple[str, int]] = set()
    for other, model in MODELS.items():
        for other_id in session.scalars(select(model.id)):
            values = load_record(session, other, other_id)
            if (other, other_id) != (kind, record_id) and record_id in _pointed_at(
                other, values, kind
            ):
                found.add((other, other_id))
    for source_id in session.scalars(
        select(Provenance.source_id).where(
            Provenance.record_kind == kind, Provenance.record_id == record_id
        )
    ):
        found.add(("source", source_id))
    return found


def _own_links(kind: str, values: dict[str, Any]) -> set[tuple[str, int]]:
    """The records a record lists in its own link rows (which go with it)."""
    links: set[tuple[str, int]] = set()
    for field, target in POINTERS[kind].items():
        if field.endswith("_ids"):
            links |= {(target, i) for i in _pointed_at(kind, values, target) if field in values}
    return links


@pytest.mark.parametrize(("kind", "name"), SEEDED)
def test_delete_does_what_its_impact_said(seeded_db: Database, kind: str, name: str) -> None:
    with seeded_db.sessions.begin() as session:
        record_id = _id(session, kind, name)
        impact = delete_impact(session, kind, record_id)
        own = load_record(session, kind, record_id)
        before = _links_to(session, kind, record_id)
        before |= _own_links(kind, own)
    assert impact.label == name
    assert {(item.kind, item.id) for item in impact.unlinked} == before
    assert [item.label for item in impact.deleted] == own.get("aliases", [])
    with seeded_db.sessions.begin() as session:
        delete_record(session, kind, record_id)
    with seeded_db.session() as session:
        assert _links_to(session, kind, record_id) == set()
        for other_kind, other_id in before:
            if other_kind != "source":
                load_record(session, other_kind, other_id)  # still there


def test_impact_summary_reads_as_one_sentence(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        impact = delete_impact(session, "organization", _id(session, "organization", "NU"))
        centre = _id(session, "organization", "Biomedical Research Center")
    assert impact.summary() == (
        "Deleting the partner 'Nazarbayev University' also deletes 3 aliases and unlinks "
        "3 milestones, 2 partners, 1 person and 2 sources, which stay."
    )
    assert (
        RelatedItem("organization", centre, "Biomedical Research Center", "parent organization")
        in impact.unlinked
    )


@pytest.mark.parametrize(("kind", "name"), SEEDED)
def test_snapshot_delete_restore_round_trip(seeded_db: Database, kind: str, name: str) -> None:
    with seeded_db.sessions.begin() as session:
        record_id = _id(session, kind, name)
        before = load_record(session, kind, record_id)
        links_before = _links_to(session, kind, record_id)
        snapshot = snapshot_record(session, kind, record_id)
        delete_record(session, kind, record_id)
    with seeded_db.sessions.begin() as session:
        assert restore_record(session, kind, snapshot) == Changes(kind, created=(record_id,))
    with seeded_db.session() as session:
        after = load_record(session, kind, record_id)
        assert _links_to(session, kind, record_id) == links_before
    assert {**after, "version": 0} == {**before, "version": 0}


def test_restore_drops_links_to_records_deleted_since(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        milestone = _id(session, "milestone", "ConnectED 2024 conference in Astana")
        snapshot = snapshot_record(session, "milestone", milestone)
        delete_record(session, "milestone", milestone)
        delete_record(session, "person", snapshot["values"]["responsible_id"])
        restore_record(session, "milestone", snapshot)
        assert load_record(session, "milestone", milestone)["responsible_id"] is None


def test_partner_helpers_share_the_duplicate_rule(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        found = find_partner_by_name(session, "Cambridge DISC")
        assert found is not None and found.name == "Discovery Centre (DISC)"
        with pytest.raises(DuplicateNameError, match="'Discovery Centre \\(DISC\\)' already"):
            create_partner(session, "discovery centre")


def test_restore_refuses_a_record_that_exists_or_a_name_taken_since(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        google = _id(session, "organization", "Google")
        snapshot = snapshot_record(session, "organization", google)
        with pytest.raises(KztrackerError, match=f"partner #{google} already exists"):
            restore_record(session, "organization", snapshot)
        delete_record(session, "organization", google)
        create_record(session, "organization", {"name": "GOOGLE"})
        with pytest.raises(ValidationFailed, match="already exists: 'GOOGLE'"):
            restore_record(session, "organization", snapshot)
