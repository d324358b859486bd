"""Taking an import back in one step: what it created is deleted, what it added is removed.

An import is applied in one transaction, and the history recorder stamps every change of a
transaction with one change set: the import's source was created in it, and so were the records
the import created, the aliases it learned, the parties and fields it added to records it
linked to. That change set is the import's own record of what it did, so nothing else needs
storing. Removal goes through the ORM like any edit, so it is recorded in the history too (and
each deleted record can be restored from there).

What someone changed after the import is left as they made it: a field that no longer holds the
value the import wrote is not reverted, and a record the import created that another source
cites now (a later import linked to it) stays, losing only this source's citation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate, PartialDateType
from kztracker.errors import KztrackerError
from kztracker.history_fields import (
    LINKS,
    TRACKED,
    Link,
    decode_links,
    table_of,
    to_text,
)
from kztracker.i18n import _, quoted
from kztracker.models import HistoryEntry, Provenance, Source
from kztracker.services.changes import Changes
from kztracker.services.deletion import remove
from kztracker.services.record_kinds import label_of
from kztracker.services.record_values import touch

# Deleting in this order removes what points at a record before the record itself.
_DELETE_ORDER = ("milestone", "memorandum", "person", "focus_area", "organization")
_SHOWN_ORDER = ("organization", "person", "focus_area", "memorandum", "milestone")


@dataclass(frozen=True)
class ImportedItem:
    """A record an import touched; `alias` names the spelling it taught that record."""

    kind: str
    id: int
    label: str
    alias: str | None = None


@dataclass(frozen=True)
class ImportContents:
    """What one import did, as the summary after Apply and the removal both need it."""

    source_id: int
    source_title: str
    created: tuple[ImportedItem, ...] = ()
    linked: tuple[ImportedItem, ...] = ()
    aliases: tuple[ImportedItem, ...] = ()


@dataclass(frozen=True)
class ImportRemoval:
    """What taking an import back changed. Quacks like a `Changes` of kind "source", as the
    window broadcasts it; `changes()` has the detail per kind. `kept` are created records that
    other sources cite now; `left` are fields and links changed since, left as they are."""

    source_id: int
    source_title: str
    deleted_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    updated_ids: dict[str, tuple[int, ...]] = field(default_factory=dict)
    kept: tuple[ImportedItem, ...] = ()
    left: tuple[ImportedItem, ...] = ()

    kind = "source"
    created: tuple[int, ...] = ()

    @property
    def updated(self) -> tuple[int, ...]:
        return ()

    @property
    def deleted(self) -> tuple[int, ...]:
        return (self.source_id,)

    def changes(self) -> tuple[Changes, ...]:
        result = [Changes("source", deleted=(self.source_id,))]
        for kind in _SHOWN_ORDER:
            deleted = self.deleted_ids.get(kind, ())
            updated = self.updated_ids.get(kind, ())
            if deleted or updated:
                result.append(Changes(kind, updated=updated, deleted=deleted))
        return tuple(result)


# -- reading what an import did ---------------------------------------------------------------


def _change_set(session: Session, source_id: int) -> tuple[Source, list[HistoryEntry]]:
    source = session.get(Source, source_id)
    if source is None:
        raise KztrackerError(
            _("the source {id} no longer exists; reload the list of sources").format(id=source_id)
        )
    stamp = session.scalar(
        select(HistoryEntry.change_set)
        .where(
            HistoryEntry.record_kind == "source",
            HistoryEntry.record_id == source_id,
            HistoryEntry.action == "create",
        )
        .order_by(HistoryEntry.id.desc())
        .limit(1)
    )
    entries = (
        list(
            session.scalars(
                select(HistoryEntry)
                .where(HistoryEntry.change_set == stamp)
                .order_by(HistoryEntry.id)
            )
        )
        if stamp is not None
        else []
    )
    sources = {e.record_id for e in entries if e.record_kind == "source" and e.action == "create"}
    if sources != {source_id}:
        # No record of its own change set (older than the history), or one shared with other
        # sources (the seed data comes in one transaction): nothing says what is this import's.
        raise KztrackerError(
            _(
                "the source {title} did not come from an import of its own; "
                "delete the records it brought one by one instead"
            ).format(title=quoted(source.title))
        )
    return source, entries


def _record(session: Session, kind: str, record_id: int) -> Any:
    return session.get(TRACKED[kind], record_id)


def _link(kind: str, name: str | None) -> Link | None:
    return next(
        (k for k in LINKS if k.owner_kind == kind and k.field == name and not k.only_on_delete),
        None,
    )


def _added(entry: HistoryEntry) -> list[tuple[Any, ...]]:
    old = decode_links(entry.old_value)
    return [item for item in decode_links(entry.new_value) if item not in old]


def _item(session: Session, kind: str, record_id: int, alias: str | None = None) -> ImportedItem:
    record = _record(session, kind, record_id)
    return ImportedItem(kind, record_id, label_of(kind, record) if record else "", alias)


def import_contents(session: Session, source_id: int) -> ImportContents:
    """What the import that brought this source created, linked to, and taught as aliases.

    Raises KztrackerError when the source did not come from an import of its own.
    """
    source, entries = _change_set(session, source_id)
    created = _created(entries)
    linked: dict[tuple[str, int], None] = {}
    for kind, record_id in session.execute(
        select(Provenance.record_kind, Provenance.record_id)
        .where(Provenance.source_id == source_id)
        .order_by(Provenance.id)
    ):
        if (kind, record_id) not in created:
            linked[(kind, record_id)] = None
    aliases = []
    for entry in entries:
        if entry.action == "update" and (entry.record_kind, entry.record_id) not in created:
            linked[(entry.record_kind, entry.record_id)] = None
            if entry.field == "aliases":
                aliases += [
                    _item(session, entry.record_kind, entry.record_id, str(item[0]))
                    for item in _added(entry)
                ]

    def items(keys: Any) -> tuple[ImportedItem, ...]:
        found = [_item(session, kind, i) for kind, i in keys if kind in _SHOWN_ORDER]
        found = [item for item in found if item.label]  # deleted since
        return tuple(sorted(found, key=lambda x: _SHOWN_ORDER.index(x.kind)))

    return ImportContents(source_id, source.title, items(created), items(linked), tuple(aliases))


def _created(entries: list[HistoryEntry]) -> dict[tuple[str, int], None]:
    return {
        (e.record_kind, e.record_id): None
        for e in entries
        if e.action == "create" and e.record_kind != "source"
    }


# -- taking it back -----------------------------------------------------------------------------


def _from_text(kind: str, name: str, text: str | None) -> Any:
    """A column's value back from the text the history stores."""
    if text is None:
        return None
    column_type = table_of(kind).c[name].type
    if isinstance(column_type, PartialDateType):
        return PartialDate.parse(text)
    if isinstance(column_type, Integer):
        return int(text)
    return text


def _cited_elsewhere(session: Session, kind: str, record_id: int, source_id: int) -> bool:
    return (
        session.scalar(
            select(Provenance.id)
            .where(
                Provenance.record_kind == kind,
                Provenance.record_id == record_id,
                Provenance.source_id != source_id,
            )
            .limit(1)
        )
        is not None
    )


class _Remover:
    def __init__(self, session: Session, source: Source, entries: list[HistoryEntry]) -> None:
        self.session = session
        self.source = source
        self.entries = entries
        self.created = _created(entries)
        self.deleted: dict[str, list[int]] = {}
        self.updated: dict[str, set[int]] = {}
        self.kept: list[ImportedItem] = []
        self.left: list[ImportedItem] = []

    def delete_created(self) -> None:
        for kind in _DELETE_ORDER:
            for record_kind, record_id in self.created:
                if record_kind != kind:
                    continue
                record = _record(self.session, kind, record_id)
                if record is None:
                    continue  # deleted since
                if _cited_elsewhere(self.session, kind, record_id, self.source.id):
                    self.kept.append(ImportedItem(kind, record_id, label_of(kind, record)))
                    continue
                remove(self.session, kind, record)
                self.deleted.setdefault(kind, []).append(record_id)
            self.session.flush()

    def revert_updates(self) -> None:
        """Undo each field and link the import changed on a record it linked to, newest first."""
        for entry in reversed(self.entries):
            kind, record_id = entry.record_kind, entry.record_id
            if entry.action != "update" or (kind, record_id) in self.created:
                continue
            record = _record(self.session, kind, record_id) if kind in TRACKED else None
            if record is None or entry.field is None:
                continue
            link = _link(kind, entry.field)
            reverted = (
                self._remove_links(link, record, entry) if link else self._revert(record, entry)
            )
            if reverted:
                touch(record)
                self.updated.setdefault(kind, set()).add(record_id)
            elif reverted is None:
                self.left.append(ImportedItem(kind, record_id, label_of(kind, record)))
        self.session.flush()

    def _revert(self, record: Any, entry: HistoryEntry) -> bool | None:
        assert entry.field is not None
        if to_text(getattr(record, entry.field)) != entry.new_value:
            return None  # someone changed it since: theirs stays
        setattr(record, entry.field, _from_text(entry.record_kind, entry.field, entry.old_value))
        return True

    def _remove_links(self, link: Link, record: Any, entry: HistoryEntry) -> bool:
        removed = False
        for item in _added(entry):
            rows = self.session.scalars(
                select(link.model).where(
                    getattr(link.model, link.owner_column) == record.id,
                    *(
                        getattr(link.model, column) == value
                        for column, value in zip(link.value_columns, item, strict=True)
                    ),
                )
            )
            for row in rows:
                self.session.delete(row)
                removed = True
        return removed

    def result(self) -> ImportRemoval:
        source_id, title = self.source.id, self.source.title
        self.session.delete(self.source)  # its citations go with it (ON DELETE CASCADE)
        self.session.flush()
        return ImportRemoval(
            source_id,
            title,
            {k: tuple(v) for k, v in self.deleted.items()},
            {k: tuple(sorted(v)) for k, v in self.updated.items()},
            tuple(self.kept),
            tuple(self.left),
        )


def remove_import(session: Session, source_id: int) -> ImportRemoval:
    """Take back the import that brought this source, in the caller's transaction.

    Deletes the records it created (unless another source cites them now), removes the aliases,
    parties, signatories, focus areas and partners it added to records it linked to, puts back
    the fields it filled in (unless changed since) and deletes the source with its citations.
    Raises KztrackerError when the source did not come from an import of its own.
    """
    source, entries = _change_set(session, source_id)
    remover = _Remover(session, source, entries)
    remover.delete_created()
    remover.revert_updates()
    return remover.result()
