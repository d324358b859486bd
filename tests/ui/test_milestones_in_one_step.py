"""Milestones in one step (issue 15, point 1), as a user does it: click rows, press the keys,
pick in the dialog; the database is checked after each step and after Undo."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Milestone, Person
from ui.dialogs.bulk_change import BulkChangeDialog
from ui.main_window import MainWindow
from ui.views.record_view import RecordView

CTRL = Qt.KeyboardModifier.ControlModifier


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()


def _milestones(qtbot: QtBot, window: MainWindow) -> RecordView:
    window.show_page("milestone")
    window.activateWindow()
    view = window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    _settle(window)
    return view


def _click(qtbot: QtBot, view: RecordView, title: str, modifier: Any = None) -> None:
    row = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == title)
    rect = view.table.visualRect(view.model.index(row, 0))
    view.table.scrollTo(view.model.index(row, 0))
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        modifier or Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box itself (a check box takes clicks on its square and its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _stored(database: Database, title: str) -> Milestone:
    with database.session() as session:
        found = session.scalar(select(Milestone).where(Milestone.title == title))
        assert found is not None
        session.expunge(found)
        return found


GENAI = "GenAI courses prepared for 7,000 students"
ICT = "40 ICT Academies established"


def test_ctrl_d_marks_the_selected_milestone_done_today_and_undo_takes_it_back(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    view = _milestones(qtbot, main_window)
    _click(qtbot, view, GENAI)
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    _settle(main_window)
    done = _stored(seeded_db, GENAI)
    assert done.status == "done"
    assert done.completed_on is not None
    assert done.completed_on.isoformat() == dt.date.today().isoformat()
    assert main_window.window_actions.undo.isEnabled()

    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    _settle(main_window)
    back = _stored(seeded_db, GENAI)
    assert back.status == "in_progress" and back.completed_on is None


def test_mark_done_from_the_context_menu_covers_every_selected_row(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    view = _milestones(qtbot, main_window)
    _click(qtbot, view, GENAI)
    _click(qtbot, view, ICT, CTRL)
    actions = main_window.milestone_actions
    menu = view.build_context_menu()
    assert menu.actions()[0].text() == "Open"
    assert actions.mark_done.isEnabled()
    actions.mark_done.trigger()
    _settle(main_window)
    assert {_stored(seeded_db, t).status for t in (GENAI, ICT)} == {"done"}
    main_window.window_actions.undo.trigger()
    _settle(main_window)
    assert {_stored(seeded_db, t).status for t in (GENAI, ICT)} == {"in_progress"}


def test_several_milestones_get_a_status_and_a_responsible_person_in_one_undoable_change(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    with seeded_db.session() as session:
        person_id, person = session.execute(select(Person.id, Person.name).limit(1)).one()
    view = _milestones(qtbot, main_window)
    _click(qtbot, view, GENAI)
    _click(qtbot, view, ICT, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: main_window.findChild(BulkChangeDialog) is not None)
    dialog = main_window.findChild(BulkChangeDialog)
    assert dialog is not None and dialog.windowTitle() == "Change selected milestones"
    qtbot.waitUntil(lambda: dialog.editors["responsible_id"].combo.count() > 0)

    status = dialog.editors["status"]
    _tick(qtbot, dialog.boxes["status"])
    status.combo.setCurrentIndex(status.combo.findData("planned"))  # type: ignore[attr-defined]
    picker = dialog.editors["responsible_id"]
    _tick(qtbot, dialog.boxes["responsible_id"])
    qtbot.keyClicks(picker.line, person)  # type: ignore[attr-defined]
    picker.line.editingFinished.emit()  # type: ignore[attr-defined]
    assert dialog.values() == {"status": "planned", "responsible_id": person_id}
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    _settle(main_window)

    for title in (GENAI, ICT):
        stored = _stored(seeded_db, title)
        assert (stored.status, stored.responsible_id) == ("planned", person_id)
    assert main_window.editor.undo_stack.count() == 1
    main_window.window_actions.undo.trigger()
    _settle(main_window)
    for title in (GENAI, ICT):
        stored = _stored(seeded_db, title)
        assert (stored.status, stored.responsible_id) == ("in_progress", None)


def test_the_dashboard_lists_mark_the_chosen_milestone_done(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    from ui.dashboard import DashboardView

    main_window.show_page("dashboard")
    dashboard = main_window.findChild(DashboardView)
    assert dashboard is not None
    qtbot.waitUntil(
        lambda: any(lst.model().rowCount() for lst in (dashboard.overdue, dashboard.due_soon))
    )
    listing = next(lst for lst in (dashboard.overdue, dashboard.due_soon) if lst.model().rowCount())
    card = listing.parentWidget()
    button = card.findChild(QPushButton, "dueMarkDone")
    assert button is not None and not button.isEnabled()
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert button.isEnabled()
    title = listing.currentIndex().data()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(main_window)
    assert _stored(seeded_db, title).status == "done"

    def titles() -> list[str]:
        model = listing.model()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    # A Done milestone is no longer listed, so no Mark done is offered for it.
    qtbot.waitUntil(lambda: title not in titles())
    assert not button.isEnabled()


def test_the_detail_pane_button_marks_the_shown_milestone_done_and_then_hides(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    view = _milestones(qtbot, main_window)
    with qtbot.waitSignal(main_window.detail.shown):
        _click(qtbot, view, ICT)
    button = main_window.findChild(QPushButton, "detailMarkDone")
    assert button is not None and button.isVisible()
    with qtbot.waitSignal(main_window.detail.shown, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(main_window)
    assert _stored(seeded_db, ICT).status == "done"
    # The pane now shows a Done milestone: the button is gone, and back after Undo.
    assert not button.isVisible()
    with qtbot.waitSignal(main_window.detail.shown, timeout=5000):
        main_window.editor.undo_stack.undo()
    _settle(main_window)
    assert _stored(seeded_db, ICT).status != "done"
    assert button.isVisible()
