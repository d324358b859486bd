"""Memoranda and milestones link only when their parties and dates agree (issue 19)."""

from __future__ import annotations

from sqlalchemy import select

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
)
from kztracker.importing.match import match_draft
from kztracker.models import Memorandum

MINISTRY = "Ministry of Science and Higher Education"


def _matched(db: Database, **items: list) -> Draft:  # type: ignore[type-arg]
    draft = Draft(Document(text="x" * 200, origin="test", format="pasted"), **items)
    with db.session() as session:
        match_draft(session, draft)
    return draft


def test_same_title_with_a_partner_not_yet_known_is_a_new_memorandum(
    seeded_db: Database,
) -> None:
    title = "Crypto School project with Binance"
    draft = _matched(
        seeded_db,
        organizations=[DraftOrganization(MINISTRY), DraftOrganization("Lakeside Coding Academy")],
        memoranda=[
            DraftMemorandum(title, parties=[MINISTRY, "Lakeside Coding Academy"]),
            DraftMemorandum(title, parties=[MINISTRY, "Binance"]),
            DraftMemorandum(title, parties=[MINISTRY]),
        ],
    )
    new_partner, same_parties, one_party = draft.memoranda
    assert new_partner.match.action == "create"
    best = new_partner.match.best
    assert best is not None and best.name == title and best.score == 1.0
    assert "a party with no record yet" in best.reason
    assert same_parties.match.action == "link"
    # One party named cannot tell which of the ministry's memoranda this is.
    assert one_party.match.action == "create"
    assert one_party.match.best is not None and "other parties" in one_party.match.best.reason


def test_a_memorandum_signed_at_another_date_is_a_new_one(seeded_db: Database) -> None:
    title = "Crypto School project with Binance"
    with seeded_db.sessions.begin() as session:
        memo = session.scalars(select(Memorandum).where(Memorandum.title == title)).one()
        memo.signed_on = PartialDate(2024, 10)
    draft = _matched(
        seeded_db,
        organizations=[DraftOrganization(MINISTRY), DraftOrganization("Binance")],
        memoranda=[
            DraftMemorandum(title, parties=[MINISTRY, "Binance"], signed_on=d)
            for d in (PartialDate(2025, 3), PartialDate(2024, 10, 18))
        ],
    )
    later, same = draft.memoranda
    assert later.match.action == "create" and later.match.best is not None
    assert "other date" in later.match.best.reason and later.match.best.name == title
    assert same.match.action == "link"


def test_a_new_memorandum_with_a_stored_title_is_told_apart_and_applies(
    seeded_db: Database,
) -> None:
    """Dates that disagree make a new record; titles are unique, so the proposal takes its
    signing date into its title (and its milestone follows) instead of failing at Apply."""
    from kztracker.importing.apply import apply_draft

    title = "Crypto School project with Binance"
    with seeded_db.sessions.begin() as session:
        memo = session.scalars(select(Memorandum).where(Memorandum.title == title)).one()
        memo.signed_on = PartialDate(2024, 10)
    draft = _matched(
        seeded_db,
        organizations=[DraftOrganization(MINISTRY), DraftOrganization("Binance")],
        memoranda=[
            DraftMemorandum(title, parties=[MINISTRY, "Binance"], signed_on=PartialDate(2025, 3))
        ],
        milestones=[DraftMilestone("Second crypto school opens", memorandum=title)],
    )
    (later,) = draft.memoranda
    assert later.match.action == "create"
    assert later.title == f"{title} (2025-03)"
    assert draft.milestones[0].memorandum == later.title
    with seeded_db.sessions.begin() as session:
        apply_draft(session, draft)
    with seeded_db.session() as session:
        stored = session.scalars(select(Memorandum.title).where(Memorandum.title.like("Crypto%")))
        assert sorted(stored) == [title, f"{title} (2025-03)"]


def test_a_milestone_of_a_new_agreement_does_not_take_an_old_ones(seeded_db: Database) -> None:
    title = "GenAI courses prepared for 7,000 students"  # serves the Google/NVIDIA/Huawei one
    partners = [MINISTRY, "Google", "NVIDIA", "Huawei"]
    draft = _matched(
        seeded_db,
        organizations=[DraftOrganization(name) for name in partners],
        memoranda=[DraftMemorandum("Memorandum on quantum computing", parties=partners)],
        milestones=[
            DraftMilestone(title, memorandum="Memorandum on quantum computing"),
            DraftMilestone(title, organizations=partners),
        ],
    )
    (memo,) = draft.memoranda
    assert memo.match.action == "create"
    of_new_memo, by_partners = draft.milestones
    assert of_new_memo.match.action == "create" and of_new_memo.match.best is not None
    assert "another memorandum" in of_new_memo.match.best.reason
    assert by_partners.match.action == "link"
