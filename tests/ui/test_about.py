"""About: the version, the licence and the third-party notices shipped in the package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kztracker import __version__
from kztracker.db import Database
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def test_about_shows_the_version_licence_and_notices(
    qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(empty_db)
    qtbot.addWidget(window)
    shown: list[QMessageBox] = []
    # The box as the user would see it, without waiting for a click.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        window.about()
        (box,) = shown
        assert f"Version {__version__}" in box.text()
        notices = box.detailedText()
        assert "licence" in notices
        assert "PySide6 / Qt 6" in notices and "LGPL-3.0" in notices
    finally:
        window.close()
        window.operations.wait()
