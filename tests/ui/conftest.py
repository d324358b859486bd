"""Fixtures shared by the window's tests: settings of their own and a shown main window."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from ui.translation_sources import lrelease_binary, ts_path

MESSAGE_PATIENCE = 10.0  # seconds a message box may stay open before the guard closes it


@pytest.fixture(autouse=True)
def no_message_left_open(qapp: QApplication) -> Iterator[None]:
    """A modal message nobody answers would hang the whole run (a static QMessageBox.warning
    blocks in its own event loop); close it after a while and fail the test with its text."""
    stuck: list[str] = []
    opened: dict[int, float] = {}

    def check() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        since = opened.setdefault(id(box), time.monotonic())
        if time.monotonic() - since > MESSAGE_PATIENCE:
            stuck.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(250)
    yield
    timer.stop()
    if stuck:
        pytest.fail("a message box was left open with no answer: " + " | ".join(stuck))


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


@pytest.fixture
def language_files(tmp_path: Path) -> Path:
    """.qm files built now from the committed .ts files, so the test reads what is committed."""
    folder = tmp_path / "qm"
    folder.mkdir()
    for language in ("kk", "ru", "en"):
        subprocess.run(
            [
                lrelease_binary(),
                "-silent",
                str(ts_path(language)),
                "-qm",
                str(folder / f"kztracker_{language}.qm"),
            ],
            check=True,
        )
    return folder
