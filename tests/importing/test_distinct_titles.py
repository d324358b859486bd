"""Memoranda of one text that the rules title alike get titles of their own, so the proposal
applies as drafted (titles are unique) and each document keeps its own record; a milestone
tied to the shared title stays with the first. Texts and drafts written for the test."""

from __future__ import annotations

from sqlalchemy import select

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.draft import Document, Draft, DraftMemorandum, DraftMilestone
from kztracker.importing.extract.distinct_titles import tell_titles_apart
from kztracker.models import Memorandum
from kztracker.services.importing import apply, prepare_text

_HOME = "Steppe University"


def _memo(partner: str, signed_on: PartialDate | None = None) -> DraftMemorandum:
    return DraftMemorandum(
        title="Cooperation agreement", parties=[_HOME, partner], signed_on=signed_on
    )


def _draft(*memoranda: DraftMemorandum) -> Draft:
    return Draft(
        Document(text="", origin="test.txt", format="txt"),
        memoranda=list(memoranda),
        milestones=[DraftMilestone("Student exchange", memorandum="Cooperation agreement")],
    )


def test_alike_titles_are_told_apart_by_the_partner_each_does_not_share() -> None:
    draft = _draft(_memo("Ankara University"), _memo("Izmir University"))
    tell_titles_apart(draft)
    assert [m.title for m in draft.memoranda] == [
        "Cooperation agreement (Ankara University)",
        "Cooperation agreement (Izmir University)",
    ]
    assert draft.milestones[0].memorandum == "Cooperation agreement (Ankara University)"


def test_the_same_sides_are_told_apart_by_date_else_by_number() -> None:
    dated = _draft(_memo("Ankara University", PartialDate(2024)), _memo("Ankara University"))
    tell_titles_apart(dated)
    assert [m.title for m in dated.memoranda] == [
        "Cooperation agreement (2024)",
        "Cooperation agreement (2)",
    ]
    alike = _draft(_memo("Ankara University"), _memo("Ankara University"))
    tell_titles_apart(alike)
    assert [m.title for m in alike.memoranda] == [
        "Cooperation agreement (1)",
        "Cooperation agreement (2)",
    ]


def test_a_text_with_alike_titled_agreements_applies_as_drafted(empty_db: Database) -> None:
    text = (
        "Новые партнеры университета\n\n"
        "10 марта 2025 года Степной университет подписал соглашения о сотрудничестве с "
        "Университетом Анкары и Университетом Измира."
    )
    with empty_db.sessions.begin() as session:
        draft = prepare_text(session, text)
        assert len(draft.memoranda) == 2
        apply(session, draft)
    with empty_db.session() as session:
        titles = session.scalars(select(Memorandum.title)).all()
    assert len(set(titles)) == 2
