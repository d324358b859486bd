"""An empty record table says why and what to do, in the window's language, instead of showing
a blank white box (a search with no result left only "0 of 28" in the status bar)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from ui import i18n
from ui.operations import Operations
from ui.views.record_view import RecordView


def _view(qtbot: QtBot, database: Database, kind: str) -> RecordView:
    view = RecordView(kind, Operations(database))
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitUntil(lambda: view.has_loaded)
    return view


def _note(view: RecordView) -> QLabel:
    note = view.table.viewport().findChild(QLabel, "emptyState")
    assert note is not None
    return note


def test_a_search_that_keeps_no_row_says_so_and_how_to_get_them_back(
    qtbot: QtBot, seeded_db: Database
) -> None:
    view = _view(qtbot, seeded_db, "milestone")
    assert view.model.rowCount() > 0
    assert not _note(view).isVisible()
    qtbot.keyClicks(view.search, "qqzzxx")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    note = _note(view)
    assert note.isVisible()
    assert "Nothing matches the search or the filters." in note.text()
    assert "Clear filters" in note.text()
    # Over the rows, not beside them; clicks go through to the table.
    assert note.geometry() == view.table.viewport().rect()
    assert note.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert not note.isVisible()


def test_a_view_without_filters_speaks_of_the_search_alone(
    qtbot: QtBot, seeded_db: Database
) -> None:
    view = _view(qtbot, seeded_db, "person")
    qtbot.keyClicks(view.search, "qqzzxx")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert _note(view).text().splitlines()[0] == "Nothing matches the search."


@pytest.mark.parametrize("kind", ["milestone", "source"])
def test_an_empty_database_says_how_to_add_the_first_record(
    qtbot: QtBot, empty_db: Database, kind: str
) -> None:
    view = _view(qtbot, empty_db, kind)
    note = _note(view)
    qtbot.waitUntil(note.isVisible)
    assert "Ctrl+I" in note.text()
    assert ("Ctrl+N" in note.text()) == (kind != "source")  # sources come from imports only


@pytest.fixture
def russian(language_files: Path) -> Iterator[None]:
    assert i18n.install("ru", folder=language_files) == "ru"
    yield
    i18n.uninstall()


def test_the_note_reads_in_the_window_language(
    qtbot: QtBot, seeded_db: Database, russian: None
) -> None:
    view = _view(qtbot, seeded_db, "memorandum")
    qtbot.keyClicks(view.search, "qqzzxx")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    text = _note(view).text()
    assert text.startswith("Ничего не найдено")
    assert "Сбросить фильтры" in text  # the button's own name
