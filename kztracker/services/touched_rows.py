"""Which milestones' rows show what a change changed, so an open table refreshes those alone.

A milestone's row names its memorandum, partners (its own and its memorandum's parties), person
and focus area: renaming one of those changes the rows that name it, and no others. Records just
created are named by no milestone yet. What a deletion emptied, or a change reaching more rows
than are worth reading one by one, is left to a full reload (None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select, union

from kztracker.services.browse import (
    MEMORANDUM,
    MEMORANDUM_PARTY,
    MILESTONE,
    MILESTONE_ORGANIZATION,
    connection_of,
)
from kztracker.services.changes import Changes

if TYPE_CHECKING:
    from kztracker.services.browse import Reader

# More rows than this are read again whole: an IN list of thousands is no cheaper.
MOST_IN_PLACE = 5_000
# Kinds whose records a milestone's row names, and the column that names them.
_NAMED_BY = {
    "memorandum": MILESTONE.c.memorandum_id,
    "person": MILESTONE.c.responsible_id,
    "focus_area": MILESTONE.c.focus_area_id,
}
# Kinds no milestone row shows anything of.
_UNSHOWN = ("source",)


def touched_milestones(session: Reader, changes: Changes) -> tuple[int, ...] | None:
    """Ids of the milestones whose rows show what `changes` changed (deleted milestones
    included, for the caller to take out); None when the table should be read again whole."""
    if changes.kind == "milestone":
        return (*changes.created, *changes.updated, *changes.deleted)
    if changes.kind in _UNSHOWN or not (changes.updated or changes.deleted):
        return ()
    if changes.deleted:
        return None  # the links it had are gone: nothing says which rows named it
    ids = changes.updated
    statement: Any
    if changes.kind in _NAMED_BY:
        statement = select(MILESTONE.c.id).where(_NAMED_BY[changes.kind].in_(ids))
    elif changes.kind == "organization":
        statement = union(
            select(MILESTONE_ORGANIZATION.c.milestone_id).where(
                MILESTONE_ORGANIZATION.c.organization_id.in_(ids)
            ),
            select(MILESTONE.c.id)
            .join(MEMORANDUM, MILESTONE.c.memorandum_id == MEMORANDUM.c.id)
            .join(MEMORANDUM_PARTY, MEMORANDUM_PARTY.c.memorandum_id == MEMORANDUM.c.id)
            .where(MEMORANDUM_PARTY.c.organization_id.in_(ids)),
        )
    else:
        return None
    statement = statement.limit(MOST_IN_PLACE + 1)
    found = tuple(connection_of(session).execute(statement).scalars())
    return None if len(found) > MOST_IN_PLACE else found
