"""Which milestone rows a change touches: the rows naming what changed, and no others."""

from __future__ import annotations

from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import MemorandumParty, Milestone, MilestoneOrganization, Person
from kztracker.services.changes import Changes
from kztracker.services.touched_rows import touched_milestones


def test_a_partner_touches_its_own_milestones_and_those_of_its_memoranda(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        partner = session.scalar(select(MemorandumParty.organization_id).limit(1))
        memoranda = set(
            session.scalars(
                select(MemorandumParty.memorandum_id).where(
                    MemorandumParty.organization_id == partner
                )
            )
        )
        own = set(
            session.scalars(
                select(MilestoneOrganization.milestone_id).where(
                    MilestoneOrganization.organization_id == partner
                )
            )
        )
        of_memoranda = set(
            session.scalars(select(Milestone.id).where(Milestone.memorandum_id.in_(memoranda)))
        )
        assert partner is not None and of_memoranda
        touched = touched_milestones(session, Changes("organization", updated=(partner,)))
    assert touched is not None and set(touched) == own | of_memoranda


def test_people_new_records_sources_and_deletions(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        person = session.scalar(
            select(Person.id).join(Milestone, Milestone.responsible_id == Person.id)
        )
        responsible = set(
            session.scalars(select(Milestone.id).where(Milestone.responsible_id == person))
        )
        assert person is not None and responsible
        assert set(touched_milestones(session, Changes("person", updated=(person,))) or ()) == (
            responsible
        )
        assert touched_milestones(session, Changes("person", created=(999,))) == ()
        assert touched_milestones(session, Changes("source", updated=(1,))) == ()
        assert touched_milestones(session, Changes("milestone", updated=(3,), deleted=(4,))) == (
            3,
            4,
        )
        assert touched_milestones(session, Changes("memorandum", deleted=(1,))) is None
