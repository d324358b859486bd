"""The record table model: search, filters and sort done inside the model."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from kztracker.db import Database
from kztracker.services.browse import browse_rows, milestone_rows
from kztracker.services.search import Filters, filter_rows
from ui.labels import status_colour
from ui.views.table_model import ID_ROLE, RecordTableModel


def _model(database: Database, kind: str = "milestone") -> tuple[RecordTableModel, list[Any]]:
    with database.session() as session:
        rows = list(browse_rows(session, kind))
    model = RecordTableModel(kind)
    model.set_rows(rows)
    return model, rows


def _column(model: RecordTableModel, field: str) -> int:
    return [column.field for column in model.columns].index(field)


def _ids(model: RecordTableModel) -> list[int]:
    return [model.record_id(row) or 0 for row in range(model.rowCount())]


def test_typing_on_and_deleting_back_give_the_same_rows_as_a_fresh_search(
    qtbot: QtBot, seeded_db: Database
) -> None:
    model, rows = _model(seeded_db)
    typed = ["b", "bi", "bio", "biom", "biomedical", "biomedical w", "biomedical wa"]
    for query in typed + typed[::-1] + [""]:
        model.set_search(query)
        assert sorted(_ids(model)) == sorted(row.id for row in filter_rows(rows, query))


def test_a_filter_change_is_not_answered_from_earlier_results(
    qtbot: QtBot, seeded_db: Database
) -> None:
    model, rows = _model(seeded_db)
    model.set_search("biomedical")
    model.set_search("biomedical", Filters(status="planned"))
    expected = filter_rows(rows, "biomedical", Filters(status="planned"))
    assert sorted(_ids(model)) == sorted(row.id for row in expected)
    assert model.rowCount() == 1


def test_sorting_puts_empty_cells_last_both_ways(qtbot: QtBot, seeded_db: Database) -> None:
    model, _ = _model(seeded_db)
    due = _column(model, "due")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(due, order)
        values = [model.row_data(row).due for row in range(model.rowCount())]
        filled = [value for value in values if value]
        assert values[len(filled):] == [None] * (len(values) - len(filled))
        assert filled == sorted(filled, reverse=order == Qt.SortOrder.DescendingOrder)


def test_a_sort_keeps_the_selected_record_selected(qtbot: QtBot, seeded_db: Database) -> None:
    model, _ = _model(seeded_db)
    kept = QPersistentModelIndex(model.index(3, 0))
    record_id = model.data(model.index(3, 0), ID_ROLE)
    model.sort(_column(model, "title"), Qt.SortOrder.DescendingOrder)
    assert kept.isValid()
    assert model.record_id(kept.row()) == record_id


def test_rows_sorted_on_a_worker_are_not_sorted_again(qtbot: QtBot, seeded_db: Database) -> None:
    model, rows = _model(seeded_db)
    model.sort(_column(model, "title"), Qt.SortOrder.AscendingOrder)
    order, sort = model.sort_order(), model.sorter()
    fresh = list(rows)
    sort(fresh)
    model.set_rows(fresh, sorted_by=order)
    titles = [model.row_data(row).title for row in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_an_overdue_milestone_says_so_in_words_and_colour(
    qtbot: QtBot, seeded_db: Database
) -> None:
    with seeded_db.session() as session:
        rows = milestone_rows(session, dt.date(2027, 1, 1))
    model = RecordTableModel("milestone")
    model.set_rows(rows)
    model.set_search("2026 declared")
    status = _column(model, "status")
    index = model.index(0, status)
    assert index.data() == "Planned · overdue"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == status_colour("overdue")
    assert model.index(0, _column(model, "due")).data() == "2026"


def test_columns_fit_the_width_given_and_dates_keep_theirs(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.views.columns import COLUMNS, column_widths

    metrics = QWidget().fontMetrics()
    natural = column_widths("milestone", metrics, metrics, set())
    hidden = {n for n, column in enumerate(COLUMNS["milestone"]) if column.hidden}
    shown = [n for n in range(len(natural)) if n not in hidden]
    room = sum(natural[n] for n in shown) * 3 // 4
    fitted = column_widths("milestone", metrics, metrics, hidden, room)
    assert sum(fitted[n] for n in shown) == room
    due = [column.field for column in COLUMNS["milestone"]].index("due")
    assert fitted[due] == natural[due]
    assert fitted[0] > fitted[shown[-1]]  # the title keeps more room than the last column


def test_the_first_page_is_the_head_of_the_default_order(
    qtbot: QtBot, seeded_db: Database
) -> None:
    from kztracker.services.browse import first_milestones_by_due
    from ui.views.record_view import _default_sort

    model, rows = _model(seeded_db)
    model.sort(_default_sort("milestone"), Qt.SortOrder.AscendingOrder)
    full = list(rows)
    model.sorter()(full)
    with seeded_db.session() as session:
        first = first_milestones_by_due(session, 7)
    assert first == full[:7]
