"""Fixtures shared by the window's tests: settings of their own and a shown main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from kztracker.db import Database


@pytest.fixture
def private_settings(tmp_path: Path) -> Path:
    """Preferences read and written go to a folder of the test's own."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def main_window(qtbot: QtBot, seeded_db: Database, private_settings: Path) -> Iterator[object]:
    """The main window on the seeded database, shown; its work finished before teardown."""
    from ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.operations.wait()
