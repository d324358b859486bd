"""What an export covers: the whole database, the rows shown in a view, or one memorandum.

A scope names the records a user chose; `resolve` widens it by one step to what those records
relate to (a memorandum's milestones, parties, people, focus areas and sources), so every
sheet of the workbook agrees with the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError, shown
from kztracker.exporting.words import word
from kztracker.i18n import _, quoted
from kztracker.models import (
    MILESTONE_STATUSES,
    FocusArea,
    Memorandum,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneOrganization,
    Organization,
    Person,
    Provenance,
    Source,
)
from kztracker.normalize import name_key
from kztracker.schedule import OPEN_STATUSES
from kztracker.vocabulary import kind_name, status_label

# The window's kinds and the command line's names for them.
KIND_ALIASES = {
    "memorandum": "memorandum",
    "memoranda": "memorandum",
    "milestone": "milestone",
    "milestones": "milestone",
    "organization": "organization",
    "partner": "organization",
    "partners": "organization",
    "person": "person",
    "people": "person",
    "focus_area": "focus_area",
    "focus-areas": "focus_area",
    "focus_areas": "focus_area",
    "source": "source",
    "sources": "source",
}
KINDS = ("memorandum", "milestone", "organization", "person", "focus_area", "source")
# The model of each kind of record the workbook has a sheet for.
MODELS: dict[str, Any] = {
    "memorandum": Memorandum,
    "milestone": Milestone,
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
    "source": Source,
}
# Past this many ids an IN list nears the drivers' parameter limits (SQLite 32,766,
# PostgreSQL 65,535); larger selections are filtered in Python while the rows stream.
IN_LIMIT = 500


@dataclass(frozen=True)
class ExportScope:
    """None everywhere: the whole database. `kind` + `ids`: the rows a view shows.
    `memorandum_id`: that memorandum and everything related. `label` says it on the Summary.
    `milestone_statuses` keeps only milestones with these statuses, whatever the scope."""

    kind: str | None = None
    ids: tuple[int, ...] | None = None
    memorandum_id: int | None = None
    label: str = ""
    milestone_statuses: tuple[str, ...] | None = None


@dataclass
class Selection:
    """The ids each sheet holds; None means every record of that kind."""

    ids: dict[str, set[int] | None]
    description: str
    milestone_statuses: tuple[str, ...] | None = None

    def of(self, kind: str) -> set[int] | None:
        return self.ids[kind]


def restrict(statement: Select, column: ColumnElement[int], ids: set[int] | None) -> Select:
    """`statement` limited to `ids` in SQL when the list is short (callers filter the rest)."""
    if ids is not None and len(ids) <= IN_LIMIT:
        return statement.where(column.in_(sorted(ids)))
    return statement


def _pairs(session: Session, statement: Select, keys: set[int]) -> set[int]:
    """The second ids of the (key, id) pairs whose key is in `keys`."""
    if not keys:
        return set()
    key_column = statement.selected_columns[0]
    statement = restrict(statement, key_column, keys)
    return {other for key, other in session.execute(statement) if key in keys and other}


def _existing(session: Session, kind: str, ids: Iterable[int]) -> set[int]:
    table = MODELS[kind]
    wanted = set(ids)
    statement = restrict(select(table.id), table.id, wanted)
    return {id_ for (id_,) in session.execute(statement) if id_ in wanted}


def _sources_of(session: Session, records: dict[str, set[int]]) -> set[int]:
    found: set[int] = set()
    for kind, ids in records.items():
        if ids:
            found |= _pairs(
                session,
                select(Provenance.record_id, Provenance.source_id).where(
                    Provenance.record_kind == kind
                ),
                ids,
            )
    return found


def _related(session: Session, kind: str, chosen: set[int]) -> dict[str, set[int]]:
    """The chosen records plus what they relate to, one step away (a memorandum's milestones
    count as part of it, so their partners, people and focus areas come too)."""
    got: dict[str, set[int]] = {k: set() for k in KINDS}
    got[kind] = set(chosen)

    def pairs(statement: Select, keys: set[int]) -> set[int]:
        return _pairs(session, statement, keys)

    if kind == "memorandum":
        got["milestone"] = pairs(select(Milestone.memorandum_id, Milestone.id), chosen)
    elif kind == "milestone":
        got["memorandum"] = pairs(select(Milestone.id, Milestone.memorandum_id), chosen)
    elif kind == "organization":
        got["memorandum"] = pairs(
            select(MemorandumParty.organization_id, MemorandumParty.memorandum_id), chosen
        )
        got["milestone"] = pairs(
            select(MilestoneOrganization.organization_id, MilestoneOrganization.milestone_id),
            chosen,
        )
        got["person"] = pairs(select(Person.organization_id, Person.id), chosen)
    elif kind == "person":
        got["organization"] = pairs(select(Person.id, Person.organization_id), chosen)
        got["memorandum"] = pairs(
            select(MemorandumSignatory.person_id, MemorandumSignatory.memorandum_id), chosen
        ) | pairs(select(Memorandum.responsible_id, Memorandum.id), chosen)
        got["milestone"] = pairs(select(Milestone.responsible_id, Milestone.id), chosen)
    elif kind == "focus_area":
        got["memorandum"] = pairs(
            select(MemorandumFocusArea.focus_area_id, MemorandumFocusArea.memorandum_id), chosen
        )
        got["milestone"] = pairs(select(Milestone.focus_area_id, Milestone.id), chosen)
    elif kind == "source":
        for other in ("memorandum", "milestone", "organization", "person", "focus_area"):
            got[other] = pairs(
                select(Provenance.source_id, Provenance.record_id).where(
                    Provenance.record_kind == other
                ),
                chosen,
            )
    if kind in ("memorandum", "milestone"):
        # The memoranda and milestones in the export bring their own partners, people, areas.
        memoranda, milestones = got["memorandum"], got["milestone"]
        got["organization"] |= pairs(
            select(MemorandumParty.memorandum_id, MemorandumParty.organization_id), memoranda
        ) | pairs(
            select(MilestoneOrganization.milestone_id, MilestoneOrganization.organization_id),
            milestones,
        )
        got["person"] |= (
            pairs(
                select(MemorandumSignatory.memorandum_id, MemorandumSignatory.person_id), memoranda
            )
            | pairs(select(Memorandum.id, Memorandum.responsible_id), memoranda)
            | pairs(select(Milestone.id, Milestone.responsible_id), milestones)
        )
        got["focus_area"] |= pairs(
            select(MemorandumFocusArea.memorandum_id, MemorandumFocusArea.focus_area_id),
            memoranda,
        ) | pairs(select(Milestone.id, Milestone.focus_area_id), milestones)
    if kind != "source":
        # Only the sources behind the exported records, not every source in the database.
        backed = {k: got[k] for k in ("memorandum", "milestone")}
        backed[kind] = got[kind]
        got["source"] = _sources_of(session, backed)
    return got


def statuses_for(name: str) -> tuple[str, ...]:
    """`open` or one milestone status, as the command line takes it."""
    if name == "open":
        return OPEN_STATUSES
    if name not in MILESTONE_STATUSES:
        raise KztrackerError(
            _("unknown milestone status {status}; use open or one of: {statuses}").format(
                status=quoted(name), statuses=", ".join(MILESTONE_STATUSES)
            )
        )
    return (name,)


# How many candidates a refusal names before it says how many more there are.
_CANDIDATES_SHOWN = 5


def memorandum_scope(session: Session, wanted: str) -> ExportScope:
    """The scope of one memorandum, named as `find_memorandum_id` takes it."""
    return ExportScope(memorandum_id=find_memorandum_id(session, wanted))


def find_memorandum_id(session: Session, wanted: str) -> int:
    """The id of one memorandum, named by its id, its title or a unique part of the title
    (compared as names are: case, spacing and look-alike letters do not matter); the one rule
    of `export --memorandum` and `calendar --memorandum`."""
    text = wanted.strip()
    if text.isdigit():
        if session.get(Memorandum, int(text)) is None:
            raise KztrackerError(
                _("no memorandum has id {record_id}; see kztracker list memoranda").format(
                    record_id=text
                )
            )
        return int(text)
    key = name_key(text)
    rows = session.execute(select(Memorandum.id, Memorandum.title).order_by(Memorandum.title))
    found = [(record_id, title) for record_id, title in rows if key and key in name_key(title)]
    exact = [row for row in found if name_key(row[1]) == key]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0][0]
    if not found:
        raise KztrackerError(
            _("no memorandum title contains {text}; see kztracker list memoranda").format(
                text=shown(text)
            )
        )
    named = "; ".join(
        f"#{record_id} {shown(title, 60)}" for record_id, title in found[:_CANDIDATES_SHOWN]
    )
    if len(found) > _CANDIDATES_SHOWN:
        named += "; " + _("{count} more").format(count=len(found) - _CANDIDATES_SHOWN)
    raise KztrackerError(
        _("{text} matches {count} memoranda: {titles}; give more of the title or the id").format(
            text=shown(text), count=len(found), titles=named
        )
    )


def _describe(session: Session, scope: ExportScope, kind: str | None, count: int) -> str:
    if scope.label:
        text = scope.label
    elif scope.memorandum_id is not None:
        title = session.scalar(select(Memorandum.title).where(Memorandum.id == scope.memorandum_id))
        text = word("scope.memorandum", title=title)
    elif kind is not None:
        text = word("scope.view", count=count, kind=kind_name(kind, plural=count != 1).lower())
    else:
        text = word("summary.whole")
    if scope.milestone_statuses:
        statuses = ", ".join(status_label(s) for s in scope.milestone_statuses)
        text = f"{text}; {word('scope.statuses', statuses=statuses)}"
    return text


def resolve(session: Session, scope: ExportScope | None) -> Selection:
    """The ids of every sheet for `scope`; unknown kinds and memoranda are refused clearly."""
    scope = scope or ExportScope()
    for status in scope.milestone_statuses or ():
        statuses_for(status)
    if scope.memorandum_id is not None:
        kind: str | None = "memorandum"
        chosen = _existing(session, "memorandum", [scope.memorandum_id])
        if not chosen:
            raise KztrackerError(
                _("memorandum {record_id} no longer exists; refresh and try again").format(
                    record_id=scope.memorandum_id
                )
            )
    elif scope.kind is not None:
        kind = KIND_ALIASES.get(scope.kind)
        if kind is None:
            raise KztrackerError(
                _("cannot export records of kind {kind}; use one of: {kinds}").format(
                    kind=quoted(scope.kind), kinds=", ".join(KINDS)
                )
            )
        chosen = (
            {id_ for (id_,) in session.execute(select(MODELS[kind].id))}
            if scope.ids is None
            else _existing(session, kind, scope.ids)
        )
    else:
        kind, chosen = None, set()
    sheets: dict[str, set[int] | None] = (
        dict.fromkeys(KINDS) if kind is None else dict(_related(session, kind, chosen))
    )
    description = _describe(session, scope, kind, len(chosen))
    return Selection(sheets, description, scope.milestone_statuses)
