"""Changing several records at once: the same values for all of them, in one transaction.

Marking milestones done and the window's "Change selected milestones" both come here; each
record goes through `update_record`, so validation, optimistic locking and the history are
the same as for one edit. What each record held before is handed back for undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError, ValidationFailed
from kztracker.i18n import _
from kztracker.services.changes import Changes
from kztracker.services.record_kinds import get_record, label_of
from kztracker.services.records import load_record, update_record

Values = dict[str, Any]

# What the fields of a milestone may be set to together; the rest stay each record's own.
MILESTONE_BULK_FIELDS = ("status", "responsible_id", "due_on", "memorandum_id")


@dataclass(frozen=True)
class Changed:
    """One record a bulk change touched: the fields it changed, before and after."""

    record_id: int
    before: Values
    after: Values


def differences(before: Values, after: Values) -> tuple[Values, Values]:
    """The fields a save changed: their values before and after."""
    changed = [key for key in after if key != "version" and before.get(key) != after.get(key)]
    return {key: before.get(key) for key in changed}, {key: after[key] for key in changed}


def update_many(
    session: Session, kind: str, record_ids: Iterable[int], values: Values
) -> list[Changed]:
    """Give every record in `record_ids` the same `values`; all or nothing (the caller
    commits). A record that refuses them stops the change with its name in the message."""
    done: list[Changed] = []
    for record_id in dict.fromkeys(record_ids):
        before = load_record(session, kind, record_id)
        try:
            update_record(session, kind, record_id, values, expected_version=None)
        except ValidationFailed as exc:
            name = label_of(kind, get_record(session, kind, record_id))
            raise KztrackerError(
                _("“{name}”: {problem}; nothing was changed").format(
                    name=name, problem="; ".join(error.message for error in exc.errors)
                )
            ) from exc
        old, new = differences(before, load_record(session, kind, record_id))
        if new:
            done.append(Changed(record_id, old, new))
    return done


def mark_done(session: Session, milestone_ids: Iterable[int], today: dt.date) -> list[Changed]:
    """Milestones done, completed `today` (the date stays editable like any other)."""
    return update_many(
        session, "milestone", milestone_ids, {"status": "done", "completed_on": today.isoformat()}
    )


def changes_of(kind: str, changed: list[Changed]) -> Changes:
    return Changes(kind, updated=tuple(item.record_id for item in changed))
