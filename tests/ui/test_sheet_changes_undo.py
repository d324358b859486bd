"""An edited export applied from the change review is one step on the undo stack: Edit > Undo
takes every change, creation and deletion back (recorded in the history), Redo writes them
again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.models import HistoryEntry, Milestone
from tests.importing.test_sheet_changes import NEW_TITLE, Edited
from tests.ui.test_import_review_undo import _listings, _settle
from ui.main_window import MainWindow
from ui.sheet_changes import SheetChangesDialog
from ui.sheet_import import import_sheet


def _dialog() -> SheetChangesDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SheetChangesDialog)]
    return next((w for w in found if w.isVisible()), None)


def _history_count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(HistoryEntry)) or 0


def test_undo_takes_the_whole_apply_back_and_redo_writes_it_again(
    qtbot: QtBot,
    main_window: MainWindow,
    seeded_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = main_window
    edited = Edited(seeded_db, seeded_db.url, tmp_path)
    before = _listings(seeded_db, capsys)
    import_sheet(window, window.operations, str(edited.path))
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=20_000)
    dialog = _dialog()
    assert dialog is not None
    model = dialog.model
    for r in range(model.rowCount()):
        top = model.item(r, 0)
        if "removed in the sheet" in top.text():
            top.setCheckState(Qt.CheckState.Checked)  # delete the removed row
        elif top.hasChildren() and top.child(0, 0).isCheckable():
            top.child(0, 0).setCheckState(Qt.CheckState.Checked)  # take the sheet's side
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply_button.click()
    _settle(window)
    applied = _listings(seeded_db, capsys)
    assert applied != before
    with seeded_db.session() as session:
        assert session.get(Milestone, edited.removed) is None
        assert session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).one()
    assert window.window_actions.undo.isEnabled()
    assert "edited.xlsx" in window.editor.undo_stack.undoText()
    written = _history_count(seeded_db)

    window.window_actions.undo.trigger()
    _settle(window)
    assert _listings(seeded_db, capsys) == before
    with seeded_db.session() as session:
        assert session.get(Milestone, edited.removed) is not None
        assert session.scalars(select(Milestone).where(Milestone.title == NEW_TITLE)).all() == []
    assert _history_count(seeded_db) > written  # the undo is history like any change

    window.window_actions.redo.trigger()
    _settle(window)
    assert _listings(seeded_db, capsys) == applied
    window.window_actions.undo.trigger()
    _settle(window)
    assert _listings(seeded_db, capsys) == before
