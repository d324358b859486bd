"""File > Export calendar…: the file dialog, the export off the UI thread, the closing message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ui.calendar_action import CalendarRun, export_calendar
from ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window  # tests/ui/conftest.py: shown, with settings of its own


def _choose(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> None:
    def dialog(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return (str(answer) if answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def test_the_menu_writes_a_calendar_that_parses(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, tmp_path / "team")  # no extension typed: .ics is added
    action = window.window_actions.export_calendar
    assert action is not None and action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    out = tmp_path / "team.ics"
    qtbot.waitUntil(out.exists, timeout=10_000)
    window.operations.wait()
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert events and all(str(event["uid"]).endswith("@kztracker") for event in events)
    box = window.findChild(QMessageBox, "calendarMessage")
    assert box is not None and box.isVisible()
    assert "team.ics" in box.text()
    assert f"{len(events)} milestones written" in box.informativeText()


def test_a_folder_that_is_gone_is_said_in_one_sentence(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, tmp_path / "gone" / "x.ics")
    run = export_calendar(window, window.operations)
    assert isinstance(run, CalendarRun)
    with qtbot.waitSignal(run.finished, timeout=10_000) as finished:
        pass
    assert finished.args == ["failed"]
    assert run.message_box is not None
    assert run.message_box.text() == "The calendar was not saved."
    assert "does not exist" in run.message_box.informativeText()
    assert "Traceback" not in run.message_box.informativeText()


def test_closing_the_dialog_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, None)
    assert export_calendar(window, window.operations) is None
    assert list(tmp_path.glob("*.ics")) == []
