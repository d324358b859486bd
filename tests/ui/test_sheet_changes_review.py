"""File > Import spreadsheet on an edited export: the change review (fields old → new, new
rows, removed rows ticked to delete, a conflict ticked to take the sheet's value), applied in
one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Milestone
from kztracker.services.records import load_record
from tests.importing.test_sheet_changes import NEW_TITLE, Edited
from ui.operations import Operations
from ui.sheet_changes import SheetChangesDialog


def _dialog() -> SheetChangesDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SheetChangesDialog)]
    return found[0] if found and found[0].isVisible() else None


def _rows(dialog: SheetChangesDialog) -> dict[str, list[list[str]]]:
    model = dialog.model
    rows: dict[str, list[list[str]]] = {}
    for r in range(model.rowCount()):
        top = model.item(r, 0)
        rows[top.text()] = [
            [top.child(c, col).text() for col in range(3)] for c in range(top.rowCount())
        ]
    return rows


def test_an_edited_export_is_reviewed_and_the_ticked_choices_applied(
    qtbot: QtBot, seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    from ui.sheet_import import import_sheet

    edited = Edited(seeded_db, database_url, tmp_path)
    operations = Operations(seeded_db)
    import_sheet(None, operations, str(edited.path))
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=20_000)
    dialog = _dialog()
    assert dialog is not None
    rows = _rows(dialog)
    changed = next(k for k in rows if k.endswith(f"“{edited.titles[edited.changed]}”"))
    assert ["Due", edited.before["due_on"], "2026-03"] in rows[changed]
    assert ["Status", "Done", "Cancelled"] in rows[changed] or any(
        row[0] == "Status" and row[2] == "Cancelled" for row in rows[changed]
    )
    conflict = next(k for k in rows if k.endswith(f"“{edited.titles[edited.conflicting]}”"))
    assert rows[conflict] == [
        [
            "Notes: conflict, tick to take the sheet's value",
            "Notes from the database",
            "Notes from the sheet",
        ]
    ]
    assert any(k.endswith(f"new milestone “{NEW_TITLE}”") for k in rows)
    removed = next(k for k in rows if "removed in the sheet" in k)
    assert edited.titles[edited.removed] in removed

    # Tick the removal and the conflict, then apply.
    model = dialog.model
    for r in range(model.rowCount()):
        top = model.item(r, 0)
        if top.text() == removed:
            top.setCheckState(Qt.CheckState.Checked)
        if top.text() == conflict:
            top.child(0, 0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply_button.click()
    operations.wait()
    with seeded_db.session() as session:
        assert session.get(Milestone, edited.removed) is None
        notes = load_record(session, "milestone", edited.conflicting)["notes"]
        assert notes == "Notes from the sheet"
        assert load_record(session, "milestone", edited.changed)["due_on"] == "2026-03"
        assert session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).one()
