"""File > Import spreadsheet: the column mapping dialog (guessed, changed, remembered) and the
review of the rows, down to what the database holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kztracker.db import Database
from kztracker.models import Milestone
from tests.importing.sheet_files import write_xlsx
from ui.import_review import ImportReviewDialog
from ui.operations import Operations
from ui.sheet_mapping import SheetMappingDialog

ROWS = [
    ["Название", "Срок", "Статус", "Куратор", "Заметки"],
    ["Совместная летняя школа", dt.date(2026, 7, 1), "запланировано", "Айгерим Сейткали", "x"],
    ["Обмен студентами", "весной", "в работе", "Айгерим Сейткали", ""],
]


def _open(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_columns_are_guessed_changed_remembered_and_the_rows_applied(
    qtbot: QtBot, seeded_db: Database, private_settings: Path, tmp_path: Path
) -> None:
    from ui.sheet_import import import_sheet

    path = write_xlsx(tmp_path / "plan.xlsx", "План", ROWS)
    operations = Operations(seeded_db)
    import_sheet(None, operations, str(path))
    qtbot.waitUntil(lambda: bool(_open(SheetMappingDialog)), timeout=20_000)
    mapping = _open(SheetMappingDialog)[0]
    assert mapping.chosen_kind() == "milestones"
    assert mapping.mapping() == ["title", "date", "status", None, None]
    ok = mapping.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()

    # The curator column is the responsible person: the user says so.
    curator = mapping.fields[3]
    curator.setCurrentIndex(curator.findData("responsible"))
    # Two columns for one field is refused until one is changed back.
    notes = mapping.fields[4]
    notes.setCurrentIndex(notes.findData("title"))
    assert not ok.isEnabled() and "same field" in mapping.warning.text()
    notes.setCurrentIndex(0)
    assert ok.isEnabled()
    ok.click()

    qtbot.waitUntil(lambda: bool(_open(ImportReviewDialog)), timeout=20_000)
    review = _open(ImportReviewDialog)[0]
    problems = review.findChild(QPlainTextEdit, "sheet_problems")
    assert problems is not None
    assert problems.toPlainText() == "row 3, column B (Срок) 'весной': not a date"
    label = review.findChild(QLabel, "sheet_problems_label")
    assert label is not None and label.text().startswith("1 row")
    with qtbot.waitSignal(review.applied, timeout=10_000):
        review.apply()
    operations.wait()
    with seeded_db.session() as session:
        school = session.scalars(
            select(Milestone).where(Milestone.title == "Совместная летняя школа")
        ).one()
        assert str(school.due_on) == "2026-07-01"
        assert school.responsible is not None and school.responsible.name == "Айгерим Сейткали"
        assert (
            session.scalar(select(Milestone.id).where(Milestone.title == "Обмен студентами"))
            is None
        )

    # The next file with the same headers opens with the user's own mapping.
    again = write_xlsx(tmp_path / "plan2.xlsx", "План", ROWS[:2])
    import_sheet(None, operations, str(again))
    qtbot.waitUntil(
        lambda: any(d.table.origin == str(again) for d in _open(SheetMappingDialog)),
        timeout=20_000,
    )
    second = next(d for d in _open(SheetMappingDialog) if d.table.origin == str(again))
    assert second.mapping() == ["title", "date", "status", "responsible", None]
    second.reject()
    operations.wait()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.xlsx", b"", "empty.xlsx is empty; there is nothing to import"),
        (
            "binary.xlsx",
            bytes(range(256)) * 40,
            "binary.xlsx is not a valid spreadsheet (damaged?); save it again",
        ),
        (
            "binary.csv",
            bytes(range(256)) * 40,
            "binary.csv does not look like a CSV file (binary data?); save it from its program "
            "as .xlsx or .csv",
        ),
    ],
)
def test_a_bad_file_in_the_window_is_one_message_and_nothing_opens(
    qtbot: QtBot,
    seeded_db: Database,
    private_settings: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    message: str,
) -> None:
    from ui.sheet_import import import_sheet

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    path = tmp_path / name
    path.write_bytes(content)
    operations = Operations(seeded_db)
    import_sheet(None, operations, str(path))
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    operations.wait()
    assert told == [message]
    assert not _open(SheetMappingDialog) and not _open(ImportReviewDialog)


def test_a_spreadsheet_dropped_on_the_window_opens_the_column_mapping(
    qtbot: QtBot, main_window: object, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "партнёры.xlsx", "Партнёры", [["Наименование"], ["Степной институт"]]
    )
    main_window.import_paths([str(path)])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(_open(SheetMappingDialog)), timeout=20_000)
    dialog = _open(SheetMappingDialog)[0]
    assert (dialog.chosen_kind(), dialog.mapping()) == ("partners", ["name"])
    dialog.reject()
    labels = [a.text() for a in main_window.menuBar().actions()[0].menu().actions()]  # type: ignore[attr-defined]
    assert "Import &spreadsheet…" in labels


def test_rows_imported_before_are_offered_instead_of_reviewed_again(
    qtbot: QtBot,
    seeded_db: Database,
    private_settings: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kztracker.services.sheets import apply_sheet, guess_columns, prepare_sheet, read_sheet
    from ui.sheet_import import import_sheet

    path = write_xlsx(tmp_path / "plan.xlsx", "План", ROWS)
    table = read_sheet(path)
    guess = guess_columns(table)
    with seeded_db.sessions.begin() as session:
        apply_sheet(session, prepare_sheet(session, table, guess.kind, guess.mapping))
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return QMessageBox.StandardButton.Close.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    operations = Operations(seeded_db)
    import_sheet(None, operations, str(path))
    qtbot.waitUntil(lambda: bool(_open(SheetMappingDialog)), timeout=20_000)
    _open(SheetMappingDialog)[0].buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    operations.wait()
    assert shown == ["These rows were already imported as “plan.xlsx, sheet План”."]
    assert not _open(ImportReviewDialog)
