"""Preferences: the database location a user chooses opens next time, and a bad one is refused."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kztracker.locations import ENV_VAR, choose_location, location_problem
from ui.preferences import PreferencesDialog, database_location


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_a_chosen_location_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    target = tmp_path / "team.sqlite3"
    dialog.location.setText(str(target))
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert database_location() == str(target)


def test_a_location_in_a_missing_folder_is_refused_next_to_the_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText(str(tmp_path / "nowhere" / "team.sqlite3"))
    dialog.accept()
    assert dialog.isVisible()
    assert "does not exist" in dialog.location_error.text()
    assert database_location() is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("postgresql+psycopg://kz@db.example/tracker", None),
        ("mysql://kz@db.example/tracker", "not supported"),
        ("postgresql+psycopg://kz@host:port/tracker", "not a database URL"),
        ("", None),
    ],
)
def test_location_problems_are_named(value: str, problem: str | None) -> None:
    found = location_problem(value)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_the_command_line_and_environment_come_before_the_saved_location(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert choose_location("given.db", "saved.db") == "given.db"
    assert choose_location(None, "saved.db") == "saved.db"
    assert choose_location(None, "  ") is None
    monkeypatch.setenv(ENV_VAR, "env.db")
    assert choose_location(None, "saved.db") is None


def test_preferences_fit_a_1280_by_720_screen_with_every_group_on_a_tab(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGroupBox, QTabWidget

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # Room to spare under a 720-px screen's title bar and taskbar.
    assert dialog.height() <= 620 and dialog.width() <= 1280
    tabs = dialog.findChild(QTabWidget, "preferencesTabs")
    assert tabs is not None
    names = [tabs.tabText(index) for index in range(tabs.count())]
    assert names == ["Database", "General", "Reminders", "Files"]
    seen: set[str] = set()
    for index in range(tabs.count()):
        qtbot.mouseClick(
            tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center()
        )
        assert tabs.currentIndex() == index
        seen |= {
            box.title() for box in tabs.currentWidget().findChildren(QGroupBox) if box.isVisible()
        }
    assert {"Database", "Backups", "Language", "Start-up", "Reminders"} <= seen
    assert dialog.attachments.isVisibleTo(tabs.widget(3))
