"""The user guide (issue 15, point 7): F1 opens it in the window's language, with its
pictures, from the files the app ships; Help > User guide does the same."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from kztracker.resources import guide_dir
from ui.main_window import MainWindow
from ui.user_guide import UserGuide


def test_f1_opens_the_guide_with_its_pictures(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = main_window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("kztracker — user guide")
    assert "Mark done" in text and "Change selected milestones" in text
    document = guide.browser.document()
    for name in ("dashboard", "milestones", "edit-milestone", "import-review"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, f"images/en/{name}.png")
        assert image is not None and not image.isNull(), name


def test_the_help_menu_lists_the_guide(main_window: MainWindow) -> None:
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    assert [a.text() for a in help_menu.actions()][0] == "&User guide"


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_each_language_has_its_page_and_every_picture_it_names(language: str) -> None:
    page = guide_dir() / f"{language}.html"
    html = page.read_text(encoding="utf-8")
    pictures = re.findall(r'src="([^"]+)"', html)
    assert len(pictures) == 4
    for picture in pictures:
        assert picture.startswith(f"images/{language}/")
        assert (guide_dir() / picture).is_file(), picture
    assert f'lang="{language}"' in html
