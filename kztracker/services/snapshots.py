"""A record's snapshot, and bringing it back: undo of a delete, redo of a create, and the restore
of a deleted record from the history. One restorer serves all three.

A snapshot is plain JSON-friendly data:

- "kind", "id", and "created_at" (ISO text or None);
- "values": the editable values as `load_record` hands them out, with the "version" the record
  had (a source: its own columns, it has no version);
- "provenance": the record's own citations, [{source_id, span_start, span_end}];
- "inbound": every other record's link to it that a delete clears (see deletion.INBOUND): a
  reference column as {table, id, column}, a link row as {table, row, owner_kind, owner_id}.
  A source's citations are link rows of the provenance table.
- "attachments": the record's attached files, [[file name, SHA-256], ...] (their bytes stay in
  their blobs while the record is gone; see kztracker.services.attachments).

`snapshot_record` takes one of a live record (the window, before it deletes);
kztracker.services.restore builds one from what the history recorded of a deletion. Restoring
recreates the record under the same id and puts back whatever still makes sense: a link to a
record deleted since, an alias another record holds now, or a reference a colleague has set
elsewhere since is left out, and `Restored.left_out` says which.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from kztracker.dates import PartialDate
from kztracker.errors import DuplicateNameError, KztrackerError, ValidationFailed
from kztracker.i18n import N_, _, quoted
from kztracker.models import HistoryEntry, Provenance, Source
from kztracker.normalize import name_key
from kztracker.services.attachments import reattach, snapshot_items
from kztracker.services.changes import Changes
from kztracker.services.deletion import INBOUND, inbound_rows, provenance_rows
from kztracker.services.record_kinds import (
    MODELS,
    SPECS,
    Field,
    field_label,
    find_by_name,
    get_record,
    label_of,
    spec_for,
)
from kztracker.services.record_values import read_values, touch_records, write_values
from kztracker.services.validation import check_values

_LINK_MODELS: dict[str, Any] = {
    ref.model.__tablename__: ref.model for refs in INBOUND.values() for ref in refs
}
_LINK_MODELS[Provenance.__tablename__] = Provenance
_KIND_OF_TABLE = {model.__tablename__: kind for kind, model in MODELS.items()}
SOURCE_COLUMNS = ("title", "outlet", "url", "published_on", "language", "full_text", "content_hash")

# Why something stays out of a restore; each sentence whole, so a language can order it freely.
_REASONS = {
    "deleted": N_("{field}: {kind} {label} no longer exists"),
    "taken": N_("{field}: {label} belongs to another record now"),
    "changed": N_("{field} of {kind} {label} has changed since and stays as it is"),
}
# A restore from the history refuses a name taken since with one of these (per kind, so each
# language can decline the noun); the window's undo says it through the editor's validation.
NAME_TAKEN = {
    "organization": N_(
        "cannot restore {label}: another organization holds that name now; "
        "rename or delete it first"
    ),
    "person": N_(
        "cannot restore {label}: another person holds that name now; rename or delete it first"
    ),
    "focus_area": N_(
        "cannot restore {label}: another focus area holds that name now; rename or delete it first"
    ),
    "memorandum": N_(
        "cannot restore {label}: another memorandum holds that name now; rename or delete it first"
    ),
    "source": N_(
        "cannot restore {label}: another source holds that text now; rename or delete it first"
    ),
}
_SOURCE_WORD = N_("source")


@dataclass(frozen=True)
class LeftOut:
    """Something the record had that its restore could not bring back, and why.

    `field` is where it was, in the user's language; `kind` and `id` name the other record
    ("alias" and None for an alias); `reason` is "deleted", "taken" or "changed".
    """

    field: str
    kind: str
    id: int | None
    label: str
    reason: str

    def describe(self) -> str:
        return _(_REASONS[self.reason]).format(
            field=self.field,
            kind=kind_word(self.kind),
            # A name quoted the language's way: “Google”, «Google».
            label=_("“{name}”").format(name=self.label),
        )


@dataclass(frozen=True)
class Restored:
    """What a restore changed, and what of the record's it could not bring back."""

    changes: Changes
    left_out: tuple[LeftOut, ...] = ()


def kind_word(kind: str) -> str:
    """What users call the kind in running text ("partner"), in their language."""
    return _(SPECS[kind].label) if kind in SPECS else _(_SOURCE_WORD)


class _LeftOuts:
    """Collects what stays out; names records deleted since from their last delete's history."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, int | None, str | None, str]] = []

    def add(
        self, field: str, kind: str, record_id: int | None, reason: str, label: str | None = None
    ) -> None:
        self.items.append((field, kind, record_id, label, reason))

    def resolved(self, session: Session) -> tuple[LeftOut, ...]:
        wanted: dict[str, set[int]] = defaultdict(set)
        for _field, kind, record_id, label, _reason in self.items:
            if label is None and record_id is not None:
                wanted[kind].add(record_id)
        names: dict[tuple[str, int | None], str] = {
            (kind, record_id): name
            for kind, ids in wanted.items()
            for record_id, name in _former_labels(session, kind, ids).items()
        }
        return tuple(
            LeftOut(
                field,
                kind,
                record_id,
                label or names.get((kind, record_id), f"#{record_id}"),
                reason,
            )
            for field, kind, record_id, label, reason in self.items
        )


def _former_labels(session: Session, kind: str, ids: set[int]) -> dict[int, str]:
    column = "name" if kind in ("organization", "person", "focus_area") else "title"
    found: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        rows = session.execute(
            select(HistoryEntry.record_id, HistoryEntry.old_value)
            .where(
                HistoryEntry.record_kind == kind,
                HistoryEntry.action == "delete",
                HistoryEntry.field == column,
                HistoryEntry.record_id.in_(chunk),
            )
            .order_by(HistoryEntry.changed_at, HistoryEntry.id)
        )
        found.update({record_id: str(name) for record_id, name in rows})  # the last wins
    return found


# --- taking a snapshot ---------------------------------------------------------------------


def snapshot_record(session: Session, kind: str, record_id: int) -> dict[str, Any]:
    record = get_record(session, kind, record_id)
    if kind == "source":
        values = {name: _plain(getattr(record, name)) for name in SOURCE_COLUMNS}
        inbound = [_citation_row(citation) for citation in _citations_of_source(session, record_id)]
        created_at = record.imported_at
        provenance: list[dict[str, Any]] = []
    else:
        values = read_values(spec_for(kind), record)
        inbound = [_inbound_item(ref, row) for ref, row in inbound_rows(session, kind, record_id)]
        created_at = record.created_at
        provenance = [
            {"source_id": p.source_id, "span_start": p.span_start, "span_end": p.span_end}
            for p in provenance_rows(session, kind, record_id)
        ]
    return {
        "kind": kind,
        "id": record.id,
        "values": values,
        "created_at": created_at.isoformat() if created_at is not None else None,
        "provenance": provenance,
        "inbound": inbound,
        "attachments": snapshot_items(session, kind, record_id),
    }


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, PartialDate) else value


def _inbound_item(ref: Any, row: Any) -> dict[str, Any]:
    table = ref.model.__tablename__
    if ref.owner_column is None:
        return {"table": table, "id": row.id, "column": ref.column}
    columns = row.__table__.columns.keys()
    return {
        "table": table,
        "row": {c: getattr(row, c) for c in columns},
        "owner_kind": ref.owner_kind,
        "owner_id": getattr(row, ref.owner_column),
    }


def _citations_of_source(session: Session, source_id: int) -> list[Provenance]:
    statement = select(Provenance).where(Provenance.source_id == source_id).order_by(Provenance.id)
    return list(session.scalars(statement))


def _citation_row(citation: Provenance) -> dict[str, Any]:
    # No provenance id: SQLite may have handed it to a newer citation since.
    row = {
        "source_id": citation.source_id,
        "record_kind": citation.record_kind,
        "record_id": citation.record_id,
        "span_start": citation.span_start,
        "span_end": citation.span_end,
    }
    return {
        "table": Provenance.__tablename__,
        "row": row,
        "owner_kind": citation.record_kind,
        "owner_id": citation.record_id,
    }


# --- restoring -----------------------------------------------------------------------------


def refuse_existing(session: Session, kind: str, record_id: int) -> None:
    if session.get(MODELS[kind], record_id) is not None:
        raise KztrackerError(
            _("{kind} #{record_id} already exists; nothing to restore").format(
                kind=kind_word(kind), record_id=record_id
            )
        )


def refuse_taken_name(session: Session, kind: str, values: dict[str, Any]) -> None:
    """A clear refusal where the unique name (a source: its text) has been taken since."""
    if kind == "source":
        taken = select(Source.id).where(Source.content_hash == values.get("content_hash"))
        label = values.get("title")
    else:
        spec = SPECS[kind]
        label = values.get(spec.name_field)
        if spec.key_column is None or not label:
            return
        key = getattr(spec.model, spec.key_column)
        taken = select(spec.model.id).where(key == name_key(str(label)))
    if session.scalar(taken) is not None:
        raise DuplicateNameError(_(NAME_TAKEN[kind]).format(label=quoted(label)))


def restore_record(session: Session, kind: str, snapshot: dict[str, Any]) -> Changes:
    """Recreate the snapshotted record under its old id. The caller commits."""
    return restore_snapshot(session, kind, snapshot).changes


def restore_snapshot(session: Session, kind: str, snapshot: dict[str, Any]) -> Restored:
    """Recreate the record under its old id with all that still makes sense of what it had,
    its version moved past the one it was deleted at. The caller commits."""
    record_id = int(snapshot["id"])
    refuse_existing(session, kind, record_id)
    left = _LeftOuts()
    if kind == "source":
        record = _new_source(session, record_id, snapshot["values"])
    else:
        record = _new_record(session, kind, record_id, snapshot["values"], left)
    if snapshot.get("created_at"):
        created = dt.datetime.fromisoformat(snapshot["created_at"])
        setattr(record, "imported_at" if kind == "source" else "created_at", created)
    session.add(record)
    session.flush()
    _continue_version(session, record, snapshot["values"].get("version"))
    _cite(session, kind, record_id, snapshot.get("provenance") or [], left)
    _relink(session, kind, record_id, snapshot.get("inbound") or [], left)
    reattach(session, kind, record_id, snapshot.get("attachments") or [])
    session.flush()
    return Restored(Changes(kind, created=(record_id,)), left.resolved(session))


def _new_source(session: Session, record_id: int, values: dict[str, Any]) -> Source:
    refuse_taken_name(session, "source", values)
    columns = {name: values.get(name) for name in SOURCE_COLUMNS}
    if columns["published_on"]:
        columns["published_on"] = PartialDate.parse(str(columns["published_on"]))
    return Source(id=record_id, **columns)


def _new_record(
    session: Session, kind: str, record_id: int, values: dict[str, Any], left: _LeftOuts
) -> Any:
    spec = spec_for(kind)
    kept = {key: value for key, value in values.items() if key != "version"}
    for item in spec.fields:
        if item.type in ("ref", "refs", "parties"):
            kept[item.name] = _without_missing(session, item, kept.get(item.name), left)
        elif item.type == "aliases":
            kept[item.name] = _without_taken(session, kind, item, kept.get(item.name), left)
    cleaned, errors = check_values(session, spec, kept)
    if errors:
        raise ValidationFailed(errors)
    record = spec.model(id=record_id)
    write_values(spec, record, cleaned)
    return record


def _without_missing(session: Session, item: Field, value: Any, left: _LeftOuts) -> Any:
    if item.type == "ref":
        ids = [value] if value is not None else []
    elif item.type == "parties":
        ids = [party["organization_id"] for party in value or ()]
    else:
        ids = list(value or ())
    alive = _existing_ids(session, item.target, set(ids))
    for missing in dict.fromkeys(i for i in ids if i not in alive):
        left.add(_(item.label), item.target, missing, "deleted")
    if item.type == "ref":
        return value if value in alive else None
    if item.type == "parties":
        return [party for party in value or () if party["organization_id"] in alive]
    return [i for i in ids if i in alive]


def _without_taken(
    session: Session, kind: str, item: Field, aliases: Any, left: _LeftOuts
) -> list[str]:
    kept = []
    for alias in aliases or ():
        if find_by_name(session, kind, alias) is None:
            kept.append(alias)
        else:
            left.add(_(item.label), "alias", None, "taken", alias)
    return kept


def _existing_ids(session: Session, kind: str, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    model = MODELS[kind]
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found |= set(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


def _continue_version(session: Session, record: Any, version: Any) -> None:
    """Give the record the version after the one it was deleted at: an editor who still holds
    it from before the delete is then told it changed rather than saving over it unseen."""
    if version is None or not hasattr(record, "version"):
        return
    following = int(version) + 1
    table = record.__table__
    session.execute(update(table).where(table.c.id == record.id).values(version=following))
    set_committed_value(record, "version", following)
    session.expire(record, ["updated_at"])


def _cite(
    session: Session, kind: str, record_id: int, citations: list[dict[str, Any]], left: _LeftOuts
) -> None:
    # A plain ORM delete leaves the record's citations behind (they name it by kind and id):
    # those still there are not added twice.
    present = {
        (p.source_id, p.span_start, p.span_end) for p in provenance_rows(session, kind, record_id)
    }
    sources = _existing_ids(session, "source", {c["source_id"] for c in citations})
    for citation in citations:
        key = (citation["source_id"], citation["span_start"], citation["span_end"])
        if citation["source_id"] not in sources:
            left.add(field_label(kind, "sources"), "source", citation["source_id"], "deleted")
        elif key not in present:
            present.add(key)
            session.add(Provenance(record_kind=kind, record_id=record_id, **citation))


def _relink(
    session: Session, kind: str, record_id: int, inbound: list[dict[str, Any]], left: _LeftOuts
) -> None:
    """Point the other records back at the restored one, a few queries per table (a focus area
    can have thousands of milestones)."""
    columns: dict[tuple[str, str], list[int]] = defaultdict(list)
    rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for link in inbound:
        if "column" in link:
            columns[(link["table"], link["column"])].append(link["id"])
        else:
            rows[(link["table"], link["owner_kind"])].append(link)
    for (table, column), ids in columns.items():
        _relink_column(session, kind, record_id, table, column, ids, left)
    for (table, owner_kind), links in rows.items():
        _relink_rows(session, table, owner_kind, links, left)


def _relink_column(
    session: Session,
    kind: str,
    record_id: int,
    table: str,
    column: str,
    ids: list[int],
    left: _LeftOuts,
) -> None:
    model = _LINK_MODELS[table]
    owner_kind = _KIND_OF_TABLE[table]
    field = field_label(owner_kind, column)
    # A record above the restored one cannot also go under it (its parent changed since).
    above = _ancestors(session, kind, record_id) if owner_kind == kind else set()
    found: set[int] = set()
    for chunk in _chunks(sorted(set(ids))):
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            found.add(row.id)
            # A colleague may have linked it elsewhere since; theirs stands.
            if getattr(row, column) is None and row.id not in above:
                setattr(row, column, record_id)
            elif getattr(row, column) != record_id:
                left.add(field, owner_kind, row.id, "changed", label_of(owner_kind, row))
    for missing in sorted(set(ids) - found):
        left.add(field, owner_kind, missing, "deleted")


def _ancestors(session: Session, kind: str, record_id: int) -> set[int]:
    model = MODELS[kind]
    seen: set[int] = set()
    current = session.scalar(select(model.parent_id).where(model.id == record_id))
    while current is not None and current not in seen:
        seen.add(current)
        current = session.scalar(select(model.parent_id).where(model.id == current))
    return seen


def _relink_rows(
    session: Session, table: str, owner_kind: str, links: list[dict[str, Any]], left: _LeftOuts
) -> None:
    model = _LINK_MODELS[table]
    field = _field_of_table(owner_kind, table)
    alive = _existing_ids(session, owner_kind, {link["owner_id"] for link in links})
    for link in links:
        # The restored record is new, so none of its link rows can exist yet.
        if link["owner_id"] in alive:
            session.add(model(**{k: v for k, v in link["row"].items() if k != "id"}))
        else:
            left.add(field, owner_kind, link["owner_id"], "deleted")
    # A memorandum that gets a party back has changed: its version moves (citations are not
    # part of a record's editable values, so they leave it alone).
    if model is not Provenance:
        touch_records(session, owner_kind, alive)


def _field_of_table(owner_kind: str, table: str) -> str:
    """The owner's field a link table holds ("Parties" for memorandum_party)."""
    if table == Provenance.__tablename__:
        return field_label(owner_kind, "sources")
    for item in SPECS[owner_kind].fields:
        if item.link is not None and item.link.model.__tablename__ == table:
            return _(item.label)
    return table


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]
