"""The record tables' cell delegate paints what the standard delegate paints, pixel for pixel,
while it keeps each cell's laid-out text between paints."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from kztracker.services.browse_rows import MilestoneRow, PartnerRow
from ui.views.cell_delegate import CellDelegate
from ui.views.table_model import RecordTableModel

_TITLES = [
    "Летняя школа по цифровому здравоохранению в Алматы",
    "Қазақстан мен Түркия арасындағы ғылыми семинар",
    "Visit of the rector",
    "A very long title that the column is far too narrow to show whole, so it ends elided",
    "<b>Not markup</b> & friends",
    "",
]


def _milestones() -> list[MilestoneRow]:
    rows = []
    for number, title in enumerate(_TITLES, start=1):
        overdue = number % 2 == 0
        rows.append(
            MilestoneRow(
                id=number,
                title=title,
                memorandum="Меморандум о сотрудничестве" if number % 3 else None,
                partners="Университет Назарбаев, Astana Hub",
                focus_area="Цифровое здравоохранение",
                due="2024-10" if overdue else "2031-05-17",
                status="planned" if number % 3 else "done",
                responsible="Айгерим Сейтқали",
                completed=None,
                overdue=overdue,
                notes=None,
                memorandum_id=None,
                organization_ids=frozenset(),
                focus_area_id=None,
                responsible_id=None,
                due_first=None,
                due_last=None,
            )
        )
    return rows


def _partners() -> list[PartnerRow]:
    return [
        PartnerRow(
            number,
            f"Партнёр {number}",
            None,
            "university",
            "Kazakhstan",
            None,
            number * 7,
            number * 130,
            "",
            frozenset(),
        )
        for number in range(1, 9)
    ]


def _table(qtbot: QtBot, kind: str, rows: list[Any]) -> tuple[QTableView, RecordTableModel]:
    model = RecordTableModel(kind)
    model.set_rows(rows)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.resize(900, 320)
    table.show()
    qtbot.waitExposed(table)
    return table, model


def _painted(table: QTableView, delegate: QStyledItemDelegate) -> QImage:
    table.setItemDelegate(delegate)
    QApplication.processEvents()  # what a change asked for (a new font's layout) is done
    return table.viewport().grab().toImage()


def test_the_cells_look_as_the_standard_delegate_paints_them(qtbot: QtBot) -> None:
    """Cyrillic and Kazakh text, elided text, markup-like text, overdue dates in bold and
    colour, right-aligned counts, a selected row and the current cell's focus."""
    for kind, rows in (("milestone", _milestones()), ("organization", _partners())):
        table, model = _table(qtbot, kind, rows)
        table.setFocus()
        table.selectRow(1)
        ours = CellDelegate(model, table)
        standard = QStyledItemDelegate(table)
        first = _painted(table, ours)
        assert first == _painted(table, standard), kind
        assert _painted(table, ours) == first, kind  # painted again from kept layouts


def test_a_new_font_lays_the_text_out_again(qtbot: QtBot) -> None:
    table, model = _table(qtbot, "milestone", _milestones())
    ours = CellDelegate(model, table)
    standard = QStyledItemDelegate(table)
    before = _painted(table, ours)
    bigger = QFont(table.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    table.setFont(bigger)
    after = _painted(table, ours)
    assert after != before
    assert after == _painted(table, standard)


def test_a_title_over_several_lines_is_shown_on_one(qtbot: QtBot) -> None:
    """A title pasted from a spreadsheet cell may hold line breaks: the cell shows it on one
    line, as if the breaks were spaces."""
    rows = _milestones()[:1]
    broken = [rows[0]._replace(title="Первая строка\nвторая строка")]
    spaced = [rows[0]._replace(title="Первая строка вторая строка")]
    images = []
    for these in (broken, spaced):
        table, model = _table(qtbot, "milestone", these)
        images.append(_painted(table, CellDelegate(model, table)))
    assert images[0] == images[1]
