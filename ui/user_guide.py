"""Help > User guide (F1): the guide in the window's language, shown in a window of its own.

The guide ships with the app (resources/guide: one HTML page per language with its pictures),
so it opens offline; a language without its own page falls back to English.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QTextBrowser, QVBoxLayout, QWidget

from kztracker.resources import guide_dir
from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


def guide_page(language: str) -> Path:
    page = guide_dir() / f"{language}.html"
    return page if page.is_file() else guide_dir() / "en.html"


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_page(current_language()))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(760, 640)


def install_user_guide(window: MainWindow) -> QAction:
    """Help > User guide, on F1 (the platform's Help key)."""
    action = QAction(tr("&User guide"), window)
    action.setShortcuts(QKeySequence.StandardKey.HelpContents)
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence("F1"))
    action.setStatusTip(tr("How to do the daily tasks, with pictures"))

    def show() -> None:
        guide = window.findChild(UserGuide)
        if guide is None:
            guide = UserGuide(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    action.triggered.connect(lambda _checked=False: show())
    window.addAction(action)
    about = window.window_actions.about
    if about is not None:
        menu = next((m for m in about.associatedObjects() if isinstance(m, QMenu)), None)
        if menu is not None:
            menu.insertAction(about, action)
    return action
