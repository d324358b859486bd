"""What the database and the core refuse, whoever asks."""

import pytest
from sqlalchemy.exc import IntegrityError

from kztracker.db import Database
from kztracker.errors import DuplicateNameError, KztrackerError
from kztracker.models import Memorandum, Milestone, Organization, Person
from kztracker.services.partners import create_partner


@pytest.mark.parametrize(
    "spelling",
    [
        "astrazeneca",
        "  AstraZeneca  ",
        "Astr\u0430Zeneca",  # a Cyrillic "а" hidden in the Latin name
        "ＡｓｔｒａＺｅｎｅｃａ",  # full-width letters, folded by NFKC
    ],
)
def test_a_second_spelling_of_a_partner_is_refused(seeded_db: Database, spelling: str) -> None:
    with seeded_db.session() as session:
        with pytest.raises(DuplicateNameError, match="'AstraZeneca' already exists"):
            create_partner(session, spelling, kind="company")


def test_an_alias_counts_as_an_existing_name(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        with pytest.raises(DuplicateNameError, match="already exists"):
            create_partner(session, "Ministry of Science and Higher Education")


def test_a_new_partner_is_stored(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        changes = create_partner(session, "Al-Farabi Kazakh National University", kind="university")
    with seeded_db.session() as session:
        org = session.get(Organization, changes.created[0])
        assert org is not None and org.kind == "university"


def test_unknown_partner_kind_is_refused(empty_db: Database) -> None:
    with empty_db.session() as session:
        with pytest.raises(KztrackerError, match="unknown partner kind"):
            create_partner(session, "Someone", kind="club")


def test_the_database_itself_refuses_a_duplicate_key(empty_db: Database) -> None:
    with empty_db.session() as session:
        session.add(Person(name="Yuriy Pya"))
        session.add(Person(name="yuriy  PYA"))
        with pytest.raises(IntegrityError):
            session.commit()


@pytest.mark.parametrize(
    "record",
    [
        lambda: Milestone(title="x", status="finished"),
        lambda: Memorandum(title="x", status="lost"),
        lambda: Organization(name="x", kind="club"),
        lambda: Milestone(title="x", start_on="2025-05", completed_on="2025-04-30"),
        lambda: Memorandum(title="x", signed_on="2025", valid_until="2024-12"),
        lambda: Milestone(title="x", memorandum_id=999),
    ],
    ids=["status", "memo-status", "kind", "completion-before-start", "validity", "foreign-key"],
)
def test_the_database_enforces_its_rules(empty_db: Database, record) -> None:  # type: ignore[no-untyped-def]
    with empty_db.session() as session:
        session.add(record())
        with pytest.raises(IntegrityError):
            session.commit()
