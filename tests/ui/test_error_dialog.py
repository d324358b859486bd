"""The window never fails silently: an unexpected error opens a dialog, goes to the log, and a
lost server connection is offered again without losing what the user entered."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import ui.error_dialog as error_dialog
from kztracker import __version__
from kztracker.db import Database
from kztracker.logs import setup_logging
from kztracker.models import FocusArea
from ui.error_dialog import ErrorDialog, install_exception_hooks
from ui.operations import Operations

SECRET = "Saryarqa-77"


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KZTRACKER_LOG_DIR", str(tmp_path / "logs"))
    return setup_logging()


@pytest.fixture
def hooks() -> Iterator[None]:
    """The window's exception hooks, put back as they were after the test."""
    saved = sys.excepthook, threading.excepthook
    install_exception_hooks()
    yield
    sys.excepthook, threading.excepthook = saved


def _shown_dialog(qtbot: QtBot) -> ErrorDialog:
    qtbot.waitUntil(lambda: error_dialog._shown is not None and error_dialog._shown.isVisible())
    dialog = error_dialog._shown
    assert dialog is not None
    # Not handed to qtbot: the dialog deletes itself when closed, as the test closes it.
    return dialog


def _log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _fail_in_a_slot() -> None:
    raise RuntimeError(f"the chart lost its axis (postgresql://kz:{SECRET}@db/x)")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_opens_the_dialog_and_the_details_are_copied_and_logged(
    qtbot: QtBot, log_path: Path, hooks: None
) -> None:
    QTimer.singleShot(0, _fail_in_a_slot)
    dialog = _shown_dialog(qtbot)

    message = dialog.message.text()
    assert "RuntimeError: the chart lost its axis" in message
    assert "\n" not in message and "Traceback" not in message
    assert str(log_path) in dialog.log_path.text()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "_fail_in_a_slot" in copied
    assert f"kztracker {__version__}" in copied
    assert "Python " in copied and "Qt " in copied

    logged = _log_text(log_path)
    assert "_fail_in_a_slot" in logged
    for text in (message, copied, logged):
        assert SECRET not in text
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_opens_the_dialog_on_the_ui_thread(
    qtbot: QtBot, log_path: Path, hooks: None
) -> None:
    def work() -> None:
        raise ValueError("a worker thread gave up")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    dialog = _shown_dialog(qtbot)
    assert "ValueError: a worker thread gave up" in dialog.message.text()
    assert dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    dialog.close()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The widget an operation reports to."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_an_unexpected_failure_of_an_operation_opens_the_dialog(
    qtbot: QtBot, seeded_db: Database, log_path: Path, parent: QWidget
) -> None:
    operations = Operations(seeded_db)

    def work(session: Session) -> None:
        raise KeyError("focus_area")

    operations.query(work, lambda _result: None, parent=parent)
    dialog = _shown_dialog(qtbot)
    assert "KeyError" in dialog.message.text()
    assert "Nothing was saved" in dialog.message.text()
    assert "KeyError" in _log_text(log_path)
    dialog.close()


def test_a_burst_of_errors_opens_one_dialog_and_logs_them_all(qtbot: QtBot, log_path: Path) -> None:
    first = error_dialog.report_unexpected(RuntimeError("first of many"))
    assert first is not None
    assert error_dialog.report_unexpected(RuntimeError("second of many")) is None
    logged = _log_text(log_path)
    assert "first of many" in logged and "second of many" in logged
    first.close()


class _ServerGone(Exception):
    """Stands for psycopg's AdminShutdown (a server restarted): a driver error of psycopg's."""


_ServerGone.__module__ = "psycopg.errors"


def test_a_lost_connection_is_told_and_the_change_is_saved_on_retry(
    qtbot: QtBot, seeded_db: Database, log_path: Path, parent: QWidget
) -> None:
    operations = Operations(seeded_db)
    attempts: list[int] = []
    saved: list[str] = []

    def work(session: Session) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OperationalError(
                "SELECT 1", {}, _ServerGone("terminating connection due to administrator command")
            )
        session.add(FocusArea(name="Water resources"))
        return "saved"

    read_attempts: list[int] = []
    counted: list[int] = []

    def read(session: Session) -> int:
        read_attempts.append(1)
        if len(read_attempts) == 1:
            raise OperationalError("SELECT 1", {}, _ServerGone("server closed the connection"))
        return len(session.scalars(select(FocusArea.name)).all())

    operations.change(work, saved.append, parent=parent)
    operations.query(read, counted.append, parent=parent)
    qtbot.waitUntil(lambda: len(attempts) == 1 and len(read_attempts) == 1)
    operations.wait()
    # Every view fails at once when a server goes: one question covers them all.
    boxes = parent.findChildren(QMessageBox, "connectionLost")
    assert len(boxes) == 1
    box = boxes[0]
    assert box.isVisible()
    assert "connection to the database server" in box.text()
    assert "what you entered is kept" in box.informativeText()

    retry = box.button(QMessageBox.StandardButton.Retry)
    assert retry is not None
    retry.click()
    qtbot.waitUntil(lambda: saved == ["saved"] and len(counted) == 1)
    assert len(attempts) == 2 and len(read_attempts) == 2
    with seeded_db.session() as session:
        assert "Water resources" in session.scalars(select(FocusArea.name)).all()
    # Told once, in the box: no second, unexpected-error dialog after it.
    assert error_dialog._shown is None or not error_dialog._shown.isVisible()
