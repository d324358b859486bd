"""An import applied from the window: its summary, Edit > Undo and "Remove this import"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.cli import main
from kztracker.db import Database
from kztracker.models import Organization, Source
from kztracker.services.history import deleted_records
from kztracker.services.listing import kinds as listing_kinds
from ui.detail_html import parse_remove_import_link, record_link, remove_import_link
from ui.import_action import import_files
from ui.import_summary import ImportSummaryDialog
from ui.main_window import MainWindow

TEXT = (
    "Astana, 12 March 2025. Nazarbayev University and the Aral Sea Research Station signed a "
    "memorandum of understanding on water research. The first joint expedition will take "
    "place in 2026.\n"
)
STATION = "Aral Sea Research Station"


def _listings(db: Database, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    found = {}
    for kind in listing_kinds():
        capsys.readouterr()
        assert main(["--db", db.url, "list", kind, "--json"]) == 0
        found[kind] = json.loads(capsys.readouterr().out)
    return found


def _settle(window: MainWindow) -> None:
    for _ in range(3):
        window.operations.wait()


def _apply_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> ImportSummaryDialog:
    path = tmp_path / "water.txt"
    path.write_text(TEXT, encoding="utf-8")
    queue = import_files(window, window.operations, [str(path)])
    qtbot.waitUntil(lambda: queue.dialog is not None, timeout=20_000)
    dialog = queue.dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply()
    _settle(window)
    qtbot.waitUntil(lambda: bool(_summaries(window)), timeout=10_000)
    return _summaries(window)[0]


def _summaries(window: MainWindow) -> list[ImportSummaryDialog]:
    return [d for d in window.findChildren(ImportSummaryDialog) if d.isVisible()]


def _station(db: Database) -> int | None:
    with db.session() as session:
        return session.scalar(select(Organization.id).where(Organization.name == STATION))


def test_the_summary_opens_each_record_and_undo_takes_the_import_back(
    qtbot: QtBot,
    main_window: MainWindow,
    seeded_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = main_window
    before = _listings(seeded_db, capsys)
    with seeded_db.session() as session:
        restorable = deleted_records(session)
    summary = _apply_file(qtbot, window, tmp_path)
    station = _station(seeded_db)
    assert station is not None
    assert ("organization", station) in summary.links()
    text = summary.browser.toPlainText()
    assert "Created" in text and STATION in text and "Linked to" in text
    # A click on a record in the summary opens it in the main window.
    summary.browser.anchorClicked.emit(QUrl(record_link("organization", station)))
    qtbot.waitUntil(lambda: window.detail.current() == ("organization", station))
    assert window.window_actions.undo.isEnabled()
    assert "Import" in window.window_actions.undo.toolTip()  # the label stays short

    window.window_actions.undo.trigger()
    _settle(window)
    assert _station(seeded_db) is None
    assert _listings(seeded_db, capsys) == before
    with seeded_db.session() as session:
        # The removal is history like any change: the station can be restored from there.
        restorable_now = deleted_records(session)
    assert len(restorable_now) > len(restorable)
    assert STATION in {row.old_value for row in restorable_now}

    window.window_actions.redo.trigger()  # the same reviewed import, applied again
    _settle(window)
    assert _station(seeded_db) is not None
    window.window_actions.undo.trigger()
    _settle(window)
    assert _listings(seeded_db, capsys) == before


def test_remove_this_import_on_the_source(
    qtbot: QtBot,
    main_window: MainWindow,
    seeded_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    before = _listings(seeded_db, capsys)
    _apply_file(qtbot, window, tmp_path).close()
    with seeded_db.session() as session:
        source_id = session.scalar(select(Source.id).where(Source.full_text == TEXT.strip()))
    assert source_id is not None
    window.open_record("source", source_id)
    qtbot.waitUntil(lambda: window.detail.current() == ("source", source_id))
    _settle(window)
    assert "Remove this import" in window.detail.details_text()
    assert parse_remove_import_link(remove_import_link(source_id)) == source_id
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text() + " " + box.informativeText())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.detail.details.anchorClicked.emit(QUrl(remove_import_link(source_id)))
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    _settle(window)
    assert "Remove the import" in asked[0] and "records it created" in asked[0]
    assert _listings(seeded_db, capsys) == before
    # It was the last change: removed through the undo stack, which Redo can bring back.
    redo = window.window_actions.redo
    assert redo.isEnabled() and "Import" in redo.toolTip()
