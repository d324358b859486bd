"""What applying an edited export did: kept so its new rows are known the next time the same
export is read, and so the whole apply can be taken back (Edit > Undo) and done again (Redo).

New rows carry no id in the workbook, and the workbook is the colleague's, not ours to write
ids into. So the apply cites each record it creates from a source of its own, one per export
(its content hash is the hash of the export's key, which the hidden register carries), each
record's line naming its sheet and row. Reading that export again, a new row whose name is
that of a record cited there is that record: unchanged it is nothing to do, edited since it
is an update. Applying the same file twice therefore creates nothing the second time.

Taking an apply back goes through the record services like any edit, so the history records
it: created records are deleted (a snapshot kept for Redo), changed fields get their old
values, deleted records come back from their snapshot. A record someone changed since is
refused as a stale save (StaleRecordError) unless the caller overwrites. The announcement
import's undo (services.import_undo) replays a change set's history instead, but it only
removes what an import adds; an apply also removes links and deletes records, which the
snapshots and old values here put back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.errors import RecordNotFound
from kztracker.i18n import _
from kztracker.models import Provenance, Source
from kztracker.normalize import name_key
from kztracker.services.changes import Changes
from kztracker.services.record_kinds import get_record, label_of
from kztracker.services.records import (
    delete_record,
    load_record,
    restore_snapshot,
    snapshot_record,
    update_record,
)
from kztracker.sources import content_hash

Values = dict[str, Any]
Key = tuple[str, int]


@dataclass
class Steps:
    """What one apply wrote, and the state its inverse needs (updated by each undo and redo)."""

    # (kind, id, the fields' values before, after): only the fields the apply wrote
    updated: list[tuple[str, int, Values, Values]] = field(default_factory=list)
    created: list[Key] = field(default_factory=list)
    deleted: list[tuple[str, int, Values]] = field(default_factory=list)  # snapshot at delete
    source_id: int | None = None  # the export's source, when this apply created it
    versions: dict[Key, int] = field(default_factory=dict)  # after the last run, per record
    snapshots: dict[Key, Values] = field(default_factory=dict)  # created records, taken back

    def kinds(self) -> list[str]:
        found = [k for k, *_ in self.updated] + [k for k, _ in self.created]
        return list(dict.fromkeys(found + [k for k, *_ in self.deleted]))


def _hash(export_key: str) -> str:
    return content_hash(f"kztracker export {export_key}")


def rows_added_before(session: Session, export_key: str) -> dict[tuple[str, str], list[int]]:
    """(kind, name key) -> ids of the records earlier applies of this export created."""
    source_id = session.scalar(select(Source.id).where(Source.content_hash == _hash(export_key)))
    found: dict[tuple[str, str], list[int]] = {}
    if source_id is None:
        return found
    cited = session.execute(
        select(Provenance.record_kind, Provenance.record_id)
        .where(Provenance.source_id == source_id)
        .order_by(Provenance.id)
    )
    for kind, record_id in cited:
        try:
            record = get_record(session, kind, record_id)
        except RecordNotFound:
            continue  # deleted since: its row is new again
        key = (kind, name_key(label_of(kind, record)))
        if record_id not in found.setdefault(key, []):
            found[key].append(record_id)
    return found


def cite_added(
    session: Session,
    export_key: str,
    file_name: str,
    added: list[tuple[str, int, str, int | None, str]],
    steps: Steps,
) -> None:
    """Cite each created record (kind, id, sheet, row, label) from the export's source, made
    on the first apply that adds a row."""
    if not added:
        return
    source = session.scalar(select(Source).where(Source.content_hash == _hash(export_key)))
    if source is None:
        source = Source(
            title=_("{file}: rows added in an edited export").format(file=file_name)[:500],
            full_text="",
            content_hash=_hash(export_key),
        )
        session.add(source)
        session.flush()
        steps.source_id = source.id
    text = source.full_text or ""
    citations = []
    for kind, record_id, sheet, row, label in added:
        if text:
            text += "\n"
        start = len(text)
        text += f"{sheet}!{row}: {label}"
        citations.append(
            Provenance(
                source_id=source.id,
                record_kind=kind,
                record_id=record_id,
                span_start=start,
                span_end=len(text),
            )
        )
    source.full_text = text
    session.add_all(citations)
    session.flush()


def remember(session: Session, steps: Steps, kind: str, record_id: int) -> Values:
    """Note the record's version after this run; its values as stored."""
    values = load_record(session, kind, record_id)
    steps.versions[(kind, record_id)] = values["version"]
    return values


def _expected(steps: Steps, key: Key, overwrite: bool) -> int | None:
    return None if overwrite else steps.versions.get(key)


def take_back(session: Session, steps: Steps, *, overwrite: bool = False) -> tuple[Changes, ...]:
    """Undo the apply in the caller's transaction. Raises StaleRecordError when a record was
    changed since (unless `overwrite`), RecordNotFound when one is gone; `steps` stays as it
    was when it raises (the caller rolls back)."""
    return _kept_on_failure(steps, lambda: _take_back(session, steps, overwrite=overwrite))


def do_again(session: Session, steps: Steps, *, overwrite: bool = False) -> tuple[Changes, ...]:
    """Redo the apply after `take_back`: the same values, the same records under their ids."""
    return _kept_on_failure(steps, lambda: _do_again(session, steps, overwrite=overwrite))


def _kept_on_failure(steps: Steps, run: Callable[[], tuple[Changes, ...]]) -> tuple[Changes, ...]:
    saved = (dict(steps.versions), list(steps.deleted), dict(steps.snapshots))
    try:
        return run()
    except BaseException:
        steps.versions, steps.deleted, steps.snapshots = saved
        raise


def _take_back(session: Session, steps: Steps, *, overwrite: bool) -> tuple[Changes, ...]:
    changes: list[Changes] = []
    snapshots: dict[Key, Values] = {}
    for kind, record_id in reversed(steps.created):
        snapshots[(kind, record_id)] = snapshot_record(session, kind, record_id)
        expected = _expected(steps, (kind, record_id), overwrite)
        changes.append(delete_record(session, kind, record_id, expected_version=expected))
    if steps.source_id is not None:
        snapshots[("source", steps.source_id)] = snapshot_record(session, "source", steps.source_id)
        session.delete(get_record(session, "source", steps.source_id))
        session.flush()
        changes.append(Changes("source", deleted=(steps.source_id,)))
    for kind, record_id, before, _after in reversed(steps.updated):
        expected = _expected(steps, (kind, record_id), overwrite)
        changes.append(update_record(session, kind, record_id, before, expected_version=expected))
        remember(session, steps, kind, record_id)
    for kind, record_id, snapshot in reversed(steps.deleted):
        changes.append(restore_snapshot(session, kind, snapshot).changes)
        remember(session, steps, kind, record_id)
    steps.snapshots = snapshots
    return tuple(changes)


def _do_again(session: Session, steps: Steps, *, overwrite: bool) -> tuple[Changes, ...]:
    changes: list[Changes] = []
    deleted = []
    for kind, record_id, _snapshot in steps.deleted:
        snapshot = snapshot_record(session, kind, record_id)
        expected = _expected(steps, (kind, record_id), overwrite)
        changes.append(delete_record(session, kind, record_id, expected_version=expected))
        deleted.append((kind, record_id, snapshot))
    for kind, record_id, _before, after in steps.updated:
        expected = _expected(steps, (kind, record_id), overwrite)
        changes.append(update_record(session, kind, record_id, after, expected_version=expected))
        remember(session, steps, kind, record_id)
    if steps.source_id is not None:
        changes.append(
            restore_snapshot(
                session, "source", steps.snapshots[("source", steps.source_id)]
            ).changes
        )
    for kind, record_id in steps.created:
        changes.append(restore_snapshot(session, kind, steps.snapshots[(kind, record_id)]).changes)
        remember(session, steps, kind, record_id)
    steps.deleted = deleted
    return tuple(changes)
