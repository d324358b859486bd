"""Editing records of every kind: load, validate, create, update, delete, snapshot, restore.

The one API behind the edit dialogs, undo and the command line. Each function works inside the
caller's session and never commits; the caller (the CLI, or the window's Operations.change)
commits once, so a failure leaves nothing half-written. Writes go through ORM objects so the
history listeners see every change.

Optimistic locking: `load_record` hands out `version`; `update_record` refuses to save over a
newer version (StaleRecordError with both sides' values) unless told to overwrite, and the
mapper's version_id_col catches a colleague's save that lands between our read and our write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kztracker.errors import FieldError, RecordNotFound, StaleRecordError, ValidationFailed
from kztracker.services import deletion
from kztracker.services.changes import Changes
from kztracker.services.deletion import DeleteImpact
from kztracker.services.record_kinds import (
    EDITABLE_KINDS,
    RelatedItem,
    find_by_name,
    get_record,
    spec_for,
)
from kztracker.services.record_values import read_values, write_values
from kztracker.services.snapshots import (
    Restored,
    restore_record,
    restore_snapshot,
    snapshot_record,
)
from kztracker.services.validation import check_values

__all__ = [
    "EDITABLE_KINDS",
    "Changes",
    "DeleteImpact",
    "FieldError",
    "RecordNotFound",
    "RelatedItem",
    "Restored",
    "StaleRecordError",
    "ValidationFailed",
    "blank_values",
    "create_record",
    "delete_impact",
    "delete_record",
    "field_names",
    "find_record_by_name",
    "load_record",
    "restore_record",
    "restore_snapshot",
    "snapshot_record",
    "update_record",
    "validate_record",
]

Values = dict[str, Any]


def field_names(kind: str) -> tuple[str, ...]:
    """The editable fields of `kind`, in the order a form shows them."""
    return tuple(item.name for item in spec_for(kind).fields)


def blank_values(kind: str) -> Values:
    """The values of a new record before the user types anything."""
    return {
        item.name: list(item.default) if isinstance(item.default, tuple) else item.default
        for item in spec_for(kind).fields
    }


def load_record(session: Session, kind: str, record_id: int) -> Values:
    """The editable values of one record, with its `version`. Raises RecordNotFound."""
    return read_values(spec_for(kind), get_record(session, kind, record_id))


def find_record_by_name(session: Session, kind: str, name: str) -> int | None:
    """The id of the record whose name or alias normalizes like `name` (not milestones)."""
    return find_by_name(session, kind, name)


def _merged(base: Values, values: Values) -> Values:
    merged = {**base, **values}
    merged.pop("version", None)
    return merged


def validate_record(
    session: Session, kind: str, values: Values, record_id: int | None = None
) -> list[FieldError]:
    """Every problem with `values` (partial for an existing record); empty when it can be saved."""
    base = load_record(session, kind, record_id) if record_id is not None else blank_values(kind)
    _, errors = check_values(session, spec_for(kind), _merged(base, values), record_id)
    return errors


def create_record(session: Session, kind: str, values: Values) -> Changes:
    """Add a record. Raises ValidationFailed; the caller commits."""
    spec = spec_for(kind)
    cleaned, errors = check_values(session, spec, _merged(blank_values(kind), values))
    if errors:
        raise ValidationFailed(errors)
    record = spec.model()
    write_values(spec, record, cleaned)
    session.add(record)
    session.flush()
    return Changes(kind, created=(record.id,))


def update_record(
    session: Session,
    kind: str,
    record_id: int,
    values: Values,
    *,
    expected_version: int | None,
    overwrite: bool = False,
) -> Changes:
    """Change the given fields only. `expected_version` is the version the user opened (None:
    no check); a newer stored version raises StaleRecordError unless `overwrite`."""
    spec = spec_for(kind)
    record = get_record(session, kind, record_id)
    stored = read_values(spec, record)
    if not overwrite and expected_version is not None and stored["version"] != expected_version:
        raise _stale(kind, record_id, stored, values)
    cleaned, errors = check_values(session, spec, _merged(stored, values), record_id)
    if errors:
        raise ValidationFailed(errors)
    # No autoflush while the values go in: the one flush below is where a lost race shows.
    with session.no_autoflush:
        changed = write_values(spec, record, cleaned)
    if not changed:
        return Changes(kind)
    _flush(session, kind, record_id, values)
    return Changes(kind, updated=(record_id,))


def delete_impact(session: Session, kind: str, record_id: int) -> DeleteImpact:
    """What deleting the record would delete with it and which records would lose a link."""
    return deletion.delete_impact(session, kind, get_record(session, kind, record_id))


def delete_record(
    session: Session, kind: str, record_id: int, *, expected_version: int | None = None
) -> Changes:
    """Delete the record as `delete_impact` describes. The caller commits."""
    spec_for(kind)
    record = get_record(session, kind, record_id)
    if expected_version is not None and record.version != expected_version:
        raise StaleRecordError(
            kind, record_id, {"version": record.version}, {"version": expected_version}
        )
    with session.no_autoflush:
        deletion.remove(session, kind, record)
    _flush(session, kind, record_id, {})
    return Changes(kind, deleted=(record_id,))


def _comparable(value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return sorted((_comparable(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    return value


def _stale(kind: str, record_id: int, stored: Values, submitted: Values) -> StaleRecordError:
    fields = [key for key in submitted if key != "version" and key in stored]
    differ = [key for key in fields if _comparable(stored[key]) != _comparable(submitted[key])]
    return StaleRecordError(
        kind,
        record_id,
        {key: stored[key] for key in differ},
        {key: submitted[key] for key in differ},
    )


def _flush(session: Session, kind: str, record_id: int, submitted: Values) -> None:
    """Flush, turning a lost race (the row's version moved under us) into StaleRecordError."""
    try:
        session.flush()
    except StaleDataError:
        # This session's transaction is spoiled (the caller rolls it back); read what the
        # colleague stored through a session of its own.
        with Session(session.get_bind()) as fresh:
            stored = load_record(fresh, kind, record_id)
        raise _stale(kind, record_id, stored, submitted) from None
