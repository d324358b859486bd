"""Taking an applied edited export back in the core (services.sheet_applied), as Edit > Undo
does: every change, creation and deletion reverted in one transaction, and a record a
colleague changed since is refused as a stale save unless overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kztracker.db import Database
from kztracker.errors import StaleRecordError
from kztracker.models import Milestone
from kztracker.services.records import load_record, update_record
from kztracker.services.sheet_applied import do_again, take_back
from kztracker.services.sheet_changes import Applied, apply_changes, read_changes
from tests.importing.test_sheet_changes import NEW_TITLE, Edited


@pytest.fixture
def applied(seeded_db: Database, database_url: str, tmp_path: Path) -> tuple[Edited, Applied]:
    edited = Edited(seeded_db, database_url, tmp_path)
    with seeded_db.sessions.begin() as session:
        changes = read_changes(session, edited.path)
        result = apply_changes(session, changes, delete=frozenset({("milestone", edited.removed)}))
    return edited, result


def _state(db: Database, edited: Edited) -> tuple[object, ...]:
    with db.session() as session:
        changed = load_record(session, "milestone", edited.changed)
        return (
            changed["due_on"],
            changed["status"],
            session.get(Milestone, edited.removed) is not None,
            len(session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).all()),
        )


def test_take_back_and_do_again(seeded_db: Database, applied: tuple[Edited, Applied]) -> None:
    edited, result = applied
    after = _state(seeded_db, edited)
    assert after == ("2026-03", "cancelled", False, 1)
    with seeded_db.sessions.begin() as session:
        take_back(session, result.steps)
    assert _state(seeded_db, edited) == (
        edited.before["due_on"],
        edited.before["status"],
        True,
        0,
    )
    with seeded_db.sessions.begin() as session:
        do_again(session, result.steps)
    assert _state(seeded_db, edited) == after


def test_a_record_changed_since_is_refused_unless_overwritten(
    seeded_db: Database, applied: tuple[Edited, Applied]
) -> None:
    edited, result = applied
    with seeded_db.sessions.begin() as session:
        update_record(
            session,
            "milestone",
            edited.changed,
            {"notes": "A colleague's note"},
            expected_version=None,
        )
    versions = dict(result.steps.versions)
    with pytest.raises(StaleRecordError), seeded_db.sessions.begin() as session:
        take_back(session, result.steps)
    assert _state(seeded_db, edited)[:3] == ("2026-03", "cancelled", False)  # nothing written
    assert result.steps.versions == versions  # what Undo knows stays as the database is
    with seeded_db.sessions.begin() as session:
        take_back(session, result.steps, overwrite=True)
    assert _state(seeded_db, edited)[2:] == (True, 0)
