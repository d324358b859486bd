"""Reading the change history, and bringing a deleted record back from it.

The recorder (kztracker.history) stores machine-readable values: ids for references and JSON
lists for links. Rows handed out here carry them rendered for people ("AstraZeneca (partner)"),
looked up in one query per kind. A restore reads a deletion's entries into a snapshot and hands
it to kztracker.services.snapshots, the one way a record comes back (the window's undo too).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError
from kztracker.history import (
    CITATIONS,
    LINKS,
    TRACKED,
    VERSION_FIELD,
    Link,
    decode_links,
    links_of,
    table_of,
)
from kztracker.i18n import _
from kztracker.models import HistoryEntry
from kztracker.services.record_kinds import SPECS
from kztracker.services.snapshots import (
    SOURCE_COLUMNS,
    Restored,
    kind_word,
    refuse_existing,
    refuse_taken_name,
    restore_snapshot,
)

# The names a user may type for a kind: history's own, the list command's, and the UI's word.
KIND_NAMES: dict[str, str] = {
    **{kind: kind for kind in TRACKED},
    "memoranda": "memorandum",
    "partner": "organization",
    "partners": "organization",
    "organizations": "organization",
    "people": "person",
    "focus-area": "focus_area",
    "focus-areas": "focus_area",
    "milestones": "milestone",
    "sources": "source",
}
_LABEL_COLUMN = {
    "organization": "name",
    "person": "name",
    "focus_area": "name",
    "memorandum": "title",
    "milestone": "title",
    "source": "title",
}


@dataclass(frozen=True)
class HistoryRow:
    """One recorded field change, its values rendered for display."""

    changed_at: dt.datetime
    actor: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    record_kind: str = ""
    record_id: int = 0
    change_set: str | None = None


def normalize_kind(text: str) -> str:
    kind = KIND_NAMES.get(text.strip().lower().replace(" ", "-"))
    if kind is None:
        raise KztrackerError(
            _("unknown record kind {kind}; use one of: {kinds}").format(
                kind=repr(text), kinds=", ".join(sorted(TRACKED))
            )
        )
    return kind


def _referenced_kind(kind: str, field: str) -> str | None:
    """The kind a reference column points at (responsible_id → person), else None."""
    column = table_of(kind).columns.get(field)
    if column is None:
        return None
    for foreign_key in column.foreign_keys:
        for other, model in TRACKED.items():
            if foreign_key.column.table is model.__table__:
                return other
    return None


def _link(kind: str, field: str | None) -> Link | None:
    return next((link for link in links_of(kind) if link.field == field), None)


def _link_target(link: Link, position: int) -> str | None:
    column = link.table.c[link.value_columns[position]]
    for foreign_key in column.foreign_keys:
        for other, model in TRACKED.items():
            if foreign_key.column.table is model.__table__:
                return other
    return None


class _Names:
    """Display names of referenced records, fetched in one query per kind."""

    def __init__(self) -> None:
        self.wanted: dict[str, set[int]] = defaultdict(set)
        self.found: dict[tuple[str, int], str] = {}

    def want(self, kind: str | None, value: Any) -> None:
        if kind is not None and value is not None:
            self.wanted[kind].add(int(value))

    def fetch(self, session: Session) -> None:
        for kind, ids in self.wanted.items():
            table = table_of(kind)
            label = table.c[_LABEL_COLUMN[kind]]
            for record_id, name in session.execute(
                select(table.c.id, label).where(table.c.id.in_(sorted(ids)))
            ):
                self.found[(kind, record_id)] = name

    def name(self, kind: str | None, value: Any) -> str:
        if kind is None:
            return str(value)
        return self.found.get((kind, int(value)), f"#{value}")


def _plan_rendering(names: _Names, entry: HistoryEntry) -> None:
    kind, field = entry.record_kind, entry.field
    if kind not in TRACKED or field is None:
        return
    link = _link(kind, field)
    for value in (entry.old_value, entry.new_value):
        if link is not None:
            for item in decode_links(value):
                names.want(_link_target(link, 0), item[0])
        elif value is not None:
            names.want(_referenced_kind(kind, field), value)


def _render(names: _Names, kind: str, field: str | None, value: str | None) -> str | None:
    if value is None or field is None or kind not in TRACKED:
        return value
    link = _link(kind, field)
    if link is not None:
        target = _link_target(link, 0)
        parts = []
        for item in decode_links(value):
            label = names.name(target, item[0]) if target else str(item[0])
            if link.kind_column is not None:  # a citation: the source, and the span if any
                span = f" [{item[1]}-{item[2]}]" if item[1] is not None else ""
                parts.append(label + span)
            else:
                parts.append(f"{label} ({item[1]})" if len(item) > 1 else label)
        return "; ".join(parts)
    target = _referenced_kind(kind, field)
    return names.name(target, value) if target else value


def _display_field(field: str | None) -> str | None:
    if field is not None and field.endswith("_id"):
        return field[: -len("_id")]
    return field


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back the stored UTC wall time without a zone.
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _bound(value: dt.date | dt.datetime, *, end: bool) -> dt.datetime:
    """A filter bound in UTC; a date is a whole local day (its end is the next midnight)."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.astimezone()
    else:
        day = value + dt.timedelta(days=1) if end else value
        moment = dt.datetime.combine(day, dt.time()).astimezone()
    return moment.astimezone(dt.UTC)


def list_history(
    session: Session,
    *,
    record_kind: str | None = None,
    record_id: int | None = None,
    actor: str | None = None,
    since: dt.date | dt.datetime | None = None,
    until: dt.date | dt.datetime | None = None,
    limit: int | None = None,
) -> list[HistoryRow]:
    """Recorded changes, newest first, each transaction's fields in the order recorded.

    `since` and `until` are inclusive; a date covers its whole (local) day.
    """
    # The version a record was deleted at is kept for its restore, not shown.
    statement = select(HistoryEntry).where(
        (HistoryEntry.field != VERSION_FIELD) | HistoryEntry.field.is_(None)
    )
    if record_kind is not None:
        statement = statement.where(HistoryEntry.record_kind == normalize_kind(record_kind))
    if record_id is not None:
        statement = statement.where(HistoryEntry.record_id == record_id)
    if actor:
        statement = statement.where(func.lower(HistoryEntry.actor) == actor.strip().lower())
    if since is not None:
        statement = statement.where(HistoryEntry.changed_at >= _bound(since, end=False))
    if until is not None:
        bound = _bound(until, end=True)
        if isinstance(until, dt.datetime):
            statement = statement.where(HistoryEntry.changed_at <= bound)
        else:
            statement = statement.where(HistoryEntry.changed_at < bound)
    statement = statement.order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id)
    if limit is not None:
        statement = statement.limit(limit)
    entries = list(session.scalars(statement))
    names = _Names()
    for entry in entries:
        _plan_rendering(names, entry)
    names.fetch(session)
    return [
        HistoryRow(
            changed_at=_utc(entry.changed_at),
            actor=entry.actor,
            action=entry.action,
            field=_display_field(entry.field),
            old_value=_render(names, entry.record_kind, entry.field, entry.old_value),
            new_value=_render(names, entry.record_kind, entry.field, entry.new_value),
            record_kind=entry.record_kind,
            record_id=entry.record_id,
            change_set=entry.change_set,
        )
        for entry in entries
    ]


def record_history(session: Session, kind: str, record_id: int) -> list[HistoryRow]:
    """One record's changes, newest first: what the detail pane's History tab shows."""
    return list_history(session, record_kind=kind, record_id=record_id)


def deleted_records(session: Session, kind: str | None = None) -> list[HistoryRow]:
    """One row per record deleted and not restored since: its kind, id, name and when."""
    statement = select(HistoryEntry).where(HistoryEntry.action == "delete")
    if kind is not None:
        statement = statement.where(HistoryEntry.record_kind == normalize_kind(kind))
    statement = statement.where(HistoryEntry.field.in_(set(_LABEL_COLUMN.values())))
    rows = []
    for entry in session.scalars(statement.order_by(HistoryEntry.changed_at.desc())):
        if entry.record_kind not in TRACKED:
            continue
        if session.get(TRACKED[entry.record_kind], entry.record_id) is not None:
            continue
        rows.append(
            HistoryRow(
                _utc(entry.changed_at),
                entry.actor,
                "delete",
                entry.field,
                entry.old_value,
                None,
                entry.record_kind,
                entry.record_id,
                entry.change_set,
            )
        )
    return rows


# --- restore: a snapshot built from the history, brought back by the snapshots' restorer -----


def _deletion(session: Session, kind: str, record_id: int) -> list[HistoryEntry]:
    """The history entries of the record's last deletion (same transaction)."""
    last = session.scalars(
        select(HistoryEntry)
        .where(
            HistoryEntry.record_kind == kind,
            HistoryEntry.record_id == record_id,
            HistoryEntry.action == "delete",
        )
        .order_by(HistoryEntry.changed_at.desc(), HistoryEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return []
    together = (
        HistoryEntry.change_set == last.change_set
        if last.change_set is not None
        else HistoryEntry.changed_at == last.changed_at
    )
    return list(session.scalars(select(HistoryEntry).where(together).order_by(HistoryEntry.id)))


def _removed(entry: HistoryEntry) -> list[tuple[Any, ...]]:
    """The items a link field's entry took away (all of them when its owner was deleted)."""
    remaining = decode_links(entry.new_value) if entry.action == "update" else []
    return [item for item in decode_links(entry.old_value) if item not in remaining]


def _lost_links(own: list[HistoryEntry]) -> dict[str, list[tuple[Any, ...]]]:
    """Each link field's items as the deletion took them: those the record held when it went,
    plus those removed earlier in the same transaction (an editor drops citations first)."""
    lost: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for entry in own:
        if entry.field is not None and _link(entry.record_kind, entry.field) is not None:
            for item in _removed(entry):
                if item not in lost[entry.field]:
                    lost[entry.field].append(item)
    return lost


def _values(kind: str, fields: dict[str, str | None], lost: dict[str, list[Any]]) -> dict[str, Any]:
    """The record's values as `load_record` hands them out (a source: its own columns)."""
    if kind == "source":
        return {name: fields.get(name) for name in SOURCE_COLUMNS}
    values: dict[str, Any] = {}
    for item in SPECS[kind].fields:
        link = next(
            (
                link
                for link in links_of(kind)
                if link.relationship == (item.link.collection if item.link else item.name)
            ),
            None,
        )
        items = lost.get(link.field, []) if link is not None else []
        if item.type == "parties":
            values[item.name] = [{"organization_id": i[0], "role": i[1]} for i in items]
        elif item.type in ("refs", "aliases"):
            values[item.name] = [i[0] for i in items]
        elif item.type == "ref":
            value = fields.get(item.name)
            values[item.name] = int(value) if value is not None else None
        else:
            values[item.name] = fields.get(item.name)
    return values


def _inbound(kind: str, record_id: int, deletion: list[HistoryEntry]) -> list[dict[str, Any]]:
    """Other records' links to the record that its deletion cleared, as a snapshot lists them.

    Entries of records deleted in the same transaction count too: once such a record is back,
    restoring this one relinks it, whichever of the two comes back first.
    """
    found: dict[str, dict[str, Any]] = {}
    for entry in deletion:
        owner_kind, owner_id, field = entry.record_kind, entry.record_id, entry.field
        if (
            field is None
            or owner_kind not in TRACKED
            or (owner_kind, owner_id) == (kind, record_id)
        ):
            continue
        link = _link(owner_kind, field)
        if link is None:
            if entry.old_value == str(record_id) and entry.new_value is None:
                if _referenced_kind(owner_kind, field) == kind:
                    item = {"table": table_of(owner_kind).name, "id": owner_id, "column": field}
                    found[repr(item)] = item
            continue
        if _link_target(link, 0) != kind:
            continue
        for removed in _removed(entry):
            if removed[0] != record_id:
                continue
            row = {
                link.owner_column: owner_id,
                **dict(zip(link.value_columns, removed, strict=True)),
            }
            if link.kind_column is not None:
                row[link.kind_column] = owner_kind
            item = {
                "table": link.table.name,
                "row": row,
                "owner_kind": owner_kind,
                "owner_id": owner_id,
            }
            found[repr(item)] = item
    return list(found.values())


def _kept_out(
    session: Session, kind: str, record_id: int, own: list[HistoryEntry]
) -> list[HistoryEntry]:
    """Earlier deletions of other records, restored while this one was gone: the links to it
    that they had were left out of their restore, and come back with this one."""
    deleted_at = min(entry.changed_at for entry in own)
    fields = [(link.owner_kind, link.field) for link in LINKS if _link_target(link, 0) == kind]
    fields += [
        (other, column.key)
        for other in TRACKED
        for column in table_of(other).columns
        if _referenced_kind(other, column.key) == kind
    ]
    if not fields:
        return []
    candidates = session.scalars(
        select(HistoryEntry).where(
            HistoryEntry.action == "delete",
            HistoryEntry.changed_at < deleted_at,
            or_(*(and_(HistoryEntry.record_kind == k, HistoryEntry.field == f) for k, f in fields)),
            HistoryEntry.old_value.contains(str(record_id)),  # narrows; _inbound decides
        )
    )
    kept_out = []
    for entry in candidates:
        restored_at = session.scalar(
            select(func.min(HistoryEntry.changed_at)).where(
                HistoryEntry.record_kind == entry.record_kind,
                HistoryEntry.record_id == entry.record_id,
                HistoryEntry.action == "create",
                HistoryEntry.changed_at > entry.changed_at,
            )
        )
        if restored_at is not None and restored_at > deleted_at:
            kept_out.append(entry)
    return kept_out


def _version(session: Session, kind: str, record_id: int, recorded: str | None) -> int | None:
    """The version the record was deleted at. Deletions recorded before the version was kept:
    every version step writes at least one update entry, so their count bounds it."""
    if kind == "source":
        return None
    if recorded is not None:
        return int(recorded)
    updates = select(func.count()).where(
        HistoryEntry.record_kind == kind,
        HistoryEntry.record_id == record_id,
        HistoryEntry.action == "update",
    )
    return 1 + int(session.scalar(updates) or 0)


def _created_at(session: Session, kind: str, record_id: int) -> str | None:
    first = session.scalar(
        select(func.min(HistoryEntry.changed_at)).where(
            HistoryEntry.record_kind == kind,
            HistoryEntry.record_id == record_id,
            HistoryEntry.action == "create",
        )
    )
    return _utc(first).isoformat() if first is not None else None


def deletion_snapshot(session: Session, kind: str, record_id: int) -> dict[str, Any]:
    """A snapshot (see kztracker.services.snapshots) of the record as its last deletion took it."""
    deletion = _deletion(session, kind, record_id)
    own = [e for e in deletion if e.record_kind == kind and e.record_id == record_id]
    fields = {entry.field: entry.old_value for entry in own if entry.action == "delete"}
    if not fields:
        raise KztrackerError(
            _(
                "no deleted {kind} #{record_id} in the history; "
                "`kztracker history --kind {option}` lists what was deleted"
            ).format(kind=kind_word(kind), record_id=record_id, option=kind)
        )
    lost = _lost_links(own)
    values = _values(kind, {k: v for k, v in fields.items() if k is not None}, lost)
    version = _version(session, kind, record_id, fields.get(VERSION_FIELD))
    if version is not None:
        values["version"] = version
    citations = CITATIONS.get(kind)
    return {
        "kind": kind,
        "id": record_id,
        "values": values,
        "created_at": _created_at(session, kind, record_id),
        "provenance": [
            {"source_id": i[0], "span_start": i[1], "span_end": i[2]}
            for i in (lost.get(citations.field, []) if citations is not None else [])
        ],
        "inbound": _inbound(kind, record_id, deletion + _kept_out(session, kind, record_id, own)),
    }


def restore_deleted(session: Session, kind: str, record_id: int) -> Restored:
    """Bring a deleted record back as its last deletion took it: its fields, aliases, links,
    citations and the links other records had to it, under its id and past its old version.

    What no longer makes sense stays out and `Restored.left_out` lists it. The caller commits.
    """
    kind = normalize_kind(kind)
    refuse_existing(session, kind, record_id)
    snapshot = deletion_snapshot(session, kind, record_id)
    refuse_taken_name(session, kind, snapshot["values"])
    return restore_snapshot(session, kind, snapshot)
