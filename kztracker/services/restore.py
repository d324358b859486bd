"""Bringing a deleted record back from the history.

A restore reads a deletion's entries into a snapshot (the record's last values, its links,
citations and other records' links to it, and its version) and hands it to
kztracker.services.snapshots, the one way a record comes back: the window's undo uses it too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError
from kztracker.history_fields import (
    CITATIONS,
    LINKS,
    TRACKED,
    VERSION_FIELD,
    decode_links,
    links_of,
    table_of,
)
from kztracker.i18n import _
from kztracker.models import HistoryEntry
from kztracker.services.history import (
    KIND_NAMES,
    as_utc,
    link_for,
    link_target,
    normalize_kind,
    referenced_kind,
)
from kztracker.services.record_kinds import SPECS
from kztracker.services.snapshots import (
    SOURCE_COLUMNS,
    Restored,
    kind_word,
    refuse_existing,
    refuse_taken_name,
    restore_snapshot,
)
from kztracker.vocabulary import LISTED_KINDS


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
        if entry.field is not None and link_for(entry.record_kind, entry.field) is not None:
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
        link = link_for(owner_kind, field)
        if link is None:
            if entry.old_value == str(record_id) and entry.new_value is None:
                if referenced_kind(owner_kind, field) == kind:
                    item = {"table": table_of(owner_kind).name, "id": owner_id, "column": field}
                    found[repr(item)] = item
            continue
        if link_target(link, 0) != kind:
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
    fields = [(link.owner_kind, link.field) for link in LINKS if link_target(link, 0) == kind]
    fields += [
        (other, column.key)
        for other in TRACKED
        for column in table_of(other).columns
        if referenced_kind(other, column.key) == kind
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
    return as_utc(first).isoformat() if first is not None else None


def _deleted_option(kind: str) -> str:
    """What follows `history --kind` to list the deleted records of `kind`: the command
    line's word for it (partners, not organization), and --deleted."""
    listed = next((name for name in LISTED_KINDS if KIND_NAMES.get(name) == kind), kind)
    return f"{listed} --deleted"


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
            ).format(kind=kind_word(kind), record_id=record_id, option=_deleted_option(kind))
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
        "attachments": [list(item) for item in lost.get("attachments", [])],
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
