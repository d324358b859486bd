"""A record's snapshot, and bringing it back: undo of a delete, redo of a create.

A snapshot is plain JSON-friendly data: the record's values with its id, its provenance, and
every other record's link to it that a delete would clear (see deletion.INBOUND). Restoring
recreates the record under the same id and puts back whatever links still make sense: a link
to a record that has since been deleted is dropped rather than refusing the whole restore.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError, ValidationFailed
from kztracker.i18n import _
from kztracker.models import Provenance, Source
from kztracker.services.changes import Changes
from kztracker.services.deletion import INBOUND, inbound_rows, provenance_rows
from kztracker.services.record_kinds import SPECS, get_record, spec_for
from kztracker.services.record_values import read_values, touch_records, write_values
from kztracker.services.validation import check_values

_LINK_MODELS = {ref.model.__tablename__: ref.model for refs in INBOUND.values() for ref in refs}


def snapshot_record(session: Session, kind: str, record_id: int) -> dict[str, Any]:
    spec = spec_for(kind)
    record = get_record(session, kind, record_id)
    inbound: list[dict[str, Any]] = []
    for ref, row in inbound_rows(session, kind, record_id):
        if ref.owner_column is None:
            inbound.append({"table": ref.model.__tablename__, "id": row.id, "column": ref.column})
        else:
            columns = row.__table__.columns.keys()
            inbound.append(
                {
                    "table": ref.model.__tablename__,
                    "row": {c: getattr(row, c) for c in columns},
                    "owner_kind": ref.owner_kind,
                    "owner_id": getattr(row, ref.owner_column),
                }
            )
    created_at = record.created_at
    return {
        "kind": spec.kind,
        "id": record.id,
        "values": read_values(spec, record),
        "created_at": created_at.isoformat() if created_at is not None else None,
        "provenance": [
            {"source_id": p.source_id, "span_start": p.span_start, "span_end": p.span_end}
            for p in provenance_rows(session, kind, record_id)
        ],
        "inbound": inbound,
    }


def _existing_ids(session: Session, kind: str, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    model = Source if kind == "source" else SPECS[kind].model
    return set(session.scalars(select(model.id).where(model.id.in_(ids))))


def _without_missing_links(session: Session, kind: str, values: dict[str, Any]) -> dict[str, Any]:
    kept = {key: value for key, value in values.items() if key != "version"}
    for item in spec_for(kind).fields:
        value = kept.get(item.name)
        if item.type == "ref" and value is not None:
            if not _existing_ids(session, item.target, {value}):
                kept[item.name] = None
        elif item.type == "refs":
            alive = _existing_ids(session, item.target, set(value or ()))
            kept[item.name] = [i for i in value or () if i in alive]
        elif item.type == "parties":
            ids = {p["organization_id"] for p in value or ()}
            alive = _existing_ids(session, item.target, ids)
            kept[item.name] = [p for p in value or () if p["organization_id"] in alive]
    return kept


def restore_record(session: Session, kind: str, snapshot: dict[str, Any]) -> Changes:
    """Recreate the snapshotted record under its old id. The caller commits."""
    spec = spec_for(kind)
    record_id = int(snapshot["id"])
    if session.get(spec.model, record_id) is not None:
        raise KztrackerError(
            _("{kind} #{record_id} already exists; nothing to restore").format(
                kind=_(spec.label), record_id=record_id
            )
        )
    values = _without_missing_links(session, kind, snapshot["values"])
    cleaned, errors = check_values(session, spec, values)
    if errors:
        raise ValidationFailed(errors)
    record = spec.model(id=record_id)
    write_values(spec, record, cleaned)
    if snapshot.get("created_at"):
        record.created_at = dt.datetime.fromisoformat(snapshot["created_at"])
    session.add(record)
    session.flush()
    sources = _existing_ids(session, "source", {p["source_id"] for p in snapshot["provenance"]})
    for citation in snapshot["provenance"]:
        if citation["source_id"] in sources:
            session.add(Provenance(record_kind=kind, record_id=record_id, **citation))
    _relink(session, snapshot["inbound"], record_id)
    session.flush()
    return Changes(kind, created=(record_id,))


def _relink(session: Session, inbound: list[dict[str, Any]], record_id: int) -> None:
    """Point the other records back at the restored one, a few queries per table (a focus area
    can have thousands of milestones)."""
    columns: dict[tuple[str, str], list[int]] = defaultdict(list)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for link in inbound:
        if "column" in link:
            columns[(link["table"], link["column"])].append(link["id"])
        else:
            rows[link["table"]].append(link)
    for (table, column), ids in columns.items():
        model = _LINK_MODELS[table]
        for chunk in _chunks(ids):
            for row in session.scalars(select(model).where(model.id.in_(chunk))):
                # A colleague may have linked it elsewhere since; theirs stands.
                if getattr(row, column) is None:
                    setattr(row, column, record_id)
    for table, links in rows.items():
        model = _LINK_MODELS[table]
        owner_kind = links[0]["owner_kind"]
        alive: set[int] = set()
        for chunk in _chunks([link["owner_id"] for link in links]):
            alive |= _existing_ids(session, owner_kind, set(chunk))
        for link in links:
            # The restored record is new, so none of its link rows can exist yet.
            if link["owner_id"] in alive:
                session.add(model(**link["row"]))
        touch_records(session, owner_kind, alive)


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]
