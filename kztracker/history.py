"""The change recorder: every create, update and delete of a tracked record becomes history rows.

It listens to the session's flush, so the window, the command line, the seed and an import all
record the same way without calling anything. Before a flush it reads the rows about to change
(and the links of their owners) straight from the database; after the flush it reads them again
and writes one HistoryEntry per field that differs. Reading the database rather than the ORM's
attribute history keeps it right when a value was set through a relationship, on an expired
object, or by the database itself (ON DELETE SET NULL).

Bulk statements (`session.execute(insert(Model), rows)`, `update()`, `delete()`) bypass the
flush and so the history: tracked records are written through ORM objects (provenance, which
is not tracked, may go in bulk).

Values are stored as text a machine can read back (ids for references, JSON lists for links) so
a deleted record can be restored from its history; what is tracked and that text are
kztracker.history_fields', shared with the restore; kztracker.services.history renders them for
people.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import uuid
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, select, text, union_all
from sqlalchemy.orm import Session, sessionmaker

from kztracker.history_fields import (
    CITATIONS,
    KIND_OF,
    LINK_BY_MODEL,
    TRACKED,
    VERSION_FIELD,
    Link,
    encode_links,
    links_of,
    table_of,
    to_text,
    tracked_columns,
)
from kztracker.models import HistoryEntry, Provenance

_PENDING = "kztracker.history.pending"
_CHANGE_SET = "kztracker.history.change_set"
_ACTOR = "kztracker.history.actor"
_CHUNK = 500


def _link_of(obj: Any, *, deleted: bool = False) -> tuple[Link, int] | None:
    """The link an association object belongs to, and its owner's id when known."""
    if isinstance(obj, Provenance):
        link = CITATIONS.get(obj.record_kind) if deleted else None
    else:
        link = LINK_BY_MODEL.get(type(obj))
    if link is None:
        return None
    owner_id = getattr(obj, link.owner_column)
    return None if owner_id is None else (link, owner_id)


# --- reading the database -------------------------------------------------------------------

Snapshot = dict[str, str | None]


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def read_rows(connection: Connection, kind: str, ids: Iterable[int]) -> dict[int, Snapshot]:
    """The tracked fields of these records as history text, by id."""
    table = table_of(kind)
    columns = tracked_columns(kind)
    rows: dict[int, Snapshot] = {}
    for chunk in _chunks(ids):
        statement = select(table.c.id, *columns).where(table.c.id.in_(chunk))
        for row in connection.execute(statement):
            values = zip(columns, row[1:], strict=True)
            rows[row[0]] = {column.key: to_text(value) for column, value in values}
    return rows


def read_links(
    connection: Connection, link: Link, owner_ids: Iterable[int]
) -> dict[int, str | None]:
    """Each owner's links as one JSON text (None when it has none)."""
    table = link.table
    owner = table.c[link.owner_column]
    values = [table.c[name] for name in link.value_columns]
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    owners = set(owner_ids)
    for chunk in _chunks(owners):
        statement = select(owner, *values).where(owner.in_(chunk))
        if link.kind_column is not None:
            statement = statement.where(table.c[link.kind_column] == link.owner_kind)
        for row in connection.execute(statement):
            found[row[0]].append(tuple(row[1:]))
    return {owner_id: encode_links(found.get(owner_id, [])) for owner_id in owners}


# --- the recorder ---------------------------------------------------------------------------


@dataclass
class _Pending:
    """What one flush is about to change, read before the flush."""

    before: dict[str, dict[int, Snapshot]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    link_owners: dict[Link, set[int]] = field(default_factory=lambda: defaultdict(set))
    links_before: dict[Link, dict[int, str | None]] = field(default_factory=dict)
    versions: dict[str, dict[int, int]] = field(default_factory=dict)


def _identity(obj: Any) -> int | None:
    # The id from the instance's state: in after_flush a new object has its id but no identity
    # key yet, and reading through the attribute could load an expired object.
    value = inspect(obj).dict.get("id")
    if value is None:
        key = inspect(obj).identity
        return int(key[0]) if key else None
    return int(value)


def _set_null_referrers(connection: Connection, kind: str, ids: set[int]) -> dict[str, set[int]]:
    """Tracked records whose reference to one of these the database will clear on delete."""
    target = table_of(kind)
    found: dict[str, set[int]] = defaultdict(set)
    for other_kind in TRACKED:
        table = table_of(other_kind)
        for column in table.columns:
            for foreign_key in column.foreign_keys:
                if foreign_key.column.table is target and foreign_key.ondelete == "SET NULL":
                    for chunk in _chunks(ids):
                        statement = select(table.c.id).where(column.in_(chunk))
                        found[other_kind].update(connection.scalars(statement))
    return found


def _note_link(pending: _Pending, found: tuple[Link, int] | None) -> None:
    if found is not None:
        pending.link_owners[found[0]].add(found[1])


def _highest_id(kind: str) -> Any:
    table = table_of(kind)
    highest = union_all(
        select(func.max(table.c.id).label("top")),
        select(func.max(HistoryEntry.record_id).label("top")).where(
            HistoryEntry.record_kind == kind
        ),
    ).subquery()
    return select(func.coalesce(func.max(highest.c.top), 0))


def _assign_fresh_ids(session: Session) -> None:
    """Give new records ids no record of their kind ever had (SQLite only).

    SQLite (without AUTOINCREMENT) hands a deleted record's id to the next new record when it
    was the highest; the newcomer would then inherit the deleted one's history and block its
    restore. Counting history's ids too keeps every id used once. The write lock is taken
    first, so two writers cannot pick the same ids.
    """
    fresh: dict[str, list[Any]] = defaultdict(list)
    for obj in session.new:
        kind = KIND_OF.get(type(obj))
        if kind is not None and inspect(obj).dict.get("id") is None:
            fresh[kind].append(obj)
    if not fresh:
        return
    connection = session.connection()
    connection.exec_driver_sql("UPDATE history SET id = id WHERE 0")  # takes the write lock
    for kind, objects in fresh.items():
        start = int(connection.scalar(_highest_id(kind)) or 0) + 1
        for offset, obj in enumerate(objects):
            obj.id = start + offset


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending = _Pending()
    session.info[_PENDING] = pending
    if session.get_bind().dialect.name == "sqlite":
        _assign_fresh_ids(session)
    changing: dict[str, set[int]] = defaultdict(set)
    for obj in session.dirty:
        kind = KIND_OF.get(type(obj))
        if kind is None:
            _note_link(pending, _link_of(obj))
            continue
        record_id = _identity(obj)
        if record_id is None:
            continue
        changing[kind].add(record_id)
        attrs = inspect(obj).attrs
        for link in links_of(kind):
            if link.relationship and attrs[link.relationship].history.has_changes():
                pending.link_owners[link].add(record_id)
    for obj in session.deleted:
        kind = KIND_OF.get(type(obj))
        record_id = _identity(obj)
        if kind is not None and record_id is not None:
            pending.deleted[kind].add(record_id)
            for link in links_of(kind):
                pending.link_owners[link].add(record_id)
    for obj in session.new:
        _note_link(pending, _link_of(obj))
    for obj in session.deleted:
        _note_link(pending, _link_of(obj, deleted=True))
    if not (changing or pending.deleted or pending.link_owners):
        return
    connection = session.connection()
    if pending.deleted.get("source"):
        _note_cascaded_citations(connection, pending, pending.deleted["source"])
    pending.versions = {
        kind: _read_versions(connection, kind, ids) for kind, ids in pending.deleted.items()
    }
    for kind, ids in list(pending.deleted.items()):
        changing[kind] |= ids
        for other_kind, referrers in _set_null_referrers(connection, kind, ids).items():
            changing[other_kind] |= referrers
    pending.before = {kind: read_rows(connection, kind, ids) for kind, ids in changing.items()}
    pending.links_before = {
        link: read_links(connection, link, owners) for link, owners in pending.link_owners.items()
    }


def _note_cascaded_citations(connection: Connection, pending: _Pending, ids: set[int]) -> None:
    """The database deletes a source's citations with it (ON DELETE CASCADE), past the ORM:
    each cited record's sources are read now, so the loss is recorded on it like any other."""
    table = Provenance.__table__
    for chunk in _chunks(ids):
        statement = select(table.c.record_kind, table.c.record_id).where(
            table.c.source_id.in_(chunk)
        )
        for record_kind, record_id in connection.execute(statement):
            if record_kind in CITATIONS:
                pending.link_owners[CITATIONS[record_kind]].add(record_id)


def _read_versions(connection: Connection, kind: str, ids: set[int]) -> dict[int, int]:
    table = table_of(kind)
    if "version" not in table.c:
        return {}
    found: dict[int, int] = {}
    for chunk in _chunks(ids):
        statement = select(table.c.id, table.c.version).where(table.c.id.in_(chunk))
        found.update({row[0]: row[1] for row in connection.execute(statement)})
    return found


def _entry(action: str, kind: str, record_id: int, name: str, old: Any, new: Any) -> dict[str, Any]:
    return {
        "action": action,
        "record_kind": kind,
        "record_id": record_id,
        "field": name,
        "old_value": old,
        "new_value": new,
    }


def _after_flush(session: Session, _context: Any) -> None:
    pending = session.info.pop(_PENDING, None) or _Pending()
    connection = session.connection()
    entries: list[dict[str, Any]] = []
    created: dict[str, set[int]] = defaultdict(set)
    for obj in session.new:
        kind = KIND_OF.get(type(obj))
        record_id = _identity(obj)
        if kind is not None and record_id is not None:
            created[kind].add(record_id)
    for kind, ids in created.items():
        for record_id, row in read_rows(connection, kind, ids).items():
            entries += [
                _entry("create", kind, record_id, name, None, value)
                for name, value in row.items()
                if value is not None
            ]
        for link in links_of(kind):
            if link.only_on_delete:
                continue
            for record_id, value in read_links(connection, link, ids).items():
                if value is not None:
                    entries.append(_entry("create", kind, record_id, link.field, None, value))
    for kind, before in pending.before.items():
        deleted = pending.deleted.get(kind, set())
        after = read_rows(connection, kind, set(before) - deleted)
        for record_id, old_row in before.items():
            if record_id in deleted:
                entries += [
                    _entry("delete", kind, record_id, name, value, None)
                    for name, value in old_row.items()
                    if value is not None
                ]
                version = pending.versions.get(kind, {}).get(record_id)
                if version is not None:
                    entries.append(
                        _entry("delete", kind, record_id, VERSION_FIELD, str(version), None)
                    )
                continue
            new_row = after.get(record_id)
            if new_row is None:
                continue
            entries += [
                _entry("update", kind, record_id, name, old_row[name], new_row[name])
                for name in old_row
                if old_row[name] != new_row[name]
            ]
    for link, old_links in pending.links_before.items():
        deleted = pending.deleted.get(link.owner_kind, set())
        fresh = created.get(link.owner_kind, set())
        live = {owner for owner in old_links if owner not in deleted and owner not in fresh}
        new_links = read_links(connection, link, live)
        for owner, old in old_links.items():
            if owner in fresh:
                continue
            if owner in deleted:
                if old is not None:
                    entries.append(_entry("delete", link.owner_kind, owner, link.field, old, None))
            elif old != new_links[owner]:
                entries.append(
                    _entry("update", link.owner_kind, owner, link.field, old, new_links[owner])
                )
    if entries:
        stamp = {
            "changed_at": dt.datetime.now(dt.UTC),
            "actor": actor(connection),
            "change_set": _change_set(session),
        }
        connection.execute(insert(HistoryEntry), [stamp | entry for entry in entries])


def _change_set(session: Session) -> str:
    transaction = session.get_transaction()
    current = session.info.get(_CHANGE_SET)
    if current is None or current[0] is not transaction:
        current = (transaction, uuid.uuid4().hex)
        session.info[_CHANGE_SET] = current
    return str(current[1])


def os_account() -> str:
    """The operating-system account, or a stand-in when the platform cannot say."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises OSError, KeyError or ImportError by platform
        pass
    for name in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    return "unknown"


def actor(connection: Connection) -> str:
    """Who is changing things: the database role on a server, the OS account on a file."""
    cached = connection.info.get(_ACTOR)
    if cached is None:
        if connection.dialect.name == "postgresql":
            cached = str(connection.scalar(text("SELECT current_user")))
        else:
            cached = os_account()
        connection.info[_ACTOR] = cached
    return str(cached)[:100]


# Factories that record already; weak, so a factory's entry goes when it does.
_INSTALLED: weakref.WeakSet[sessionmaker[Session]] = weakref.WeakSet()


def install(sessions: sessionmaker[Session]) -> None:
    """Record history for every session this factory makes (idempotent)."""
    # Kept here rather than asked of event.contains(): SQLAlchemy's listener registry is
    # keyed by id(), and a new factory at a garbage-collected one's address looked installed,
    # so now and then a database recorded no history at all.
    if sessions in _INSTALLED:
        return
    _INSTALLED.add(sessions)
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
