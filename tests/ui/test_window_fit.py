"""The window fits the screen (issue 15, point 2): the toolbar never overflows (short Undo and
Redo, the change named in the tooltip), the detail pane collapses and stays so, and a record
saved as new is selected in its table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Milestone
from ui.dialogs.form import RecordDialog
from ui.main_window import MainWindow


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()


def _overflowing(window: MainWindow) -> bool:
    button = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return button is not None and button.isVisible()


def test_undo_keeps_a_short_label_and_the_toolbar_fits_at_1280(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    main_window.resize(1280, 720)
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    with seeded_db.session() as session:
        record_id = session.scalar(
            select(Milestone.id).where(Milestone.title == "40 ICT Academies established")
        )
    assert record_id is not None and view.select_record(record_id)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    _settle(main_window)
    undo = main_window.window_actions.undo
    assert undo.isEnabled() and undo.text() == "&Undo"
    assert undo.toolTip() == "Undo: Mark done “40 ICT Academies established”"
    assert not _overflowing(main_window)
    undo.trigger()
    _settle(main_window)
    redo = main_window.window_actions.redo
    assert redo.text() == "&Redo"
    assert redo.toolTip() == "Redo: Mark done “40 ICT Academies established”"
    assert not _overflowing(main_window)


def test_f6_collapses_the_detail_pane_and_the_next_window_remembers(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    main_window.show_page("milestone")
    qtbot.waitUntil(lambda: main_window.views["milestone"].has_loaded)
    assert main_window.detail.isVisible()
    table = main_window.views["milestone"].table
    before = table.width()
    qtbot.keyClick(table, Qt.Key.Key_F6)
    QApplication.processEvents()
    assert not main_window.detail.isVisible()
    assert table.width() > before
    main_window.close()

    again = MainWindow(seeded_db)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.show_page("memorandum")
    QApplication.processEvents()
    assert not again.detail.isVisible()
    assert not again.window_fit.detail_action.isChecked()
    again.window_fit.detail_action.trigger()
    assert again.detail.isVisible()
    again.operations.wait()


def test_a_new_milestone_is_selected_once_saved(
    qtbot: QtBot, main_window: MainWindow, seeded_db: Database
) -> None:
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    main_window.window_actions.new_record.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main_window.findChildren(RecordDialog)))
    dialog = next(d for d in main_window.findChildren(RecordDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.is_ready)
    title = dialog.editors["title"].focusProxy()
    qtbot.keyClicks(title, "Zhetysu pilot schools connected")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    _settle(main_window)
    with seeded_db.session() as session:
        new_id = session.scalar(
            select(Milestone.id).where(Milestone.title == "Zhetysu pilot schools connected")
        )
    assert new_id is not None
    qtbot.waitUntil(lambda: view.current_id() == new_id)
    index = view.table.currentIndex()
    assert view.table.viewport().rect().intersects(view.table.visualRect(index))


def test_on_a_wide_screen_the_title_column_gets_the_room(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1920, 1080)
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    _settle(main_window)
    view.columns.fit_to_view()
    widths = [view.table.columnWidth(n) for n in range(view.model.columnCount())]
    assert widths[0] == max(widths)
    assert widths[0] > 2 * widths[-1]


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_on_a_small_screen_the_title_column_gets_the_room_beside_the_detail_pane(
    qtbot: QtBot, main_window: MainWindow, size: tuple[int, int]
) -> None:
    main_window.resize(*size)
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    _settle(main_window)
    main_window.window_fit.share_splitter()  # what a first start, with nothing saved, does
    _settle(main_window)
    assert main_window.detail.isVisible()
    assert main_window.detail.width() <= size[0] // 5 + 8
    view.columns.fit_to_view()
    shown = [n for n in range(view.model.columnCount()) if not view.table.isColumnHidden(n)]
    widths = [view.table.columnWidth(n) for n in shown]
    characters = view.fontMetrics().averageCharWidth()
    # About 30 characters of the title show (12 before), and it is the widest column by far.
    assert widths[0] >= 30 * characters
    assert widths[0] >= 1.5 * max(widths[1:])
    status = view.model.headerData(1, Qt.Orientation.Horizontal)
    assert status == "Status" and widths[1] < widths[0] // 2


def test_the_room_of_a_pane_collapsed_elsewhere_goes_to_the_title_column(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1280, 720)
    main_window.show_page("milestone")
    view = main_window.views["milestone"]
    qtbot.waitUntil(lambda: view.has_loaded)
    _settle(main_window)
    title_before = view.table.columnWidth(0)
    main_window.show_page("dashboard")
    _settle(main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F6)  # collapsed on the dashboard
    main_window.show_page("milestone")
    _settle(main_window)
    qtbot.waitUntil(lambda: view.table.columnWidth(0) > title_before)
    shown = [n for n in range(view.model.columnCount()) if not view.table.isColumnHidden(n)]
    widths = [view.table.columnWidth(n) for n in shown]
    assert widths[0] == max(widths)  # not the last column
