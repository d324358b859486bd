"""Every dialog opens inside a 1280x720 screen (less its title bar, frame and taskbar) in each
language: the memorandum editor asked for 1470 pixels in Russian and the import review for 720
pixels of height, which put their buttons out of sight on a small laptop."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import FocusArea, Memorandum, Milestone, Organization, Person
from ui import i18n
from ui.dialogs.form import RecordDialog
from ui.import_action import import_files
from ui.import_review import ImportReviewDialog
from ui.main_window import MainWindow
from ui.screenshots import SAMPLE_ANNOUNCEMENT

# A 1280x720 screen less a window's title bar and frame and a desktop's panel.
ROOM_WIDTH, ROOM_HEIGHT = 1240, 640
MODELS = {
    "memorandum": Memorandum,
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
    "milestone": Milestone,
}


@pytest.fixture(params=["ru", "kk", "en"])
def language(request: pytest.FixtureRequest, language_files: Path) -> Iterator[str]:
    assert i18n.install(request.param, folder=language_files) == request.param
    yield request.param
    i18n.uninstall()


@pytest.fixture
def window(
    qtbot: QtBot, seeded_db: Database, private_settings: Path, language: str
) -> Iterator[MainWindow]:
    """The main window, made in `language` (its tabs and labels are translated once)."""
    shown = MainWindow(seeded_db)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()
    shown.operations.wait()


def _most_linked_memorandum(database: Database) -> int:
    """The memorandum with the most parties: its editor is the widest dialog."""
    with database.session() as session:
        memoranda = session.scalars(select(Memorandum)).all()
        return max(memoranda, key=lambda memorandum: len(memorandum.parties)).id


def _first(database: Database, kind: str) -> int:
    with database.session() as session:
        found = session.scalar(select(MODELS[kind].id).order_by(MODELS[kind].id).limit(1))
    assert found is not None
    return int(found)


def _open(qtbot: QtBot, window: MainWindow, trigger: Callable[[], object], kind: type) -> QDialog:
    trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=20_000)
    dialog = next(d for d in window.findChildren(kind) if d.isVisible())
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()
    return dialog


def _fits(dialog: QDialog) -> tuple[int, int]:
    size = dialog.size()
    assert size.width() <= ROOM_WIDTH and size.height() <= ROOM_HEIGHT, (size, type(dialog))
    return size.width(), size.height()


def test_every_record_editor_opens_inside_a_small_screen(
    qtbot: QtBot, window: MainWindow, seeded_db: Database, language: str
) -> None:
    ids = {kind: _first(seeded_db, kind) for kind in MODELS}
    ids["memorandum"] = _most_linked_memorandum(seeded_db)
    for kind, record_id in ids.items():
        dialog = _open(
            qtbot,
            window,
            lambda kind=kind, record_id=record_id: window.editor.edit_record(kind, record_id),
            RecordDialog,
        )
        qtbot.waitUntil(lambda dialog=dialog: dialog.is_ready, timeout=20_000)
        _fits(dialog)
        # Every field still shows: the dialog was cut, not its contents.
        assert dialog.minimumSizeHint().width() <= dialog.width()
        dialog.reject()


def test_the_import_review_opens_inside_a_small_screen(
    qtbot: QtBot, window: MainWindow, language: str, tmp_path: Path
) -> None:
    sample = tmp_path / "announcement.txt"
    sample.write_text(SAMPLE_ANNOUNCEMENT, encoding="utf-8")
    review = _open(
        qtbot,
        window,
        lambda: import_files(window, window.operations, [str(sample)]),
        ImportReviewDialog,
    )
    width, _height = _fits(review)
    assert width >= 1000  # still roomy: the text beside the proposals
    review.reject()


def test_the_detail_pane_tabs_fit_however_narrow_the_pane_is_made(
    qtbot: QtBot, window: MainWindow, seeded_db: Database, language: str
) -> None:
    """In Kazakh the pane at its least (240 pixels) hid the Files tab behind scroll arrows."""
    from PySide6.QtWidgets import QToolButton

    window.resize(1280, 720)
    memorandum = _first(seeded_db, "memorandum")
    window.show_page("memorandum")
    window.open_record("memorandum", memorandum)
    # The user drags the splitter as far right as it goes: the pane keeps its least width.
    splitter, pane = window.splitter, window.detail
    navigation, *_rest = splitter.sizes()
    least = pane.minimumWidth()  # what the splitter lets it shrink to
    splitter.setSizes([navigation, sum(splitter.sizes()) - navigation - least, least])
    for _ in range(3):
        window.operations.wait()
        QApplication.processEvents()
    assert pane.width() == least
    bar = pane.tabs.tabBar()
    assert bar.count() == 3 and all(bar.isTabVisible(n) for n in range(3))
    arrows = [button for button in bar.findChildren(QToolButton) if button.isVisible()]
    assert not arrows
    assert bar.sizeHint().width() <= bar.width()


def test_a_delete_confirmation_shows_every_related_name_whole(
    qtbot: QtBot, window: MainWindow, seeded_db: Database, language: str
) -> None:
    """At 600 pixels the names read "Ministry of …f Kazakhstan" beside Russian's long kinds
    ("Приоритетное направление"); the dialog now widens for them, within a small screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTreeWidget

    from ui.dialogs.delete import DeleteConfirmation

    seen: list[tuple[tuple[int, int], int, int]] = []
    deadline = time.monotonic() + 20

    def look() -> None:
        # The confirmation runs its own event loop (exec): read it from inside, then cancel.
        dialog = next((d for d in window.findChildren(DeleteConfirmation) if d.isVisible()), None)
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(50, look)
            return
        tree = dialog.findChild(QTreeWidget)
        assert tree is not None
        names = [
            tree.topLevelItem(group).child(n).text(1)
            for group in range(tree.topLevelItemCount())
            for n in range(tree.topLevelItem(group).childCount())
        ]
        widest = max(tree.fontMetrics().horizontalAdvance(name) for name in names)
        seen.append(((dialog.width(), dialog.height()), widest, tree.columnWidth(1)))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.editor.delete_record("memorandum", _most_linked_memorandum(seeded_db))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    (width, height), widest, column = seen[0]
    assert width <= ROOM_WIDTH and height <= ROOM_HEIGHT
    assert widest < column
