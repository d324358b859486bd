"""The window's Excel export: file dialog, background run with progress and Cancel, the end."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import kztracker.exporting.saving as saving_module
import kztracker.exporting.workbook as workbook_module
from kztracker.db import Database
from kztracker.exporting import ExportScope
from ui import export_action
from ui.export_action import FOLDER_KEY, ExportRun, export_to_excel
from ui.operations import Operations


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """Preferences written by these tests go to a folder of their own."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
    QSettings("kztracker", "kztracker").remove(FOLDER_KEY)
    yield


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Answer the save dialog with `path` (None: the user closed it); returns the start paths."""
    asked: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


@pytest.fixture
def earlier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An earlier export at the path the user chooses."""
    out = tmp_path / "keep.xlsx"
    out.write_bytes(b"the earlier export")
    _choose(monkeypatch, out)
    return out


def _assert_unchanged(earlier: Path) -> None:
    assert earlier.read_bytes() == b"the earlier export"
    assert [p.name for p in earlier.parent.iterdir() if p.name.endswith(".tmp")] == []


def _run(
    qtbot: QtBot, window: QWidget, ops: Operations, scope: ExportScope | None = None
) -> ExportRun:
    run = export_to_excel(window, ops, scope)
    assert run is not None
    qtbot.waitUntil(lambda: run.state != "running", timeout=20_000)
    return run


def test_export_writes_the_workbook_and_offers_to_open_it(
    qtbot: QtBot,
    window: QWidget,
    seeded_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ops = Operations(seeded_db)
    _choose(monkeypatch, tmp_path / "report")  # no suffix typed: .xlsx is added
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    run = _run(qtbot, window, ops)
    assert run.state == "done"
    out = tmp_path / "report.xlsx"
    assert load_workbook(out).sheetnames[:3] == ["Summary", "Memoranda", "Milestones"]
    assert run.message_box is not None and run.message_box.isVisible()
    assert "report.xlsx" in run.message_box.text()
    assert not run.progress_dialog.isVisible()
    folder = run.button("Open folder")
    assert folder is not None and run.button("Open file") is not None
    folder.click()
    assert opened and Path(opened[-1].toLocalFile()) == tmp_path
    # The folder is remembered for the next export.
    asked = _choose(monkeypatch, None)
    assert export_to_excel(window, ops) is None
    assert Path(asked[0]).parent == tmp_path


def test_progress_reaches_the_dialog(
    qtbot: QtBot,
    window: QWidget,
    seeded_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ops = Operations(seeded_db)
    _choose(monkeypatch, tmp_path / "p.xlsx")
    run = _run(qtbot, window, ops, ExportScope(kind="milestone", ids=(1, 2, 3)))
    assert run.state == "done" and run.result is not None
    assert run.result.counts["milestone"] == 3
    assert run.progress_dialog.labelText().startswith("Writing rows:")


def test_cancel_keeps_the_earlier_file(
    qtbot: QtBot,
    window: QWidget,
    seeded_db: Database,
    earlier: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    real = workbook_module.export_workbook

    def held_until_cancelled(*args: Any, cancelled: Any, **kwargs: Any) -> Any:
        def poll() -> bool:
            # The export is under way and polling: hold it here until the user presses Cancel.
            started.set()
            for _ in range(500):
                if cancelled():
                    return True
                threading.Event().wait(0.01)
            return False

        return real(*args, cancelled=poll, **kwargs)

    monkeypatch.setattr(workbook_module, "export_workbook", held_until_cancelled)
    ops = Operations(seeded_db)
    run = export_to_excel(window, ops)
    assert run is not None
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # Still reading: the dialog comes up with a busy bar and its Cancel button.
    qtbot.waitUntil(run.progress_dialog.isVisible, timeout=5_000)
    cancel = run.progress_dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: run.state != "running", timeout=10_000)
    assert run.state == "cancelled"
    assert run.message_box is None  # a cancel the user asked for needs no message
    _assert_unchanged(earlier)


def test_failure_is_one_clear_message_and_keeps_the_earlier_file(
    qtbot: QtBot,
    window: QWidget,
    seeded_db: Database,
    earlier: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    def disk_full(_wb: Any, path: str) -> None:
        Path(path).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(saving_module, "_save", disk_full)
    run = _run(qtbot, window, Operations(seeded_db))
    assert run.state == "failed"
    assert run.message_box is not None and run.message_box.isVisible()
    assert run.message_box.informativeText() == f"cannot write {earlier}: No space left on device"
    _assert_unchanged(earlier)


def test_a_file_name_too_long_is_one_clear_message_not_an_unexpected_error(
    qtbot: QtBot,
    window: QWidget,
    seeded_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Typed into the save dialog: more than the 255 bytes a file name may have here.
    _choose(monkeypatch, tmp_path / ("partners-" * 30 + ".xlsx"))
    run = _run(qtbot, window, Operations(seeded_db))
    assert run.state == "failed"
    assert run.message_box is not None and run.message_box.isVisible()
    assert "the file name is too long; use a shorter name or path" in (
        run.message_box.informativeText()
    )
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")] == []


def test_closing_the_file_dialog_exports_nothing(
    window: QWidget, seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _choose(monkeypatch, None)
    assert export_to_excel(window, Operations(seeded_db)) is None
    assert asked and asked[0].endswith(".xlsx")
    assert export_action._default_name(ExportScope(memorandum_id=1)).startswith(
        "kztracker-memorandum-"
    )
