"""Reading a record's editable values out of its ORM object, and writing cleaned values back.

Writes go through ORM attributes and collections (never bulk UPDATE/DELETE) so the session's
flush events see every field that changed, and link rows are changed one by one rather than
rebuilt, so an unchanged link or alias is left alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.normalize import name_key
from kztracker.services.record_kinds import SPECS, Field, KindSpec

Values = dict[str, Any]


def read_values(spec: KindSpec, record: Any) -> Values:
    """The editable values, JSON-friendly: dates as ISO partial strings, links as ids."""
    values: Values = {}
    for item in spec.fields:
        if item.type == "date":
            date = getattr(record, item.name)
            values[item.name] = date.isoformat() if date is not None else None
        elif item.type == "refs":
            assert item.link is not None
            rows = getattr(record, item.link.collection)
            values[item.name] = sorted(getattr(row, item.link.column) for row in rows)
        elif item.type == "parties":
            assert item.link is not None
            rows = getattr(record, item.link.collection)
            values[item.name] = [
                {"organization_id": row.organization_id, "role": row.role}
                for row in sorted(rows, key=lambda row: row.organization_id)
            ]
        elif item.type == "aliases":
            values[item.name] = sorted((a.alias for a in record.aliases), key=name_key)
        else:
            values[item.name] = getattr(record, item.name)
    values["version"] = record.version
    return values


def write_values(spec: KindSpec, record: Any, cleaned: Values) -> bool:
    """Set the cleaned values on `record`; True when anything changed."""
    changed = False
    for item in spec.fields:
        if item.name not in cleaned:
            continue
        value = cleaned[item.name]
        if item.type == "aliases":
            changed |= _sync_aliases(spec, record, value)
        elif item.type in ("refs", "parties"):
            changed |= _sync_links(item, record, value)
        else:
            if value is None and item.default is not None and item.type == "enum":
                value = item.default
            if getattr(record, item.name) != value:
                setattr(record, item.name, value)
                changed = True
    if changed and record.id is not None:
        touch(record)
    return changed


def touch(record: Any) -> None:
    """Mark the record changed. A change to its link rows alone would not UPDATE its own row;
    this does, which bumps the version so colleagues holding the old one are told."""
    record.updated_at = dt.datetime.now(dt.UTC)


def touch_records(session: Session, kind: str, ids: set[int]) -> None:
    """Touch the `kind` records with these ids (whose link rows someone else changed)."""
    model = SPECS[kind].model
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for record in session.scalars(select(model).where(model.id.in_(chunk))):
            touch(record)


def _sync_links(item: Field, record: Any, value: list[Any]) -> bool:
    assert item.link is not None
    column = item.link.column
    wanted: dict[int, str | None] = (
        {party_id: role for party_id, role in value}
        if item.type == "parties"
        else dict.fromkeys(value)
    )
    rows = getattr(record, item.link.collection)
    changed = False
    for row in list(rows):
        key = getattr(row, column)
        if key not in wanted:
            rows.remove(row)
            changed = True
        elif item.type == "parties" and row.role != wanted[key]:
            row.role = wanted[key]
            changed = True
    present = {getattr(row, column) for row in rows}
    for key, role in wanted.items():
        if key not in present:
            attributes: dict[str, Any] = {column: key}
            if role is not None:
                attributes["role"] = role
            rows.append(item.link.model(**attributes))
            changed = True
    return changed


def _sync_aliases(spec: KindSpec, record: Any, aliases: list[str]) -> bool:
    assert spec.alias_model is not None
    wanted = {name_key(alias): alias for alias in aliases}
    changed = False
    for row in list(record.aliases):
        if row.alias_key not in wanted:
            record.aliases.remove(row)
            changed = True
        elif row.alias != wanted[row.alias_key]:
            row.alias = wanted[row.alias_key]
            changed = True
    present = {row.alias_key for row in record.aliases}
    for key, alias in wanted.items():
        if key not in present:
            record.aliases.append(spec.alias_model(alias=alias))
            changed = True
    return changed
