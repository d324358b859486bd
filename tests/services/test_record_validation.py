"""The rules a record must meet before it is saved, one message per field, whoever saves it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.models import Organization
from kztracker.services.records import (
    FieldError,
    ValidationFailed,
    blank_values,
    create_record,
    field_names,
    find_record_by_name,
    update_record,
    validate_record,
)

MSHE = "Ministry of Science and Higher Education of the Republic of Kazakhstan"


def _id(session: Any, kind: str, name: str) -> int:
    found = find_record_by_name(session, kind, name)
    assert found is not None, name
    return found


def _fields(errors: list[FieldError]) -> dict[str, str]:
    return {error.field: error.message for error in errors}


@pytest.mark.parametrize(
    ("kind", "field", "label"),
    [
        ("organization", "name", "Name"),
        ("person", "name", "Full name"),  # a person's name is their full name
        ("focus_area", "name", "Name"),
        ("memorandum", "title", "Title"),
        ("milestone", "title", "Title"),
    ],
)
def test_a_name_or_title_is_required(
    seeded_db: Database, kind: str, field: str, label: str
) -> None:
    with seeded_db.session() as session:
        errors = validate_record(session, kind, {field: "   "})
    assert _fields(errors) == {field: f"{label} is required"}


@pytest.mark.parametrize(
    ("kind", "values", "field", "text"),
    [
        ("organization", {"name": "X", "kind": "club"}, "kind", "unknown partner kind 'club'"),
        ("memorandum", {"title": "X", "status": "lost"}, "status", "unknown status 'lost'"),
        ("memorandum", {"title": "X", "kind": "treaty"}, "kind", "unknown document kind"),
        ("milestone", {"title": "X", "status": "finished"}, "status", "use one of: planned"),
        (
            "memorandum",
            {"title": "X", "party_ids": [{"organization_id": 1, "role": "boss"}]},
            "party_ids",
            "unknown party role 'boss'",
        ),
    ],
)
def test_values_outside_a_list_are_refused(
    seeded_db: Database, kind: str, values: dict[str, Any], field: str, text: str
) -> None:
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, kind, values))
    assert list(errors) == [field]
    assert text in errors[field]


@pytest.mark.parametrize("value", ["17.10.2024", "2024-13", "2025-02-30", "soon"])
def test_a_date_must_be_iso_and_real(seeded_db: Database, value: str) -> None:
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, "milestone", {"title": "X", "due_on": value}))
    assert errors == {"due_on": f"Due: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"}


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("memorandum", {"signed_on": "2025-05", "valid_until": "2025-04-30"}, "valid_until"),
        # A year alone sorts before the months inside it, as the database's check does.
        ("memorandum", {"signed_on": "2025-05", "valid_until": "2025"}, "valid_until"),
        ("milestone", {"start_on": "2025-05-02", "completed_on": "2025-05-01"}, "completed_on"),
        ("milestone", {"start_on": "2026", "due_on": "2025-12"}, "due_on"),
    ],
)
def test_dates_must_come_in_order(
    seeded_db: Database, kind: str, values: dict[str, Any], field: str
) -> None:
    name = "title"
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, kind, {name: "X", **values}))
    assert list(errors) == [field]
    assert "cannot be before" in errors[field]


def test_dates_in_order_pass(seeded_db: Database) -> None:
    values = {"title": "X", "start_on": "2025", "due_on": "2025-06", "completed_on": "2025-06-30"}
    with seeded_db.session() as session:
        assert validate_record(session, "milestone", values) == []


@pytest.mark.parametrize(
    ("kind", "name", "existing"),
    [
        ("organization", "astrazeneca", "AstraZeneca"),
        ("organization", "Astr\u0430Zeneca", "AstraZeneca"),  # a Cyrillic "а" inside
        ("organization", "MSHE", MSHE),  # an alias of another partner
        ("person", "yuri pya", "Yuriy Pya"),
        ("focus_area", "genomics", "Genomics"),
        ("memorandum", "crypto school project with BINANCE", "Crypto School project with Binance"),
    ],
)
def test_a_name_that_exists_names_the_existing_record(
    seeded_db: Database, kind: str, name: str, existing: str
) -> None:
    field = "title" if kind == "memorandum" else "name"
    with seeded_db.session() as session:
        errors = validate_record(session, kind, {field: name})
        existing_id = _id(session, kind, existing)
    assert len(errors) == 1
    assert errors[0].field == field
    assert errors[0].existing_id == existing_id
    assert errors[0].message == f"a {_label(kind)} with this name already exists: {existing!r}"


def _label(kind: str) -> str:
    return {"organization": "partner", "focus_area": "focus area"}.get(kind, kind)


def test_milestone_titles_may_repeat(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        errors = validate_record(session, "milestone", {"title": "40 ICT Academies established"})
    assert errors == []


def test_a_record_keeps_its_own_name_when_edited(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        own = _id(session, "organization", "AstraZeneca")
        assert validate_record(session, "organization", {"name": "ASTRAZENECA"}, own) == []


def test_an_alias_of_another_record_is_refused(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        nu = _id(session, "organization", "Nazarbayev University")
        errors = validate_record(
            session, "organization", {"name": "New body", "aliases": ["Other", "nu"]}
        )
    assert errors == [
        FieldError(
            "aliases",
            "alias 'nu' already belongs to the partner 'Nazarbayev University'",
            nu,
        )
    ]


def test_an_alias_that_is_another_records_name_is_refused(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        errors = validate_record(
            session, "person", {"name": "Y. Pya", "aliases": ["Dos Sarbassov"]}
        )
    assert [e.field for e in errors] == ["aliases"]
    assert errors[0].existing_id is not None


@pytest.mark.parametrize("kind", ["organization", "focus_area"])
def test_parent_links_cannot_loop(seeded_db: Database, kind: str) -> None:
    top, child = (
        ("Nazarbayev University", "Biomedical Research Center")
        if kind == "organization"
        else ("Biomedical research", "Genomics")
    )
    with seeded_db.session() as session:
        top_id, child_id = _id(session, kind, top), _id(session, kind, child)
        onto_child = _fields(validate_record(session, kind, {"parent_id": child_id}, top_id))
        onto_self = _fields(validate_record(session, kind, {"parent_id": top_id}, top_id))
    assert list(onto_child) == ["parent_id"] and "under itself" in onto_child["parent_id"]
    assert list(onto_self) == ["parent_id"]


def test_related_ids_must_exist(seeded_db: Database) -> None:
    values = {
        "title": "X",
        "memorandum_id": 999,
        "organization_ids": [1, 998],
        "responsible_id": "abc",
    }
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, "milestone", values))
    assert errors == {
        "memorandum_id": "Memorandum: memorandum #999 does not exist (perhaps it was deleted)",
        "organization_ids": "Partners: partner #998 does not exist (perhaps it was deleted)",
        "responsible_id": "Responsible person: 'abc' is not a record id",
    }


def test_the_same_link_twice_is_refused(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        errors = _fields(
            validate_record(session, "milestone", {"title": "X", "organization_ids": [1, 1]})
        )
    assert errors == {"organization_ids": "Partners: the same partner is listed twice"}


def test_an_unknown_field_is_named(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, "person", {"name": "X", "age": 40}))
    assert errors == {"age": "a person has no field 'age'"}


def test_a_too_long_name_is_refused_before_the_database_does(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, "person", {"name": "x" * 301}))
    assert errors == {"name": "Full name is too long (301 characters, 300 at most)"}


def test_a_failed_create_saves_nothing_and_says_why(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        before = session.scalar(select(func.count()).select_from(Organization))
        with pytest.raises(ValidationFailed) as failure:
            create_record(session, "organization", {"name": "", "kind": "club"})
        assert session.scalar(select(func.count()).select_from(Organization)) == before
    assert [e.field for e in failure.value.errors] == ["name", "kind"]
    assert str(failure.value) == (
        "not saved: Name is required; unknown partner kind 'club'; use one of: government, "
        "university, company, research_centre, international, other"
    )


def test_a_partial_update_is_checked_against_the_stored_values(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        created = create_record(
            session, "milestone", {"title": "Review", "start_on": "2025-03"}
        ).created[0]
        with pytest.raises(ValidationFailed) as failure:
            update_record(session, "milestone", created, {"due_on": "2025-01"}, expected_version=1)
    assert failure.value.errors[0].field == "due_on"


@pytest.mark.parametrize(
    "kind", ["memorandum", "organization", "person", "focus_area", "milestone"]
)
def test_blank_values_cover_every_field(kind: str) -> None:
    blank = blank_values(kind)
    assert tuple(blank) == field_names(kind)


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("milestone", {"title": "X", "organization_ids": 5}, "organization_ids"),
        ("memorandum", {"title": "X", "party_ids": [7]}, "party_ids"),
    ],
)
def test_lists_of_links_must_be_lists(
    seeded_db: Database, kind: str, values: dict[str, Any], field: str
) -> None:
    with seeded_db.session() as session:
        errors = _fields(validate_record(session, kind, values))
    assert list(errors) == [field]


def test_one_alias_may_come_as_a_string(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        created = create_record(session, "person", {"name": "Aigerim S.", "aliases": "A. S."})
        assert find_record_by_name(session, "person", "a. s.") == created.created[0]
