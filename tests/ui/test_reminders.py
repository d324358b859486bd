"""Reminders in the window: who I am in Preferences, a notification for a milestone due tomorrow
(through an injected clock), the next day's check, each item opening its record, and the
"My milestones" filter."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QSystemTrayIcon
from pytestqt.qtbot import QtBot

import ui.reminders as reminders_module
from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.models import Milestone, Person
from kztracker.services.search import OPEN
from ui.main_window import MainWindow
from ui.preferences import PreferencesDialog, settings
from ui.reminders import DAYS_KEY, PERSON_KEY, ReminderService

TODAY = dt.date(2027, 5, 10)


@pytest.fixture
def mine(seeded_db: Database) -> dict[str, int]:
    """A person of my own with a milestone due tomorrow, one overdue, and one far off."""
    with seeded_db.sessions.begin() as session:
        me = Person(name="Saule Nurbekova")
        tomorrow = Milestone(
            title="Sign the exchange annex", due_on=PartialDate(2027, 5, 11), responsible=me
        )
        late = Milestone(
            title="Send the annual report", due_on=PartialDate(2027, 4, 30), responsible=me
        )
        far = Milestone(title="Close the programme", due_on=PartialDate(2029, 1, 1), responsible=me)
        session.add_all([tomorrow, late, far])
        session.flush()
        return {"me": me.id, "tomorrow": tomorrow.id, "late": late.id, "far": far.id}


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window  # tests/ui/conftest.py: shown, with settings of its own


def _i_am(person_id: int, days: int = 7) -> None:
    store = settings()
    store.setValue(PERSON_KEY, person_id)
    store.setValue(DAYS_KEY, days)


class Clock:
    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


def _service(
    window: MainWindow, clock: Clock, tray: bool, tick_ms: int = 60_000
) -> ReminderService:
    return ReminderService(
        window, window.operations, clock=clock, tray_available=lambda: tray, tick_ms=tick_ms
    )


def test_a_milestone_due_tomorrow_gives_a_tray_notification(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _self, title, body, *_a: shown.append((title, body))
    )
    _i_am(mine["me"])
    service = _service(window, Clock(TODAY), tray=True)
    with qtbot.waitSignal(service.notified, timeout=10_000) as signal:
        service.start()
    found = signal.args[0]
    assert [item.id for item in found.due_soon] == [mine["tomorrow"]]
    assert [item.id for item in found.overdue] == [mine["late"]]
    assert len(shown) == 1
    title, body = shown[0]
    assert title == "Overdue: 1; due within 7 days: 1"
    assert "Sign the exchange annex — 11 May 2027" in body
    assert "Send the annual report" in body
    assert "Close the programme" not in body
    assert service.tray is not None and service.tray.isVisible()
    service.stop()


def test_without_a_tray_a_notice_lists_them_and_opens_the_record(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int]
) -> None:
    _i_am(mine["me"])
    service = _service(window, Clock(TODAY), tray=False)
    with qtbot.waitSignal(service.notified, timeout=10_000):
        service.start()
    notice = service.notice
    assert notice.isVisible() and not notice.isModal()
    rows = [notice.list.item(n) for n in range(notice.list.count())]
    texts = [row.text() for row in rows if row is not None]
    assert texts[0] == "Overdue" and "Due soon" in texts
    target = next(
        row
        for row in rows
        if row is not None and row.data(Qt.ItemDataRole.UserRole) == ("milestone", mine["tomorrow"])
    )
    assert isinstance(target, QListWidgetItem)
    notice.list.itemActivated.emit(target)
    view = window.views["milestone"]
    qtbot.waitUntil(lambda: view.current_id() == mine["tomorrow"], timeout=10_000)
    assert window.current_page() == "milestone"
    service.stop()


def test_checked_again_when_the_clock_shows_a_new_day(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int]
) -> None:
    _i_am(mine["me"], days=0)
    clock = Clock(dt.date(2027, 4, 20))  # nothing overdue yet, nothing due today
    service = _service(window, clock, tray=False, tick_ms=20)
    told: list[Any] = []
    service.notified.connect(told.append)
    service.start()
    window.operations.wait()
    qtbot.wait(100)
    window.operations.wait()
    assert told == [] and service.last is not None and service.last.empty
    clock.today = dt.date(2027, 5, 11)  # the next morning, the app still open
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    assert [item.id for item in told[0].due_soon] == [mine["tomorrow"]]
    service.stop()
    assert not service.timer.isActive()


def test_no_one_chosen_means_no_reminder(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int]
) -> None:
    service = _service(window, Clock(TODAY), tray=False)
    told: list[Any] = []
    service.notified.connect(told.append)
    service.start()
    window.operations.wait()
    assert told == [] and service.last is None and not service.notice.isVisible()
    service.stop()


def test_preferences_propose_the_account_and_remember_the_choice(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reminders_module, "account_names", lambda: ["snurbekova"])
    dialog = PreferencesDialog(window, window.operations)
    qtbot.addWidget(dialog)
    box = dialog.reminders
    qtbot.waitUntil(lambda: box.loaded, timeout=10_000)
    assert box.person.currentData() == mine["me"]
    assert box.person.currentText() == "Saule Nurbekova"
    box.days.setValue(21)
    dialog.accept()
    assert int(settings().value(PERSON_KEY)) == mine["me"]
    assert int(settings().value(DAYS_KEY)) == 21


def test_my_milestones_filters_the_view(
    qtbot: QtBot, window: MainWindow, mine: dict[str, int]
) -> None:
    _i_am(mine["me"])
    action = window.window_actions.my_milestones
    assert action is not None
    action.trigger()
    view = window.views["milestone"]
    assert view.filter_bar is not None
    qtbot.waitUntil(lambda: view.filter_bar.filters().responsible_id == mine["me"], timeout=10_000)
    assert view.filter_bar.filters().status == OPEN
    ids = {view.model.record_id(row) for row in range(view.model.rowCount())}
    assert ids == {mine["tomorrow"], mine["late"], mine["far"]}
