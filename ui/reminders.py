"""Reminders: on start and then once a day while the window is open, the user's overdue and
soon-due milestones as a desktop notification (the system tray), or, with no tray, a notice
beside the window. Each listed milestone opens its record.

Who the user is and how far ahead to look are Preferences (QSettings). The query is the core's
`kztracker.services.reminders.due_for_person`, run through `Operations.query`; the day comes from
an injectable clock, so tests move time instead of waiting for it. Nothing runs once the window
is closed and nothing leaves the computer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ui.labels import format_date
from ui.operations import Operations
from ui.preferences import int_setting, settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kztracker.services.dashboard import DueItem
    from kztracker.services.reminders import Reminders
    from ui.main_window import MainWindow

PERSON_KEY = "reminders/person_id"
DAYS_KEY = "reminders/days"
# How often the window looks whether the day has changed (a check costs one small query only
# when it has).
TICK_MS = 10 * 60 * 1000
# Lines a tray message lists before "and N more": balloons are small.
TRAY_LINES = 5
_NO_ONE = -1


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Reminders", text, disambiguation, n)


def reminder_person() -> int | None:
    """The person record the user said they are, or None."""
    try:
        value = int(settings().value(PERSON_KEY, _NO_ONE))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


def account_names() -> list[str]:
    """The names this computer's account goes by (kztracker.services.reminders), imported when
    first asked for."""
    from kztracker.services.reminders import account_names as names

    return names()


def reminder_days() -> int:
    # Imported where used: the reminders' queries load the model classes, which the window's
    # first paint does without (issue 18).
    from kztracker.services.reminders import DEFAULT_DAYS

    return int_setting(DAYS_KEY, DEFAULT_DAYS)


class ReminderSettings(QGroupBox):
    """The Preferences group: who I am (proposed from the account name) and how far ahead."""

    def __init__(self, operations: Operations | None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Reminders"), parent)
        self.setObjectName("reminderSettings")
        self.person = QComboBox(self)
        self.person.setObjectName("reminderPerson")
        self.person.setAccessibleName(tr("I am"))
        self.person.addItem(tr("No one (no reminders)"), _NO_ONE)
        self.days = QSpinBox(self)
        self.days.setObjectName("reminderDays")
        self.days.setRange(0, 365)
        self.days.setSuffix(tr(" days"))
        self.days.setValue(reminder_days())
        form = QFormLayout(self)
        form.addRow(tr("I am:"), self.person)
        form.addRow(tr("Remind me of milestones due within:"), self.days)
        note = QLabel(
            tr(
                "On start and once a day while kztracker is open, a notification lists your "
                "overdue milestones and those due soon. Nothing runs when it is closed."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        self.loaded = False
        if operations is not None:
            operations.query(self._read_people, self._show_people, parent=self)

    @staticmethod
    def _read_people(session: Session) -> tuple[list[tuple[int, str]], int | None]:
        from sqlalchemy import select

        from kztracker.models import Person
        from kztracker.services.reminders import match_account

        people = [
            (pid, name)
            for pid, name in session.execute(
                select(Person.id, Person.name).order_by(Person.name_key)
            )
        ]
        return people, match_account(session, account_names())

    def _show_people(self, result: tuple[list[tuple[int, str]], int | None]) -> None:
        people, matched = result
        for person_id, name in people:
            self.person.addItem(name, person_id)
        # The saved choice; else the person the account name points at, for the user to confirm.
        chosen = reminder_person() or matched
        if chosen is not None:
            self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.loaded = True

    def save(self) -> None:
        store = settings()
        if self.loaded:  # a list never shown cannot have been chosen from
            store.setValue(PERSON_KEY, int(self.person.currentData()))
        store.setValue(DAYS_KEY, self.days.value())


def _heading(found: Reminders) -> str:
    overdue, soon = len(found.overdue), len(found.due_soon)
    if overdue and soon:
        return tr("Overdue: {overdue}; due within {days} days: {soon}").format(
            overdue=overdue, days=found.days, soon=soon
        )
    if overdue:
        return tr("%n of your milestones are overdue", "", overdue)
    return tr("%n of your milestones are due within {days} days", "", soon).format(days=found.days)


def _line(item: DueItem) -> str:
    return tr("{title} — {date}").format(title=item.label, date=format_date(item.date))


def tray_text(found: Reminders) -> str:
    """The notification's body: the first few milestones, then how many more."""
    items = found.items()
    lines = [("⚠ " if item in found.overdue else "• ") + _line(item) for item in items[:TRAY_LINES]]
    if len(items) > TRAY_LINES:
        lines.append(tr("and %n more", "", len(items) - TRAY_LINES))
    return "\n".join(lines)


class ReminderNotice(QDialog):
    """The reminder as a window of its own (not modal): every milestone, each opening its record."""

    open_record = Signal(str, int)
    show_mine = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self.setWindowTitle(tr("Your milestones"))
        self.setModal(False)
        self.heading = QLabel(self)
        self.heading.setObjectName("reminderHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("reminderList")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        mine = QPushButton(tr("Show all my milestones"), self)
        buttons.addButton(mine, QDialogButtonBox.ButtonRole.ActionRole)
        mine.clicked.connect(self.show_mine)
        buttons.rejected.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def show_reminders(self, found: Reminders) -> None:
        self.heading.setText(_heading(found))
        self.list.clear()
        for group, items in ((tr("Overdue"), found.overdue), (tr("Due soon"), found.due_soon)):
            if not items:
                continue
            header = QListWidgetItem(group, self.list)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for item in items:
                text = _line(item) + (f"\n    {item.detail}" if item.detail else "")
                row = QListWidgetItem(text, self.list)
                row.setData(Qt.ItemDataRole.UserRole, (item.kind, item.id))
                row.setToolTip(tr("Open this milestone"))
        self.show()
        self.raise_()

    def _activated(self, row: QListWidgetItem) -> None:
        target = row.data(Qt.ItemDataRole.UserRole)
        if target:
            kind, record_id = target
            self.open_record.emit(str(kind), int(record_id))


class ReminderService(QObject):
    """Checks on start and whenever the clock shows a new day; tells the user when there is
    something to tell. `notified` carries each `Reminders` shown (tests and screenshots)."""

    notified = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        operations: Operations,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(window)
        self.window, self.operations = window, operations
        self.clock, self.tray_available = clock, tray_available
        self.last_day: dt.date | None = None
        self.last: Reminders | None = None
        self.tray: QSystemTrayIcon | None = None
        self.notice = ReminderNotice(window)
        self.notice.open_record.connect(window.open_record)
        self.notice.show_mine.connect(self.show_my_milestones)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def _tick(self) -> None:
        if self.clock() != self.last_day:
            self.check()

    def check(self) -> None:
        """Look now (on start, on a new day, after Preferences changed)."""
        person, today = reminder_person(), self.clock()
        self.last_day = today
        if person is None:
            return
        days = reminder_days()
        from kztracker.services.reminders import due_for_person

        self.operations.query(
            lambda session: due_for_person(session, person, today, days),
            self._found,
            parent=self.window,
        )

    def _found(self, found: Reminders | None) -> None:
        self.last = found
        if found is None or found.empty:
            return
        if self.tray_available():
            self._tray_message(found)
        else:
            self.notice.show_reminders(found)
        self.notified.emit(found)

    def _tray_message(self, found: Reminders) -> None:
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                information = QStyle.StandardPixmap.SP_MessageBoxInformation
                icon = self.window.style().standardIcon(information)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(tr("kztracker"))
            # The balloon names a few; a click on it lists them all, each opening its record.
            self.tray.messageClicked.connect(self._show_notice)
            self.tray.activated.connect(lambda _reason: self._show_notice())
        self.tray.show()
        self.tray.showMessage(
            _heading(found), tray_text(found), QSystemTrayIcon.MessageIcon.Information, 15_000
        )

    def _show_notice(self) -> None:
        if self.last is not None and not self.last.empty:
            self.notice.show_reminders(self.last)

    def show_my_milestones(self) -> None:
        """The milestones view filtered to the user's open milestones."""
        show_my_milestones(self.window)


def show_my_milestones(window: MainWindow) -> None:
    """Switch to the milestones view with its filters set to the user's open milestones; with no
    one chosen in Preferences, say where to choose."""
    from kztracker.services.search import OPEN, Filters

    person = reminder_person()
    if person is None:
        window.statusBar().showMessage(
            tr("Choose who you are in Preferences › Reminders to see your milestones."), 8000
        )
        return
    window.show_page("milestone")
    view = window.views["milestone"]
    mine = Filters(status=OPEN, responsible_id=person)
    if view.has_loaded:
        view.set_filters(mine)
        return

    # The filter's list of people arrives with the rows: set it once they are in.
    def apply() -> None:
        view.loaded.disconnect(apply)
        view.set_filters(mine)

    view.loaded.connect(apply)
