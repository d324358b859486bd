"""Esc on a record's form with typing not yet saved asks before throwing it away, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from kztracker.services import records
from ui.editing import Editor

from .test_editing import closed, editor, opened, settle, stored, typing_target

__all__ = ["editor"]  # the fixture, used by name


def answer_question(widget: QWidget, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next question box with `button`; returns the texts it showed."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            chosen = box.button(button)
            assert chosen is not None
            chosen.click()

    timer = QTimer(widget)
    timer.timeout.connect(answer)
    timer.start(20)
    return asked


def test_escape_asks_before_dropping_typing_and_cancel_keeps_the_form(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    before = stored(seeded_db, "milestone", 1)["title"]
    dialog = opened(editor, editor.edit_record("milestone", 1))
    title = typing_target(dialog.editors["title"])
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " typed")
    asked = answer_question(dialog, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(title, Qt.Key.Key_Escape)

    assert asked == ["What you typed in this form is not saved yet. Close it and lose it?"]
    assert dialog.isVisible()
    assert dialog.editors["title"].value() == before + " typed"

    # Enter in the title saves, and the form closes.
    qtbot.keyClick(title, Qt.Key.Key_Return)
    settle(editor)
    qtbot.waitUntil(lambda: closed(dialog))
    assert stored(seeded_db, "milestone", 1)["title"] == before + " typed"


def test_escape_on_an_untouched_form_closes_it_at_once_and_discard_closes_a_typed_one(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    before = stored(seeded_db, "milestone", 1)["title"]
    untouched = opened(editor, editor.edit_record("milestone", 1))
    asked = answer_question(untouched, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(typing_target(untouched.editors["title"]), Qt.Key.Key_Escape)
    assert closed(untouched) and asked == []

    dialog = opened(editor, editor.edit_record("milestone", 1))
    asked = answer_question(dialog, QMessageBox.StandardButton.Discard)
    title = typing_target(dialog.editors["title"])
    qtbot.keyClicks(title, " typed")
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert closed(dialog)
    assert stored(seeded_db, "milestone", 1)["title"] == before


def test_a_save_of_a_record_a_colleague_deleted_says_so_and_offers_to_keep_the_typing(
    qtbot: QtBot, editor: Editor, seeded_db: Database
) -> None:
    dialog = opened(editor, editor.edit_record("milestone", 1))
    with seeded_db.session() as session:  # a colleague, meanwhile
        records.delete_record(session, "milestone", 1)
        session.commit()
    title = typing_target(dialog.editors["title"])
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " typed")
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            keep = box.button(QMessageBox.StandardButton.Cancel)
            (keep or box.button(QMessageBox.StandardButton.Ok)).click()

    timer = QTimer(dialog)
    timer.timeout.connect(answer)
    timer.start(20)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 2)

    assert "no longer exists (perhaps someone deleted it)" in shown[0]
    assert shown[1] == "What you typed in this form is not saved yet. Close it and lose it?"
    assert dialog.isVisible()
    assert dialog.editors["title"].value().endswith(" typed")
