"""Which record each row of an export is, so an edited workbook can come back as changes.

Every sheet of memoranda, milestones, partners, people and focus areas ends in two hidden
columns, the record's id and the version it had when exported, and a hidden sheet (REGISTER)
lists every record the workbook holds (kind, id, version).
kztracker.services.sheet_changes reads them back.

Why columns on the row rather than only a sheet keyed by row number: a colleague sorts,
filters, inserts and deletes rows in Excel or LibreOffice, and both move a row's cells together,
hidden ones included, so the id travels with its row; a row number in another sheet would then
point at the wrong record. The columns sit after the visible ones (nothing a reader sees moves)
but INSIDE the filter's range: Excel and LibreOffice sort only the filter's range when sorting
from its buttons, and a column outside it would stay put while the rows move. Hidden columns
show no filter button. The register is what tells a row the user deleted (its id is missing
from the sheet) from a record that was never exported.
"""

from __future__ import annotations

import uuid
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.exporting.plain_rows import PlainRows
from kztracker.exporting.scope import Selection, restrict
from kztracker.exporting.sheet import Column
from kztracker.models import FocusArea, Memorandum, Milestone, Organization, Person

# Record kinds whose sheets carry ids, and the model each version is read from.
MODELS: dict[str, Any] = {
    "memorandum": Memorandum,
    "milestone": Milestone,
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
}
KINDS = tuple(MODELS)
# Machine words, never translated: an export in any language is read back by them.
ID_HEADER = "kztracker id"
VERSION_HEADER = "kztracker version"
REGISTER = "kztracker"
REGISTER_HEADER = ("kind", "id", "version", "sheet")
FORMAT = "kztracker export 1"


def carry(sheet: Any, session: Session, selection: Selection) -> None:
    """Add the hidden id and version columns to `sheet` (a record_sheet.RecordSheet) and note in
    `sheet.written` each record's version as its row is made."""
    model = MODELS[sheet.kind]
    ids = selection.of(sheet.kind)
    statement = restrict(select(model.id, model.version), model.id, ids)
    versions = {record_id: version for record_id, version in session.execute(statement)}
    sheet.columns.extend([Column(ID_HEADER, hidden=True), Column(VERSION_HEADER, hidden=True)])
    written: dict[int, int | None] = sheet.written
    cells = sheet.cells

    def with_identity(record: Any) -> list[Any]:
        record_id = record[0]
        version = written[record_id] = versions.get(record_id)
        return [*cells(record), record_id, version]

    sheet.cells = with_identity


def write_register(wb: Workbook, sheets: list[Any]) -> None:
    """The hidden sheet listing every record the workbook holds, last in the workbook."""
    ws = wb.create_sheet(REGISTER)
    ws.sheet_state = "hidden"
    rows = PlainRows(ws)
    # This export's own key: rows added to it and applied are known when it comes back again.
    rows.append([FORMAT, uuid.uuid4().hex])
    rows.append(list(REGISTER_HEADER))
    for sheet in sheets:
        for record_id, version in sheet.written.items():
            rows.append([sheet.kind, record_id, version, sheet.title])
    rows.close()
