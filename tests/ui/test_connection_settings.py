"""A team server in Preferences and at start: the password goes to the keyring and nowhere else,
a connection is tested off the UI thread, and a start that cannot open its database shows a
dialog to correct it, open the local database or reach Preferences, never a lock-out."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import ui.app as app
import ui.connection_dialog as connection_dialog
from kztracker.credentials import KEYRING_SERVICE, ServerSettings, stored_password
from kztracker.db import Database
from kztracker.locations import ENV_VAR
from kztracker.logs import setup_logging
from ui.connection_dialog import StartProblemDialog
from ui.main_window import MainWindow
from ui.preferences import (
    DATABASE_LOCATION,
    PreferencesDialog,
    database_location,
    move_password_out_of_settings,
    settings,
)

SECRET = "Kokshetau!Lake-42"
# Nothing listens on port 1 here: a connection is refused at once.
NOWHERE = ServerSettings(host="127.0.0.1", port=1, database="partners", user="aigerim")


@pytest.fixture(autouse=True)
def _private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, log, data folder and .pgpass of the test's own; returns the settings folder."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path / "settings"
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("KZTRACKER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    setup_logging()
    return folder


def _everything_written(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> str:
    """The settings file, the log and what reached stdout and stderr, as one text."""
    settings().sync()
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [path for path in tmp_path.rglob("*") if path.is_file() and "data" not in path.parts]
    captured = capfd.readouterr()
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    return "\n".join([*texts, captured.out, captured.err])


def test_a_server_chosen_in_preferences_keeps_its_password_in_the_keyring_only(
    qtbot: QtBot, memory_keyring: object, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    form = dialog.server
    qtbot.keyClicks(form.host, "db.ministry.example")
    form.port.setValue(5433)
    form.database.setText("partners")
    qtbot.keyClicks(form.user, "aigerim")
    qtbot.keyClicks(form.password, SECRET)
    form.sslmode.setCurrentIndex(form.sslmode.findData("verify-full"))
    assert form.password.echoMode() == form.password.EchoMode.Password
    dialog.accept()

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert database_location() == (
        "postgresql+psycopg://aigerim@db.ministry.example:5433/partners?sslmode=verify-full"
    )
    assert stored_password(ServerSettings.from_url(database_location() or "")) == SECRET
    assert (KEYRING_SERVICE, "aigerim@db.ministry.example:5433") in memory_keyring.passwords  # type: ignore[attr-defined]
    assert SECRET not in _everything_written(tmp_path, capfd)


def test_a_reopened_form_shows_the_server_and_says_the_password_is_saved(
    qtbot: QtBot, memory_keyring: object
) -> None:
    server = ServerSettings(host="db.ministry.example", database="partners", user="aigerim")
    settings().setValue(DATABASE_LOCATION, server.url())
    from kztracker.credentials import save_password

    save_password(server, SECRET)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.use_server.isChecked()
    assert dialog.server.host.text() == "db.ministry.example"
    assert dialog.server.password.text() == ""
    assert "Saved" in dialog.server.password.placeholderText()
    assert "keyring" in dialog.server.password_note.text()


def test_without_a_keyring_the_password_is_not_kept_and_the_user_is_told_where_to_put_it(
    qtbot: QtBot,
    no_keyring: None,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert "no system keyring" in dialog.server.password_note.text()
    dialog.use_server.setChecked(True)
    dialog.server.set_server(NOWHERE)
    dialog.server.password.setText(SECRET)
    dialog.accept()

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert database_location() == NOWHERE.url()
    assert len(told) == 1 and str(tmp_path / "pgpass") in told[0]
    assert SECRET not in _everything_written(tmp_path, capfd)


def test_a_password_left_in_an_old_settings_file_moves_to_the_keyring(
    memory_keyring: object, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    settings().setValue(DATABASE_LOCATION, NOWHERE.url(SECRET))
    settings().sync()
    assert move_password_out_of_settings() is None
    assert database_location() == NOWHERE.url()
    assert stored_password(NOWHERE) == SECRET
    assert SECRET not in _everything_written(tmp_path, capfd)


def test_test_connection_runs_off_the_ui_thread_and_says_why_it_failed(
    qtbot: QtBot, memory_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real_check = connection_dialog.check_connection

    def recorded(url: str) -> None:
        threads.append(threading.current_thread())
        real_check(url, timeout=2)

    monkeypatch.setattr(connection_dialog, "check_connection", recorded)
    form = connection_dialog.ConnectionForm(NOWHERE)
    qtbot.addWidget(form)
    form.password.setText(SECRET)
    with qtbot.waitSignal(form.tested, timeout=10_000) as blocker:
        form.test_button.click()
        assert form.verdict.text() == "Connecting…"
        assert not form.test_button.isEnabled()
    ok, text = blocker.args  # type: ignore[misc]
    assert not ok
    assert "127.0.0.1" in text and SECRET not in text
    assert threads and threads[0] is not threading.main_thread()
    assert form.test_button.isEnabled()


def test_an_incomplete_form_is_not_tested(qtbot: QtBot, memory_keyring: object) -> None:
    form = connection_dialog.ConnectionForm()
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.tested) as blocker:
        form.test_button.click()
    assert blocker.args == [False, "Cannot test yet: name the server (its host name or address)."]


# -- the start -------------------------------------------------------------------------------


class StartDialogs:
    """Start dialogs answered in turn by the test's functions instead of waiting for a user."""

    def __init__(self) -> None:
        self.shown: list[StartProblemDialog] = []
        self.answers: list[Callable[[StartProblemDialog], None]] = []

    def answer(self, *answers: Callable[[StartProblemDialog], None]) -> None:
        self.answers.extend(answers)

    def exec(self, dialog: StartProblemDialog) -> int:
        self.shown.append(dialog)
        self.answers.pop(0)(dialog)
        return 0


@pytest.fixture
def start_dialogs(monkeypatch: pytest.MonkeyPatch) -> StartDialogs:
    dialogs = StartDialogs()
    # A plain function, so Python passes the dialog as `self`.
    monkeypatch.setattr(StartProblemDialog, "exec", lambda dialog: dialogs.exec(dialog))
    return dialogs


def _quit(dialog: StartProblemDialog) -> None:
    dialog.reject()


def _close(window: MainWindow | None) -> None:
    if window is not None:
        window.operations.wait()
        window.close()
        window.database.dispose()


def test_a_wrong_server_saved_in_preferences_offers_the_local_database(
    qtbot: QtBot,
    memory_keyring: object,
    start_dialogs: StartDialogs,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from kztracker.credentials import save_password

    settings().setValue(DATABASE_LOCATION, NOWHERE.url())
    save_password(NOWHERE, SECRET)
    start_dialogs.answer(lambda dialog: dialog.local_button.click())  # type: ignore[union-attr]
    window = app.open_window(None)
    try:
        assert len(start_dialogs.shown) == 1
        dialog = start_dialogs.shown[0]
        assert "127.0.0.1" in dialog.message.text()
        assert dialog.form is not None and dialog.form.host.text() == "127.0.0.1"
        assert window is not None
        assert window.database.is_sqlite
        assert str(tmp_path / "data") in window.database.url
        # The saved choice stays for the next start; only this run opened the local file.
        assert database_location() == NOWHERE.url()
        assert SECRET not in _everything_written(tmp_path, capfd)
    finally:
        _close(window)


def test_a_corrected_server_is_tried_and_saved_only_once_it_opens(
    qtbot: QtBot, memory_keyring: object, start_dialogs: StartDialogs
) -> None:
    settings().setValue(DATABASE_LOCATION, NOWHERE.url())

    def correct(dialog: StartProblemDialog) -> None:
        assert dialog.form is not None
        dialog.form.port.setValue(2)
        dialog.form.password.setText(SECRET)
        dialog.retry_button.click()

    start_dialogs.answer(
        correct,
        _quit,
    )  # type: ignore[union-attr]
    window = app.open_window(None)
    assert window is None
    assert len(start_dialogs.shown) == 2
    assert "port 2" in start_dialogs.shown[1].message.text()
    assert stored_password(ServerSettings.from_url(start_dialogs.shown[1].location or "")) == SECRET
    # It never opened: Preferences still hold what the user saved there.
    assert database_location() == NOWHERE.url()


def test_preferences_are_reachable_from_a_failed_start(
    qtbot: QtBot,
    memory_keyring: object,
    start_dialogs: StartDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings().setValue(DATABASE_LOCATION, NOWHERE.url())
    target = tmp_path / "mine.sqlite3"

    def choose_a_file(dialog: PreferencesDialog) -> int:
        dialog.use_file.setChecked(True)
        dialog.location.setText(str(target))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", choose_a_file)
    start_dialogs.answer(lambda dialog: dialog.preferences_button.click())
    window = app.open_window(None)
    try:
        assert window is not None
        assert window.database.url.endswith("mine.sqlite3")
        assert database_location() == str(target)
    finally:
        _close(window)


def test_a_data_folder_that_cannot_be_made_shows_the_dialog_not_a_trace(
    qtbot: QtBot,
    start_dialogs: StartDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A file where the data folder should be: mkdir fails even for root.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    start_dialogs.answer(lambda dialog: dialog.reject())
    assert app.open_window(None) is None
    dialog = start_dialogs.shown[0]
    assert "not-a-folder" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert dialog.local_button is None  # the local database is the one that failed
    assert dialog.preferences_button.isEnabled()


def test_a_read_only_database_says_so_and_editing_is_off(qtbot: QtBot, seeded_db: Database) -> None:
    seeded_db.read_only = True  # what the core sets for a file or folder this user may not write
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("memorandum")
    assert "read-only" in window.windowTitle()
    badge = window.statusBar().findChild(type(window.count_label), "readOnly")
    assert badge is not None and badge.isVisible()
    actions = window.window_actions
    for action in (actions.new_record, actions.edit, actions.delete, actions.import_files):
        assert not action.isEnabled()
    window.views["memorandum"].table.selectRow(0)
    assert not actions.edit.isEnabled()
    window.new_record("memorandum")
    assert "read-only" in window.statusBar().currentMessage()
    assert window.editor.undo_stack.count() == 0
    window.operations.wait()
