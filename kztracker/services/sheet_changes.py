"""An edited export back as a reviewed set of changes: the functions the window and the command
line both call.

`read_changes` compares each row of a workbook kztracker exported (kztracker.exporting.identity
put the id and version on it) with the record as the database holds it now: each changed
field old → new, a row without an id as a record to create, an exported record whose row is
gone as "removed in the sheet", and, where the record's version moved on since the export,
each differing field as a conflict (the database's value and the sheet's; the user chooses).
`apply_changes` writes the chosen ones through the record services in the caller's
transaction, so the history records every change and a failure writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.errors import RecordNotFound
from kztracker.i18n import _, quoted
from kztracker.importing.sheets.build import Problem
from kztracker.importing.sheets.exported import (
    COLUMNS,
    ExportedRow,
    ExportedSheet,
    is_export,
    read_cell,
    read_exported,
)
from kztracker.normalize import name_key
from kztracker.services.record_kinds import find_by_name, get_record, label_of
from kztracker.services.records import (
    create_record,
    delete_record,
    load_record,
    snapshot_record,
    update_record,
    validate_record,
)
from kztracker.services.sheet_applied import Steps, cite_added, remember, rows_added_before
from kztracker.vocabulary import (
    kind_name,
    memorandum_kind_label,
    organization_kind_label,
    party_role_label,
    status_label,
)

__all__ = [
    "Applied",
    "ChangeSet",
    "FieldChange",
    "RecordChange",
    "apply_changes",
    "is_export",
    "read_changes",
]

_LABELS = {
    "status": status_label,
    "memorandum_status": status_label,
    "organization_kind": organization_kind_label,
    "memorandum_kind": memorandum_kind_label,
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    header: str
    old: str | None  # as shown: the database's value now
    new: str | None  # as shown: the sheet's value
    value: Any  # the sheet's value as stored
    conflict: bool = False  # the record changed in the database since the export


@dataclass
class RecordChange:
    kind: str
    action: str  # "update", "create" or "removed"
    sheet: str
    row: int | None  # None for a record removed in the sheet
    record_id: int | None  # None for a record to create
    label: str  # its title or name
    version: int | None = None  # the database's version when the changes were read
    fields: list[FieldChange] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        assert self.record_id is not None
        return (self.kind, self.record_id)

    @property
    def conflicts(self) -> list[FieldChange]:
        return [f for f in self.fields if f.conflict]

    def lines(self) -> list[str]:
        """One line per change, as the command line prints them."""
        where = _("{sheet} row {row}").format(sheet=self.sheet, row=self.row)
        what = f"{kind_name(self.kind)} #{self.record_id} {quoted(self.label)}"
        if self.action == "removed":
            return [
                _("{sheet}: {record} removed in the sheet (deleted only when chosen)").format(
                    sheet=self.sheet, record=what
                )
            ]
        if self.action == "create":
            shown = "; ".join(f"{f.header}: {f.new}" for f in self.fields if f.new is not None)
            return [
                _("{where}: new {kind} {label}: {values}").format(
                    where=where, kind=kind_name(self.kind), label=quoted(self.label), values=shown
                )
            ]
        lines = []
        for f in self.fields:
            old, new = f.old if f.old is not None else "-", f.new if f.new is not None else "-"
            if f.conflict:
                lines.append(
                    _(
                        "{where}: {record}: CONFLICT {header}: database {old}, sheet {new} "
                        "(changed in the database since the export)"
                    ).format(where=where, record=what, header=f.header, old=old, new=new)
                )
            else:
                lines.append(f"{where}: {what}: {f.header}: {old} → {new}")
        return lines

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "action": self.action,
            "sheet": self.sheet,
            "row": self.row,
            "id": self.record_id,
            "label": self.label,
            "version": self.version,
            "fields": [
                {
                    "field": f.field,
                    "header": f.header,
                    "old": f.old,
                    "new": f.new,
                    "conflict": f.conflict,
                }
                for f in self.fields
            ],
        }


@dataclass
class ChangeSet:
    path: Path
    changes: list[RecordChange]
    problems: list[tuple[str, Problem]]  # (sheet, problem): rows left out, and why
    export_key: str = ""  # which export the file is (sheet_applied)

    def of(self, action: str) -> list[RecordChange]:
        return [c for c in self.changes if c.action == action]

    @property
    def conflicts(self) -> list[RecordChange]:
        return [c for c in self.changes if c.conflicts]

    def lines(self) -> list[str]:
        return [line for change in self.changes for line in change.lines()]

    def problem_lines(self) -> list[str]:
        return [f"{sheet}: {problem.line()}" for sheet, problem in self.problems]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "changes": [c.as_json() for c in self.changes],
            "problems": [
                {
                    "sheet": sheet,
                    "row": p.row,
                    "column": p.column,
                    "header": p.header,
                    "value": p.value,
                    "reason": p.reason,
                }
                for sheet, p in self.problems
            ],
        }


@dataclass(frozen=True)
class Applied:
    updated: int
    created: int
    deleted: int
    conflicts_left: int  # records whose conflicting fields kept the database's value
    # What was written, for Undo (services.sheet_applied.take_back)
    steps: Steps = field(default_factory=Steps, compare=False, repr=False)

    def counts(self) -> dict[str, int]:
        names = ("updated", "created", "deleted", "conflicts_left")
        return {name: getattr(self, name) for name in names}

    def summary(self) -> str:
        return _(
            "updated: {updated}, created: {created}, deleted: {deleted}, "
            "conflicts left as in the database: {conflicts}"
        ).format(
            updated=self.updated,
            created=self.created,
            deleted=self.deleted,
            conflicts=self.conflicts_left,
        )


class _RowProblem(ValueError):
    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(reason)
        self.field_name, self.reason = field_name, reason


def read_changes(session: Session, path: str | Path) -> ChangeSet:
    """What the edited export at `path` changes. Raises ImportInputError for an unusable file;
    reads only."""
    exported = read_exported(path)
    changes: list[RecordChange] = []
    problems: list[tuple[str, Problem]] = []
    added_before = rows_added_before(session, exported.key)
    for kind, sheet in exported.sheets.items():
        seen: dict[int, int] = {}
        for row in sheet.rows:
            try:
                change = _row_change(session, sheet, row, exported.register, seen, added_before)
            except _RowProblem as problem:
                letter, value, _format = row.cells.get(problem.field_name, ("", None, ""))
                header = sheet.headers.get(problem.field_name, problem.field_name)
                shown = "" if value is None else str(value)
                problems.append(
                    (sheet.title, Problem(row.row, letter, header, shown, problem.reason))
                )
                continue
            if change is not None:
                changes.append(change)
        for (register_kind, record_id), (_version, title) in exported.register.items():
            if register_kind != kind or record_id in seen:
                continue
            try:
                record = get_record(session, kind, record_id)
            except RecordNotFound:
                continue  # deleted in the database too: nothing to do
            changes.append(
                RecordChange(
                    kind,
                    "removed",
                    title,
                    None,
                    record_id,
                    label_of(kind, record),
                    record.version,
                )
            )
    return ChangeSet(Path(path), changes, problems, exported.key)


def _row_change(
    session: Session,
    sheet: ExportedSheet,
    row: ExportedRow,
    register: dict[tuple[str, int], tuple[int | None, str]],
    seen: dict[int, int],
    added_before: dict[tuple[str, str], list[int]],
) -> RecordChange | None:
    kind = sheet.kind
    record_id = row.record_id
    if record_id is None:
        values = _sheet_values(session, kind, row)
        # A row an earlier apply of this export created: that record, not a new one.
        earlier = added_before.get((kind, name_key(str(values.get(_name_field(kind)) or ""))))
        if not earlier:
            return _create(session, sheet, row, values)
        record_id = earlier.pop(0)
    if record_id in seen:
        raise _RowProblem(
            "",
            _(
                "the same record as row {row} (a copied row?); to add a record, copy only the "
                "visible cells"
            ).format(row=seen[record_id]),
        )
    # Seen before its cells are read: a row with a problem is not a record removed.
    seen[record_id] = row.row
    values = _sheet_values(session, kind, row)
    try:
        stored = load_record(session, kind, record_id)
    except RecordNotFound:
        raise _RowProblem(
            "", _("deleted from the database since the export; not created again")
        ) from None
    exported_version = register.get((kind, record_id), (row.version, ""))[0]
    moved_on = exported_version is not None and stored["version"] != exported_version
    fields = []
    for field_name, value in values.items():
        if _same(stored[field_name], value):
            continue
        how = _how(kind, field_name)
        fields.append(
            FieldChange(
                field_name,
                sheet.headers.get(field_name, field_name),
                _shown(session, how, stored[field_name]),
                _shown(session, how, value),
                value,
                conflict=moved_on,
            )
        )
    if not fields:
        return None
    changed = {f.field: f.value for f in fields}
    errors = validate_record(session, kind, changed, record_id)
    if errors:
        raise _RowProblem(errors[0].field, errors[0].message)
    label = values.get(_name_field(kind)) or label_of(kind, get_record(session, kind, record_id))
    return RecordChange(
        kind, "update", sheet.title, row.row, record_id, str(label), stored["version"], fields
    )


def _create(
    session: Session, sheet: ExportedSheet, row: ExportedRow, values: dict[str, Any]
) -> RecordChange:
    kind = sheet.kind
    errors = validate_record(session, kind, values)
    if errors:
        raise _RowProblem(errors[0].field, errors[0].message)
    fields = [
        FieldChange(
            name,
            sheet.headers.get(name, name),
            None,
            _shown(session, _how(kind, name), value),
            value,
        )
        for name, value in values.items()
        if value not in (None, [])
    ]
    label = str(values.get(_name_field(kind)) or "")
    return RecordChange(kind, "create", sheet.title, row.row, None, label, None, fields)


def _name_field(kind: str) -> str:
    return "title" if kind in ("memorandum", "milestone") else "name"


def _how(kind: str, field_name: str) -> str:
    return next(how for _key, name, how in COLUMNS[kind] if name == field_name)


def _sheet_values(session: Session, kind: str, row: ExportedRow) -> dict[str, Any]:
    """The row's cells as stored values; an unreadable cell or unknown name is a _RowProblem."""
    found: dict[str, Any] = {}
    for _key, field_name, how in COLUMNS[kind]:
        if field_name not in row.cells:
            continue  # the column is gone from the sheet: its field stays as it is
        _letter, cell, number_format = row.cells[field_name]
        try:
            value = read_cell(how, cell, number_format)
        except ValueError as error:
            raise _RowProblem(field_name, str(error)) from None
        if isinstance(value, PartialDate):
            value = value.isoformat()
        elif how.startswith("ref:"):
            value = _resolve(session, how[4:], field_name, value) if value else None
        elif how.startswith("refs:"):
            value = sorted({_resolve(session, how[5:], field_name, name) for name in value})
        elif how == "parties":
            # As the record holds them (read_values): one entry per partner, by id.
            roles = {_resolve(session, "organization", field_name, n): r for n, r in value}
            value = [{"organization_id": i, "role": roles[i]} for i in sorted(roles)]
        found[field_name] = value
    return found


def _resolve(session: Session, kind: str, field_name: str, name: str) -> int:
    found = find_by_name(session, kind, name)
    if found is None:
        raise _RowProblem(
            field_name,
            _("no {kind} named {name} in the database; add it first or correct the name").format(
                kind=kind_name(kind).lower(), name=quoted(name)
            ),
        )
    return found


def _comparable(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list | tuple):
        # Parties are dicts (partner, role); names and ids sort as they are.
        items = [tuple(sorted(v.items())) if isinstance(v, dict) else v for v in value]
        return sorted(items, key=repr) or None
    return value


def _same(stored: Any, sheet: Any) -> bool:
    return bool(_comparable(stored) == _comparable(sheet))


def _shown(session: Session, how: str, value: Any) -> str | None:
    """A stored value as the review shows it: dates as ISO (to their precision), statuses
    and kinds as words, related records by name."""
    if value is None or value == []:
        return None
    if how in _LABELS:
        return _LABELS[how](value)
    if how.startswith("ref:"):
        return label_of(how[4:], get_record(session, how[4:], value))
    # Several names in name order, as the export lists them.
    if how.startswith("refs:"):
        return _joined(label_of(how[5:], get_record(session, how[5:], v)) for v in value)
    if how == "parties":
        return _joined(_party_shown(session, p["organization_id"], p["role"]) for p in value)
    if how == "aliases":
        return _joined(value)
    return str(value)


def _joined(names: Iterable[str]) -> str:
    return "; ".join(sorted(names, key=name_key))


def _party_shown(session: Session, organization_id: int, role: str | None) -> str:
    """A party as the export writes it: its name, with any role but "party" in brackets."""
    name = label_of("organization", get_record(session, "organization", organization_id))
    return name if role in (None, "party") else f"{name} ({party_role_label(role)})"


def apply_changes(
    session: Session,
    change_set: ChangeSet,
    *,
    delete: frozenset[tuple[str, int]] = frozenset(),
    take_sheet: frozenset[tuple[str, int, str]] = frozenset(),
) -> Applied:
    """Write the changes in the caller's transaction: every field that did not conflict, each
    conflicting field the user took from the sheet (`take_sheet`: (kind, id, field)), every
    create, and the removed records the user ticked (`delete`: (kind, id)). A record changed
    again since the changes were read raises StaleRecordError (the caller rolls back)."""
    updated = created = deleted = conflicts_left = 0
    steps = Steps()
    for change in change_set.of("update"):
        values = {
            f.field: f.value
            for f in change.fields
            if not f.conflict or (change.kind, change.record_id, f.field) in take_sheet
        }
        if len(values) < len(change.fields):
            conflicts_left += 1
        if values:
            assert change.record_id is not None
            before = load_record(session, change.kind, change.record_id)
            update_record(
                session,
                change.kind,
                change.record_id,
                values,
                expected_version=change.version,
                overwrite=False,
            )
            after = remember(session, steps, change.kind, change.record_id)
            steps.updated.append(
                (
                    change.kind,
                    change.record_id,
                    {name: before[name] for name in values},
                    {name: after[name] for name in values},
                )
            )
            updated += 1
    added = []
    for change in change_set.of("create"):
        made = create_record(session, change.kind, {f.field: f.value for f in change.fields})
        record_id = made.created[0]
        remember(session, steps, change.kind, record_id)
        steps.created.append((change.kind, record_id))
        added.append((change.kind, record_id, change.sheet, change.row, change.label))
        created += 1
    cite_added(session, change_set.export_key, change_set.path.name, added, steps)
    for change in change_set.of("removed"):
        if change.key in delete:
            assert change.record_id is not None
            snapshot = snapshot_record(session, change.kind, change.record_id)
            delete_record(session, change.kind, change.record_id, expected_version=change.version)
            steps.deleted.append((change.kind, change.record_id, snapshot))
            deleted += 1
    return Applied(updated, created, deleted, conflicts_left, steps)
