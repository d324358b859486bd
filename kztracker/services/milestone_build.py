"""A milestone's browse row, built from plain tuples (kztracker.services.browse reads them
through SQLAlchemy, kztracker.first_read through the standard library for the window's first
page): one builder, so both give the same rows. A row carries no search key: folding 100,000
titles and notes was a sixth of the window's read, so search.milestone_keys makes the keys
after the rows are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from kztracker.dates import PartialDate
from kztracker.schedule import is_overdue
from kztracker.services.browse_rows import MilestoneRow


class MilestoneNames(NamedTuple):
    """What the milestones' rows name, read once per kind: id -> name, and the links."""

    memoranda: dict[int, str]
    partners: dict[int, str]
    people: dict[int, str]
    areas: dict[int, str]
    own: dict[int, tuple[int, ...]]  # milestone -> its own partners
    parties: dict[int, list[int]]  # memorandum -> its parties


# The columns each milestone tuple holds, in this order (dates as their stored ISO text).
MILESTONE_COLUMNS = (
    "id",
    "title",
    "memorandum_id",
    "focus_area_id",
    "due_on",
    "status",
    "responsible_id",
    "completed_on",
    "notes",
)


@lru_cache(maxsize=8192)
def _partial(iso: str) -> PartialDate | None:
    try:
        return PartialDate.parse(iso)
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def date_bounds(iso: str | None) -> tuple[str | None, str | None]:
    """First and last day (ISO) a partial date can mean: "2024-10" -> 2024-10-01, 2024-10-31."""
    parsed = _partial(iso) if iso else None
    if parsed is None:
        return None, None
    return parsed.first_day().isoformat(), parsed.last_day().isoformat()


def joined(ids: Iterable[int], names: dict[int, str]) -> str:
    return ", ".join(sorted((names[i] for i in ids if i in names), key=str.casefold))


def build_milestone_rows(
    lookups: MilestoneNames, milestones: Iterable[Sequence[Any]], today: dt.date
) -> list[MilestoneRow]:
    """The rows of `milestones` (tuples of MILESTONE_COLUMNS), in the order given."""
    memoranda, partners, people, areas, own, parties = lookups
    # What a milestone shares with many others (its memorandum and partners, its due date and
    # status) is built once per distinct combination; the loop only looks it up. A person's
    # or focus area's name is one lookup by id (a pair's cache cost more than it saved).
    linked: dict[tuple[int | None, tuple[int, ...]], tuple[str | None, frozenset[int], str]]
    linked = {}
    due_facts: dict[tuple[str | None, str], tuple[str | None, str | None, bool]] = {}
    no_ids: tuple[int, ...] = ()
    rows: list[MilestoneRow] = []
    append = rows.append
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: 100,000 calls add up
    person_of, area_of, own_of = people.get, areas.get, own.get
    for id_, title, memo_id, area_id, due, status, person_id, completed, notes in milestones:
        own_ids = own_of(id_, no_ids)
        links = linked.get((memo_id, own_ids))
        if links is None:
            ids = frozenset(own_ids).union(parties.get(memo_id, ()) if memo_id else ())
            memo = memoranda.get(memo_id) if memo_id else None
            label = joined(ids, partners)
            links = linked[(memo_id, own_ids)] = (memo, ids, label)
        facts = due_facts.get((due, status))
        if facts is None:
            first, last = date_bounds(due)
            late = bool(due) and is_overdue(_partial(due), status, today)
            facts = due_facts[(due, status)] = (first, last, late)
        append(
            new(
                MilestoneRow,
                (
                    id_,
                    title,
                    links[0],
                    links[2],
                    area_of(area_id),
                    due,
                    status,
                    person_of(person_id),
                    completed,
                    facts[2],
                    notes,
                    memo_id,
                    links[1],
                    area_id,
                    person_id,
                    facts[0],
                    facts[1],
                ),
            )
        )
    return rows
