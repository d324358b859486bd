"""Reading the change history.

The recorder (kztracker.history) stores machine-readable values: ids for references and JSON
lists for links. Rows handed out here carry them rendered for people ("AstraZeneca (partner)"),
looked up in one query per kind. Bringing a deleted record back from its history is
kztracker.services.restore's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError
from kztracker.history_fields import (
    TRACKED,
    VERSION_FIELD,
    Link,
    decode_links,
    links_of,
    table_of,
)
from kztracker.i18n import _, quoted
from kztracker.models import HistoryEntry
from kztracker.vocabulary import LISTED_KINDS

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
                # The command line's words for kinds, the same `kztracker list` takes.
                kind=quoted(text),
                kinds=", ".join(LISTED_KINDS),
            )
        )
    return kind


def referenced_kind(kind: str, field: str) -> str | None:
    """The kind a reference column points at (responsible_id → person), else None."""
    column = table_of(kind).columns.get(field)
    if column is None:
        return None
    for foreign_key in column.foreign_keys:
        for other, model in TRACKED.items():
            if foreign_key.column.table is model.__table__:
                return other
    return None


def link_for(kind: str, field: str | None) -> Link | None:
    return next((link for link in links_of(kind) if link.field == field), None)


def link_target(link: Link, position: int) -> str | None:
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
    link = link_for(kind, field)
    for value in (entry.old_value, entry.new_value):
        if link is not None:
            for item in decode_links(value):
                names.want(link_target(link, 0), item[0])
        elif value is not None:
            names.want(referenced_kind(kind, field), value)


def _render(names: _Names, kind: str, field: str | None, value: str | None) -> str | None:
    if value is None or field is None or kind not in TRACKED:
        return value
    link = link_for(kind, field)
    if link is not None:
        target = link_target(link, 0)
        parts = []
        for item in decode_links(value):
            label = names.name(target, item[0]) if target else str(item[0])
            if link.kind_column is not None:  # a citation: the source, and the span if any
                span = f" [{item[1]}-{item[2]}]" if item[1] is not None else ""
                parts.append(label + span)
            else:
                # An attachment's second value is its blob's hash: the name says enough.
                shown = len(item) > 1 and link.field != "attachments"
                parts.append(f"{label} ({item[1]})" if shown else label)
        return "; ".join(parts)
    target = referenced_kind(kind, field)
    return names.name(target, value) if target else value


def _display_field(field: str | None) -> str | None:
    if field is not None and field.endswith("_id"):
        return field[: -len("_id")]
    return field


def as_utc(value: dt.datetime) -> dt.datetime:
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
            changed_at=as_utc(entry.changed_at),
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
                as_utc(entry.changed_at),
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
