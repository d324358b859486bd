"""A record table's columns: the header menu shows and hides them, Reset brings them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from ui.operations import Operations
from ui.views.record_view import RecordView


def _loaded_view(qtbot: QtBot, database: Database, kind: str, width: int) -> RecordView:
    view = RecordView(kind, Operations(database))
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    qtbot.waitUntil(lambda: view.has_loaded)
    return view


def test_the_header_menu_hides_a_column_and_reset_brings_the_first_layout_back(
    qtbot: QtBot, seeded_db: Database
) -> None:
    view = _loaded_view(qtbot, seeded_db, "person", 900)
    table = view.table
    header = table.horizontalHeader()
    position_title = view.model.headerData(1, Qt.Orientation.Horizontal)

    def toggles() -> dict[str, QAction]:
        menu = view.columns.build_header_menu()
        return {action.text(): action for action in menu.actions() if action.isCheckable()}

    toggles()[position_title].trigger()
    assert table.isColumnHidden(1)
    header.moveSection(header.visualIndex(2), 0)
    # Each menu opening hides one more column until one is left.
    while sum(not table.isColumnHidden(n) for n in range(header.count())) > 1:
        next(a for a in toggles().values() if a.isChecked() and a.isEnabled()).trigger()
    # The last column shown cannot be hidden: its toggle is disabled.
    assert [a.isEnabled() for a in toggles().values() if a.isChecked()] == [False]

    view.columns.build_header_menu().actions()[-1].trigger()  # Reset columns
    assert not table.isColumnHidden(0) and not table.isColumnHidden(1)
    assert [header.visualIndex(n) for n in range(header.count())] == list(range(header.count()))


def test_a_header_title_too_long_for_its_column_ends_in_an_ellipsis_with_a_tooltip(
    qtbot: QtBot, seeded_db: Database
) -> None:
    view = _loaded_view(qtbot, seeded_db, "milestone", 700)
    header = view.table.horizontalHeader()
    # A title clipped at both ends ("аправлени") is unreadable; Qt's header clips unless told.
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    narrow = min(
        (n for n in range(header.count()) if not view.table.isColumnHidden(n)),
        key=header.sectionSize,
    )
    title = view.model.headerData(narrow, Qt.Orientation.Horizontal)
    tooltip = view.model.headerData(narrow, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header.fontMetrics().horizontalAdvance(title) > header.sectionSize(narrow) - 12
    assert tooltip and title in tooltip
