"""Copying a whole tracker database to another one: the move from a SQLite file to a server.

Every table goes across in dependency order with its ids, in batches of plain inserts, inside
one transaction on the target: a failure leaves the target as it was. The source is read from
one snapshot, so the counts compared at the end are the counts of one moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    LargeBinary,
    MetaData,
    Table,
    TypeDecorator,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kztracker.db import Database, open_database
from kztracker.errors import Interrupted, KztrackerError
from kztracker.i18n import _, ngettext
from kztracker.locations import resolve_url, sqlite_path
from kztracker.models import Base
from kztracker.transactions import read_snapshot

BATCH = 2000
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CopyResult:
    """Rows copied per table, checked against the target after the copy."""

    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


@contextmanager
def _snapshot(database: Database) -> Iterator[Connection]:
    """A connection whose reads all see one moment of the source."""
    if database.is_sqlite:
        with database.engine.connect() as connection:
            read_snapshot(connection)
            yield connection
    else:
        options = {"isolation_level": "REPEATABLE READ"}
        with database.engine.connect().execution_options(**options) as connection:
            yield connection


def _datetime_adapter(target_is_sqlite: bool) -> Callable[[Any], Any]:
    """Timestamps cross as UTC: SQLite keeps UTC wall time without a zone, a server with one."""

    def adapt(value: Any) -> Any:
        if not isinstance(value, dt.datetime):
            return value
        aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
        if target_is_sqlite:
            return aware.astimezone(dt.UTC).replace(tzinfo=None)
        return aware

    return adapt


def _stored_form(table: Table) -> Table:
    """The table with each decorated type replaced by what it stores (partial dates are ISO
    text on both backends), so values cross as stored instead of parsed and re-rendered."""
    columns = [
        Column(
            c.name,
            c.type.impl_instance if isinstance(c.type, TypeDecorator) else c.type,
            primary_key=c.primary_key,
        )
        for c in table.columns
    ]
    return Table(table.name, MetaData(), *columns)


def _copy_table(
    source: Connection,
    target: Connection,
    table: Table,
    total: int,
    progress: Progress | None,
) -> int:
    raw = _stored_form(table)
    adapt = _datetime_adapter(target.dialect.name == "sqlite")
    stamps = [c.key for c in table.columns if isinstance(c.type, DateTime)]
    # A row may name a parent with a higher id; those references are set once all rows exist.
    self_refs = [
        c.key for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)
    ]
    deferred: list[dict[str, Any]] = []
    copied = 0
    # Attached files can be megabytes each: their table crosses a row at a time.
    large = any(isinstance(c.type, LargeBinary) for c in table.columns)
    result = source.execution_options(yield_per=1 if large else BATCH).execute(
        select(raw).order_by(*raw.primary_key.columns)
    )
    for partition in result.partitions():
        rows = [dict(row._mapping) for row in partition]
        for row in rows:
            for key in stamps:
                row[key] = adapt(row[key])
            for key in self_refs:
                if row[key] is not None:
                    deferred.append({"row_id": row["id"], "column": key, "value": row[key]})
                    row[key] = None
        target.execute(insert(raw), rows)
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied, total)
    for key in self_refs:
        batch = [
            {"row_id": d["row_id"], "new_value": d["value"]} for d in deferred if d["column"] == key
        ]
        if batch:
            statement = (
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values({key: bindparam("new_value")})
            )
            target.execute(statement, batch)
    return copied


def _reset_sequences(target: Connection) -> None:
    """Next ids after the copied ones: inserting explicit ids does not move a sequence."""
    quote = target.dialect.identifier_preparer.quote
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        name = quote(table.name)
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            ),
            {"table": name},
        )


def copy_database(
    source_url: str | None,
    target_url: str,
    *,
    allow_non_empty: bool = False,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every record, alias, source, provenance and history entry to another database.

    The target is created (or upgraded) first. A target that holds records is refused unless
    `allow_non_empty`, which replaces its contents. `progress(table, done, total)` is called
    after each batch.
    """
    source_url = resolve_url(source_url)
    target_url = resolve_url(target_url)
    if source_url == target_url:
        raise KztrackerError(_("the source and the target are the same database"))
    # A file this copy creates goes again if the copy does not finish (a refusal, a failure,
    # Ctrl-C): left, it would be an empty tracker database passing for the copy.
    target_file = sqlite_path(target_url)
    created = (
        target_file
        if target_file is not None and not (target_file.exists() or target_file.is_symlink())
        else None
    )
    try:
        return _copy(source_url, target_url, allow_non_empty, progress)
    except BaseException as exc:
        if created is not None:
            _remove_sqlite_file(created)
        if isinstance(exc, KeyboardInterrupt):
            raise Interrupted(
                _("interrupted: nothing was copied to {target}; run the copy again").format(
                    target=_safe(target_url)
                )
            ) from None
        raise


def _remove_sqlite_file(path: Path) -> None:
    for name in (path.name, *(path.name + end for end in ("-journal", "-wal", "-shm"))):
        path.with_name(name).unlink(missing_ok=True)


def _copy(
    source_url: str, target_url: str, allow_non_empty: bool, progress: Progress | None
) -> CopyResult:
    source = open_database(source_url, create=False, read_only=True)
    try:
        target = open_database(target_url, create=True)
    except Exception:
        source.dispose()
        raise
    tables = _tables()
    try:
        target.require_writable()
        with _snapshot(source) as reader, target.engine.begin() as writer:
            held = sum(_count(writer, table) for table in tables)
            if held and not allow_non_empty:
                raise KztrackerError(
                    ngettext(
                        "{target} already holds {count} row; copy into an empty database, "
                        "or add --force to replace what it holds",
                        "{target} already holds {count} rows; copy into an empty database, "
                        "or add --force to replace what it holds",
                        held,
                    ).format(target=_safe(target_url), count=held)
                )
            for table in reversed(tables):
                writer.execute(table.delete())
            totals = {table.name: _count(reader, table) for table in tables}
            copied = {}
            for table in tables:
                try:
                    copied[table.name] = _copy_table(
                        reader, writer, table, totals[table.name], progress
                    )
                except DBAPIError as exc:
                    reason = str(exc.orig or exc).strip().splitlines()[0]
                    raise KztrackerError(
                        _(
                            "the copy stopped at table {table} ({reason}); "
                            "nothing was kept in {target}"
                        ).format(table=table.name, reason=reason, target=_safe(target_url))
                    ) from exc
            if writer.dialect.name == "postgresql":
                _reset_sequences(writer)
            landed = {table.name: _count(writer, table) for table in tables}
            wrong = [
                _("{table}: {source} in the source, {target} in the target").format(
                    table=name, source=totals[name], target=landed[name]
                )
                for name in totals
                if not totals[name] == copied[name] == landed[name]
            ]
            if wrong:
                raise KztrackerError(
                    _("the copy did not match, so nothing was kept ({problems})").format(
                        problems="; ".join(wrong)
                    )
                )
    finally:
        source.dispose()
        target.dispose()
    return CopyResult(_safe(source_url), _safe(target_url), landed)
