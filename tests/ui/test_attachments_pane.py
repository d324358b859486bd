"""The Files tab in the window: drop or add a file, preview a PDF's first page, open it, save a
copy byte for byte, remove and put back; a file that is not what its name says is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.models import Memorandum
from kztracker.services.attachments import attachments_of
from ui.attachments import AttachmentsPane
from ui.main_window import MainWindow


@pytest.fixture
def window(main_window: MainWindow) -> MainWindow:
    return main_window  # tests/ui/conftest.py: shown, with settings of its own


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    document = FPDF()
    document.add_page()
    document.set_font("helvetica", size=14)
    document.cell(text="Annex on the joint water laboratory")
    document.add_page()
    document.cell(text="Second page, not in the preview")
    path = tmp_path / "annex.pdf"
    document.output(str(path))
    return path


def _memorandum(window: MainWindow) -> int:
    with window.database.session() as session:
        found = session.scalars(select(Memorandum.id).order_by(Memorandum.id)).first()
        assert found is not None
        return found


def _files_tab(qtbot: QtBot, window: MainWindow, kind: str, record_id: int) -> AttachmentsPane:
    window.open_record(kind, record_id)
    pane = window.detail.files
    window.detail.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.add_button.isEnabled(), timeout=10_000)
    return pane


def _drop(pane: AttachmentsPane, *paths: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pane.dropEvent(event)


def test_a_dropped_pdf_is_listed_previewed_opened_and_saved_byte_for_byte(
    qtbot: QtBot, window: MainWindow, pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memo = _memorandum(window)
    pane = _files_tab(qtbot, window, "memorandum", memo)
    _drop(pane, pdf)
    qtbot.waitUntil(
        lambda: [a.file_name for a in pane.attachments()] == ["annex.pdf"], timeout=10_000
    )
    assert window.detail.tabs.tabText(window.detail.files_tab) == "Fi&les (1)"
    qtbot.waitUntil(
        lambda: "joint water laboratory" in pane.preview_text.toPlainText(), timeout=10_000
    )
    assert "Second page" not in pane.preview_text.toPlainText()

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    pane.open_selected()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert Path(opened[0].toLocalFile()).read_bytes() == pdf.read_bytes()

    copy = tmp_path / "saved" / "copy.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(copy), ""))
    )
    pane.save_button.click()
    # The copy is written whole or not at all (a rename), so once it is there it is complete;
    # `settled` also follows other work of the pane and may come first on a slower server.
    qtbot.waitUntil(copy.exists, timeout=10_000)
    assert copy.read_bytes() == pdf.read_bytes()
    with window.database.session() as session:
        assert [a.file_name for a in attachments_of(session, "memorandum", memo)] == ["annex.pdf"]


def test_the_add_button_remove_and_put_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleagues, the annex is signed.", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([str(letter)], ""))
    )
    pane = _files_tab(qtbot, window, "milestone", 1)
    pane.add_button.click()
    qtbot.waitUntil(lambda: len(pane.attachments()) == 1, timeout=10_000)
    assert pane.select("letter.txt")
    pane.remove_button.click()
    qtbot.waitUntil(
        lambda: pane.attachments() == [] and pane.removed_button.isEnabled(), timeout=10_000
    )
    actions = pane.removed_menu.actions()
    assert len(actions) == 1 and actions[0].text().startswith("letter.txt (removed ")
    actions[0].trigger()
    qtbot.waitUntil(lambda: len(pane.attachments()) == 1, timeout=10_000)
    saved = tmp_path / "back.txt"
    pane.save_selected(str(saved))
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes() == letter.read_bytes()


def test_a_file_that_is_not_what_its_name_says_is_refused_in_one_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(b"PK\x03\x04 a zip archive wearing a PDF's name")
    pane = _files_tab(qtbot, window, "memorandum", _memorandum(window))
    _drop(pane, fake)
    qtbot.waitUntil(pane.problem.isVisible, timeout=10_000)
    assert pane.problem.text() == (
        "contract.pdf is not a PDF file inside; check that it is the right file"
    )
    window.operations.wait()
    assert pane.attachments() == []


def test_people_have_no_files_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.open_record("person", 1)
    qtbot.waitUntil(lambda: window.detail.current() == ("person", 1), timeout=10_000)
    assert not window.detail.tabs.isTabVisible(window.detail.files_tab)
    assert not window.detail.files.add_button.isEnabled()


def test_a_drop_on_the_tab_does_not_start_an_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported: list[Any] = []
    monkeypatch.setattr(window, "import_paths", lambda paths: imported.append(paths))
    note = tmp_path / "note.txt"
    note.write_text("A note for the record.", encoding="utf-8")
    pane = _files_tab(qtbot, window, "memorandum", _memorandum(window))
    _drop(pane, note)
    qtbot.waitUntil(lambda: len(pane.attachments()) == 1, timeout=10_000)
    assert imported == []
