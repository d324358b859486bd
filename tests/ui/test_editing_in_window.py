"""The dialogs as users reach them: from the real main window's actions, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Milestone
from ui.dialogs.delete import DeleteConfirmation
from ui.dialogs.form import RecordDialog
from ui.main_window import MainWindow
from ui.views.record_view import RecordView


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def window(qtbot: QtBot, seeded_db: Database) -> Iterator[MainWindow]:
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.operations.wait()


def settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()


def shown(qtbot: QtBot, window: MainWindow, kind: str) -> RecordView:
    window.show_page(kind)
    view = window.views[kind]
    qtbot.waitUntil(lambda: view.has_loaded)
    settle(window)
    return view


def open_dialog(qtbot: QtBot, window: MainWindow) -> RecordDialog:
    def found() -> RecordDialog | None:
        dialogs = [d for d in window.findChildren(RecordDialog) if d.isVisible()]
        return dialogs[0] if dialogs else None

    qtbot.waitUntil(lambda: found() is not None)
    dialog = found()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_ready)
    return dialog


def titles(view: RecordView) -> list[str]:
    return [str(view.model.index(row, 0).data()) for row in range(view.model.rowCount())]


def test_quick_milestone_from_a_selected_memorandum_lands_in_table_and_database(
    qtbot: QtBot, window: MainWindow, seeded_db: Database
) -> None:
    memoranda = shown(qtbot, window, "memorandum")
    assert memoranda.select_record(3)
    window.window_actions.quick_milestone.trigger()
    dialog = open_dialog(qtbot, window)
    assert dialog.editors["memorandum_id"].value() == 3

    title = dialog.editors["title"].focusProxy()
    qtbot.keyClicks(title, "Crypto School first cohort graduates")
    qtbot.keyClick(title, Qt.Key.Key_Return)  # Enter saves
    settle(window)

    with seeded_db.session() as session:
        milestone = session.scalars(
            select(Milestone).where(Milestone.title == "Crypto School first cohort graduates")
        ).one()
        assert milestone.memorandum_id == 3
    milestones = shown(qtbot, window, "milestone")
    qtbot.waitUntil(lambda: "Crypto School first cohort graduates" in titles(milestones))

    undo = window.window_actions.undo
    assert undo is not None and undo.isEnabled()
    undo.trigger()
    settle(window)
    qtbot.waitUntil(lambda: "Crypto School first cohort graduates" not in titles(milestones))
    with seeded_db.session() as session:
        assert session.get(Milestone, milestone.id) is None


def test_delete_from_the_window_asks_and_removes_the_row(
    qtbot: QtBot, window: MainWindow, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(self: DeleteConfirmation) -> int:
        asked.append(self.impact.label)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeleteConfirmation, "exec", answer)
    milestones = shown(qtbot, window, "milestone")
    with seeded_db.session() as session:
        target = session.get(Milestone, 8)
        assert target is not None
        title = target.title
    assert milestones.select_record(8)
    window.window_actions.delete.trigger()
    settle(window)
    assert asked == [title]
    qtbot.waitUntil(lambda: title not in titles(milestones))
    with seeded_db.session() as session:
        assert session.get(Milestone, 8) is None
    assert QApplication.activeModalWidget() is None
