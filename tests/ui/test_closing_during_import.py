"""Closing the window while announcements are still being read: no review opens after it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.models import Source
from ui.import_action import import_files
from ui.import_review import ImportReviewDialog
from ui.main_window import MainWindow

ANNOUNCEMENTS = Path(__file__).resolve().parents[1] / "announcements"


def test_closing_the_window_while_files_are_read_stops_the_import_unreviewed(
    qtbot: QtBot, seeded_db: Database, private_settings: Path
) -> None:
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with seeded_db.session() as session:
        sources = session.scalar(select(func.count(Source.id)))
    files = [str(path) for path in sorted(ANNOUNCEMENTS.glob("ann0[1-3]*.txt"))]
    assert len(files) == 3
    import_files(window, window.operations, files)
    window.close()  # before the first file's review could open
    window.operations.wait()

    reviews = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportReviewDialog)]
    assert not [review for review in reviews if review.isVisible()]
    with seeded_db.session() as session:
        assert session.scalar(select(func.count(Source.id))) == sources


def test_closing_the_window_while_a_sheet_is_read_opens_no_mapping_after_it(
    qtbot: QtBot, seeded_db: Database, private_settings: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from ui.sheet_import import import_sheet
    from ui.sheet_mapping import SheetMappingDialog

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Country"])
    sheet.append(["Al-Farabi Kazakh National University", "Kazakhstan"])
    path = tmp_path / "partners.xlsx"
    book.save(path)
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    import_sheet(window, window.operations, str(path))
    window.close()  # before the sheet's column mapping could open
    window.operations.wait()

    mappings = [w for w in QApplication.topLevelWidgets() if isinstance(w, SheetMappingDialog)]
    assert not [mapping for mapping in mappings if mapping.isVisible()]
