"""Two texts of one dialog that say different things in English say different things in Kazakh
and Russian too. The import review read "Байланыстыру" both as the label of the record to link
to and as the Link action chosen beside it; the connection form said a password "is kept" when
it meant "will be kept"; the dashboard's Mark done button read "Выполнено" (Done), a status,
where the Edit menu read "Отметить выполненным"."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from ui import i18n
from ui.translation_sources import read_ts, ts_path

# Sources one language rightly says with one word: Kazakh's "Атауы" is a name and a title.
SAME_WORD = {"kk": {frozenset({"Name", "Title"})}}


def _plain(text: str) -> str:
    """Without the & of a shortcut letter or a label's colon: "&Notes:" and "N&otes:" agree."""
    return text.replace("&", "").strip().rstrip(":")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_different_texts_of_one_context_are_translated_differently(language: str) -> None:
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (context, source, _comment), translation in read_ts(ts_path(language)).items():
        if not any(translation.forms):  # plural forms are told apart by their numbers
            sources[(context, _plain(translation.text))].add(_plain(source))
    allowed = SAME_WORD.get(language, set())
    clashes = {
        key: sorted(texts)
        for key, texts in sources.items()
        if len(texts) > 1 and frozenset(texts) not in allowed
    }
    assert not clashes, clashes


@pytest.fixture(params=["kk", "ru"])
def language(request: pytest.FixtureRequest, language_files: Path) -> Iterator[str]:
    assert i18n.install(request.param, folder=language_files) == request.param
    yield request.param
    i18n.uninstall()


def test_every_mark_done_button_says_what_the_edit_menu_says(
    qtbot: QtBot, seeded_db: Database, private_settings: Path, language: str
) -> None:
    from ui.dashboard import DashboardView
    from ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_page("dashboard")
        dashboard = window.findChild(DashboardView)
        assert dashboard is not None
        qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=20_000)
        QApplication.processEvents()
        menu_text = _plain(window.milestone_actions.mark_done.text())
        buttons = [
            button
            for button in window.findChildren(QPushButton)
            if button.objectName() in ("dueMarkDone", "detailMarkDone")
        ]
        assert {button.objectName() for button in buttons} == {"dueMarkDone", "detailMarkDone"}
        assert {_plain(button.text()) for button in buttons} == {menu_text}
    finally:
        window.close()
        window.operations.wait()
