"""Words the core hands the window (validation problems, history values, counts) read in the
window's language: Kazakh and Russian, never the English source."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from ui import i18n

TRANSLATED = ("kk", "ru")


@pytest.fixture
def in_language(request: pytest.FixtureRequest) -> Iterator[str]:
    language = request.param
    assert i18n.install(language) == language
    yield language
    i18n.uninstall()


@pytest.mark.parametrize("in_language", ["ru"], indirect=True)
def test_history_roles_and_chart_counts_read_in_the_language(
    qtbot: QtBot, in_language: str
) -> None:
    import datetime as dt

    from PySide6.QtGui import QPalette

    from kztracker.services.history import HistoryRow
    from ui.detail_html import history_html
    from ui.labels import format_count

    row = HistoryRow(
        changed_at=dt.datetime(2024, 10, 17, 9, 30, tzinfo=dt.UTC),
        actor="aigerim",
        action="create",
        field="parties",
        old_value=None,
        new_value="Ministry of Health (signatory_side); Observer Party Ltd (partner)",
        record_kind="memorandum",
        record_id=1,
    )
    shown = history_html([row], QPalette())
    assert "signatory_side" not in shown and "(partner)" not in shown
    assert "Ministry of Health (Подписывающая сторона); Observer Party Ltd (Партнёр)" in shown
    assert format_count(12345) == "12\u00a0345"


@pytest.mark.parametrize("in_language", TRANSLATED, indirect=True)
def test_the_cores_validation_problems_read_in_the_language(
    qtbot: QtBot, seeded_db: Database, in_language: str
) -> None:
    """The problems under the fields come from the core (kztracker.services.validation);
    they must not reach a Kazakh or Russian window in English."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from ui.editing import Editor
    from ui.operations import Operations

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    operations = Operations(seeded_db)
    editor = Editor(operations, window)
    dialog = editor.new_record("milestone")
    for _ in range(3):
        operations.wait()
    for name, text in (("start_on", "03.2026"), ("due_on", "17.10.2025")):
        widget = dialog.editors[name]
        qtbot.keyClicks(widget.focusProxy() or widget, text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        operations.wait()
    problems = {name: dialog.error_text(name) for name in ("title", "due_on")}
    try:
        for name, problem in problems.items():
            assert re.search(r"[а-яәғқңөұүһі]", problem.lower()), (name, problem)
            assert not re.search(r"[A-Za-z]{3,}", problem), (name, problem)
    finally:
        # Typed and never saved: closed without the question Esc would ask.
        dialog.done(0)
        operations.wait()
