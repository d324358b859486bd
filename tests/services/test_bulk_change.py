"""Changing several records at once in the core: all or nothing, each record's old values kept
for undo, a refusal naming the record."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.models import Milestone
from kztracker.services.bulk import mark_done, update_many


def _ids(database: Database, *titles: str) -> list[int]:
    with database.session() as session:
        found = {
            title: id_ for title, id_ in session.execute(select(Milestone.title, Milestone.id))
        }
    return [found[title] for title in titles]


def _status(database: Database, record_id: int) -> tuple[str, str | None]:
    with database.session() as session:
        milestone = session.get(Milestone, record_id)
        assert milestone is not None
        done = milestone.completed_on.isoformat() if milestone.completed_on else None
        return milestone.status, done


def test_mark_done_sets_done_and_the_day_and_hands_back_what_was(seeded_db: Database) -> None:
    ids = _ids(
        seeded_db, "GenAI courses prepared for 7,000 students", "40 ICT Academies established"
    )
    with seeded_db.sessions.begin() as session:
        changed = mark_done(session, ids, dt.date(2026, 12, 6))
    assert [item.record_id for item in changed] == ids
    assert changed[0].before == {"status": "in_progress", "completed_on": None}
    assert changed[0].after == {"status": "done", "completed_on": "2026-12-06"}
    assert {_status(seeded_db, i) for i in ids} == {("done", "2026-12-06")}


def test_one_refusal_changes_nothing_and_names_the_record(seeded_db: Database) -> None:
    first, late = _ids(
        seeded_db, "GenAI courses prepared for 7,000 students", "40 ICT Academies established"
    )
    with seeded_db.sessions.begin() as session:
        session.get(Milestone, late).start_on = None  # type: ignore[union-attr]
    with seeded_db.sessions.begin() as session:
        update_many(session, "milestone", [late], {"start_on": "2027-03-01"})
    with pytest.raises(KztrackerError) as refused, seeded_db.sessions.begin() as session:
        mark_done(session, [first, late], dt.date(2026, 12, 6))
    assert str(refused.value).startswith("“40 ICT Academies established”: ")
    assert str(refused.value).endswith("; nothing was changed")
    assert _status(seeded_db, first) == ("in_progress", None)
