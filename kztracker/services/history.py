"""Reading the change history, and bringing a deleted record back from it.

The recorder (kztracker.history) stores machine-readable values: ids for references and JSON
lists for links. Rows handed out here carry them rendered for people ("AstraZeneca (partner)"),
looked up in one query per kind.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, DateTime, Integer, func, select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate, PartialDateType
from kztracker.errors import DuplicateNameError, KztrackerError
from kztracker.history import (
    TRACKED,
    Link,
    decode_links,
    links_of,
    table_of,
    tracked_columns,
)
from kztracker.i18n import N_, _
from kztracker.models import HistoryEntry
from kztracker.normalize import name_key
from kztracker.services.changes import Changes

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

# The kinds in running text, and the refusal to bring back a name taken since, per kind so each
# language can decline the noun.
_KIND_WORDS = {
    "organization": N_("organization"),
    "person": N_("person"),
    "focus_area": N_("focus area"),
    "memorandum": N_("memorandum"),
    "milestone": N_("milestone"),
    "source": N_("source"),
}
_NAME_TAKEN = {
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


def kind_word(kind: str) -> str:
    """What a user calls `kind` in running text, in the user's language."""
    return _(_KIND_WORDS[kind]) if kind in _KIND_WORDS else kind.replace("_", " ")


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
    statement = select(HistoryEntry)
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


# --- restore --------------------------------------------------------------------------------


def _from_text(column: Column[Any], value: str | None) -> Any:
    if value is None:
        return None
    if isinstance(column.type, PartialDateType):
        return PartialDate.parse(value)
    if isinstance(column.type, Integer):
        return int(value)
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    return value


def _exists(session: Session, kind: str | None, record_id: Any) -> bool:
    if kind is None:
        return True
    return session.get(TRACKED[kind], int(record_id)) is not None


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


def _refuse_duplicate(session: Session, kind: str, values: dict[str, Any]) -> None:
    """A clear refusal where a unique name (or a source's text) has been taken since."""
    model = TRACKED[kind]
    if kind == "source":
        column, key, label = "content_hash", values.get("content_hash"), values.get("title")
    elif kind == "memorandum":
        column, key, label = "title_key", values.get("title"), values.get("title")
    else:
        column, key, label = "name_key", values.get("name"), values.get("name")
    if key is None or not hasattr(model, column):
        return
    wanted = key if kind == "source" else name_key(str(key))
    if session.scalar(select(table_of(kind).c.id).where(table_of(kind).c[column] == wanted)):
        raise DuplicateNameError(_(_NAME_TAKEN[kind]).format(label=repr(label)))


def _lost_links(own: list[HistoryEntry]) -> dict[str, list[tuple[Any, ...]]]:
    """Each link field's items as the deletion took them: those the record held when it went,
    plus those removed earlier in the same transaction (an editor drops citations first)."""
    lost: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for entry in own:
        if entry.field is None or _link(entry.record_kind, entry.field) is None:
            continue
        remaining = decode_links(entry.new_value) if entry.action == "update" else []
        for item in decode_links(entry.old_value):
            if item not in remaining and item not in lost[entry.field]:
                lost[entry.field].append(item)
    return lost


def _restore_links(
    session: Session, kind: str, record_id: int, lost: dict[str, list[tuple[Any, ...]]]
) -> None:
    for link in links_of(kind):
        target = _link_target(link, 0)
        for item in lost.get(link.field, []):
            if not _exists(session, target, item[0]):
                continue
            values = dict(zip(link.value_columns, item, strict=True))
            if link.field == "aliases":
                alias_key = link.model.alias_key  # type: ignore[attr-defined]
                taken = select(link.model).where(alias_key == name_key(str(item[0])))
                if session.scalar(taken) is not None:
                    continue
            if link.kind_column is not None:
                values[link.kind_column] = kind
                # A plain delete leaves citations behind (they name the record by kind and id).
                table = link.table
                same = [table.c[name] == value for name, value in values.items()]
                same.append(table.c[link.owner_column] == record_id)
                if session.scalar(select(func.count()).select_from(table).where(*same)):
                    continue
            session.add(link.model(**{link.owner_column: record_id}, **values))


def _relink(session: Session, entry: HistoryEntry, link: Link, record_id: int) -> None:
    """Put back the link rows the deletion took from another record's list."""
    if session.get(TRACKED[entry.record_kind], entry.record_id) is None:
        return
    remaining = set(decode_links(entry.new_value))
    for item in decode_links(entry.old_value):
        if item[0] != record_id or item in remaining:
            continue
        values = dict(zip(link.value_columns, item, strict=True))
        key = {link.owner_column: entry.record_id, link.value_columns[0]: record_id}
        if session.get(link.model, key) is None:
            session.add(link.model(**{link.owner_column: entry.record_id}, **values))


def _restore_references(
    session: Session, kind: str, record_id: int, deletion: list[HistoryEntry]
) -> None:
    """Point records back at the restored one where its deletion cleared their reference."""
    for entry in deletion:
        if entry.action != "update" or entry.field is None or entry.record_kind not in TRACKED:
            continue
        link = _link(entry.record_kind, entry.field)
        if link is not None and _link_target(link, 0) == kind:
            _relink(session, entry, link, record_id)
            continue
        if entry.new_value is not None or entry.old_value != str(record_id):
            continue
        if _referenced_kind(entry.record_kind, entry.field) != kind:
            continue
        other = session.get(TRACKED[entry.record_kind], entry.record_id)
        if other is not None and getattr(other, entry.field) is None:
            setattr(other, entry.field, record_id)


def restore_deleted(session: Session, kind: str, record_id: int) -> Changes:
    """Recreate a deleted record with its id, fields and links as history last saw them.

    Links to records that no longer exist are left out. The caller commits.
    """
    kind = normalize_kind(kind)
    model = TRACKED[kind]
    label = kind_word(kind)
    if session.get(model, record_id) is not None:
        raise KztrackerError(
            _("{kind} #{record_id} exists; there is nothing to restore").format(
                kind=label, record_id=record_id
            )
        )
    deletion = _deletion(session, kind, record_id)
    own = [e for e in deletion if e.record_kind == kind and e.record_id == record_id]
    fields = {entry.field: entry.old_value for entry in own if entry.action == "delete"}
    if not fields:
        raise KztrackerError(
            _(
                "no deleted {kind} #{record_id} in the history; "
                "`kztracker history --kind {option}` lists what was deleted"
            ).format(kind=label, record_id=record_id, option=kind)
        )
    values: dict[str, Any] = {}
    for column in tracked_columns(kind):
        value = _from_text(column, fields.get(column.key))
        if (
            value is not None
            and column.key.endswith("_id")
            and not _exists(session, _referenced_kind(kind, column.key), value)
        ):
            value = None
        values[column.key] = value
    _refuse_duplicate(session, kind, values)
    # One flush, so the history shows the record and its links as one creation.
    with session.no_autoflush:
        session.add(model(id=record_id, **{k: v for k, v in values.items() if v is not None}))
        _restore_links(session, kind, record_id, _lost_links(own))
        _restore_references(session, kind, record_id, deletion)
    session.flush()
    return Changes(kind, created=(record_id,))
