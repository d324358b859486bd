"""A record table's columns in Kazakh and Russian, in the room a 1366x768 window leaves it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from kztracker.vocabulary import MILESTONE_STATUSES
from ui import i18n
from ui.labels import status_label
from ui.operations import Operations
from ui.views.record_view import RecordView

# The table's width in a 1366x768 window beside the navigation and the detail pane.
TABLE_WIDTH = 820


@pytest.fixture(params=["ru", "kk"])
def language(request: pytest.FixtureRequest, language_files: Path) -> Iterator[str]:
    assert i18n.install(request.param, folder=language_files) == request.param
    yield request.param
    i18n.uninstall()


def _fitted_view(qtbot: QtBot, database: Database, kind: str) -> RecordView:
    view = RecordView(kind, Operations(database))
    qtbot.addWidget(view)
    view.resize(TABLE_WIDTH, 500)
    view.show()
    qtbot.waitUntil(lambda: view.has_loaded)
    view.columns.fit_to_view()
    return view


def test_a_milestone_status_column_is_as_wide_as_a_milestone_status_not_a_memorandum_one(
    qtbot: QtBot, seeded_db: Database, language: str
) -> None:
    """In Russian "Срок действия истёк" (a memorandum's Expired) is half as long again as any
    milestone status; the milestones' status column took its width from the narrow room of
    the other columns, whose headers were then cut ("Направ…", "Ответст…")."""
    view = _fitted_view(qtbot, seeded_db, "milestone")
    metrics = view.fontMetrics()
    width = view.table.columnWidth(1)
    milestone_statuses = [status_label(status) for status in MILESTONE_STATUSES]
    assert all(metrics.horizontalAdvance(text) < width for text in milestone_statuses)
    expired = status_label("expired")
    assert expired not in milestone_statuses
    assert width < metrics.horizontalAdvance(expired) + 16  # its text and the cell margins
