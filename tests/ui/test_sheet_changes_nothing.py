"""An export imported back unedited: the review says the sheet and the database agree, instead
of "Changed records: 0, new: 0, …" and how to tick rows over an empty tree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from kztracker.services.sheet_changes import ChangeSet
from ui.operations import Operations
from ui.sheet_changes import SheetChangesDialog


def test_a_sheet_with_no_change_says_there_is_nothing_to_apply(
    qtbot: QtBot, seeded_db: Database, tmp_path: Path
) -> None:
    dialog = SheetChangesDialog(ChangeSet(tmp_path / "export.xlsx", [], []), Operations(seeded_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    summary = dialog.findChild(QLabel, "summary")
    assert summary is not None
    assert summary.text() == "The sheet and the database agree: there is nothing to apply."
    assert not dialog.tree.isVisible()
    assert not dialog.apply_button.isEnabled()
    assert dialog.height() < 300  # no room kept for the tree it does not show
