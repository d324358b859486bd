"""The record table model: search, filters and sort done inside the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from kztracker.db import Database
from kztracker.models import Milestone
from kztracker.services.browse import browse_rows, milestone_rows
from kztracker.services.search import Filters, filter_rows, row_keys
from kztracker.sort_keys import natural_key
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
        assert values[len(filled) :] == [None] * (len(values) - len(filled))
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
    model.set_rows(fresh, sorted_by=order, in_order=sort(fresh))
    titles = [model.row_data(row).title for row in range(model.rowCount())]
    assert titles == sorted(titles, key=natural_key)


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


@pytest.mark.parametrize("descending", [False, True])
def test_the_first_page_is_the_true_head_of_the_table_for_every_sortable_column(
    qtbot: QtBot, seeded_db: Database, descending: bool
) -> None:
    from kztracker import first_read
    from kztracker.services.first_page import FIRST_PAGE_FIELDS, first_milestones

    _add_ties_and_empty_cells(seeded_db)
    model, _rows = _model(seeded_db)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    fields = [column.field for column in model.columns]
    assert set(FIRST_PAGE_FIELDS) == set(fields) - {"partners"}
    for field in fields:
        model.sort(_column(model, field), order)
        table = [model.row_data(row) for row in range(model.rowCount())]
        with seeded_db.session() as session:
            for count in (1, 6, len(table) + 3):
                first = first_milestones(session, field, descending, count)
                # The window's own read: sqlite3 on a file, before SQLAlchemy loads.
                plain = first_read.first_milestones(seeded_db, field, descending, count)
                if field == "partners":
                    assert first is None  # read whole: a label joined from two link tables
                    assert plain is None
                else:
                    assert first == table[:count], (field, count)
                    assert plain == table[:count], (field, count)


def _add_ties_and_empty_cells(database: Database) -> None:
    """Ties, empty cells and titles that order by their numbers, in the columns SQL reads."""
    from kztracker.dates import PartialDate

    march, year = PartialDate.parse("2025-03"), PartialDate.parse("2025")
    with database.sessions.begin() as session:
        session.execute(
            insert(Milestone),
            [
                {
                    "title": title,
                    "due_on": due,
                    "status": status,
                    "completed_on": done,
                    "notes": notes,
                }
                for title, due, status, done, notes in (
                    ("Stage 10 of the pilot", march, "planned", None, None),
                    ("Stage 9 of the pilot", march, "done", None, "Ask the rector"),
                    ("stage 9 of the pilot", None, "planned", year, ""),
                    ("Ёлочный базар", None, "in_progress", None, "Ждём ответа"),
                    ("Елорда форумы", march, "cancelled", None, None),
                )
            ],
        )


@pytest.mark.parametrize("descending", [False, True])
def test_the_rows_streamed_through_sqlite3_are_the_core_reads_rows(
    qtbot: QtBot, seeded_db: Database, db_path: Path, descending: bool
) -> None:
    """On a SQLite file (`db_path`: a server keeps the engine's way) the window streams every
    milestone through sqlite3; the model shows them as it shows the Core read's."""
    from kztracker import first_read
    from kztracker.services.filter_choices import filter_choices

    _add_ties_and_empty_cells(seeded_db)
    read = first_read.every_milestone(seeded_db, choices=True)
    assert read is not None
    streamed, choices = read
    with seeded_db.engine.connect() as connection:
        core = milestone_rows(connection)
        assert choices == filter_choices(connection)
    assert streamed == core  # every row, every column, in the same order
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    plain, through_core = RecordTableModel("milestone"), RecordTableModel("milestone")
    for column in range(len(plain.columns)):
        for model, rows in ((plain, streamed), (through_core, core)):
            model.sort(column, order)
            in_order, ranks = model.loader()(rows)
            model.set_rows(rows, sorted_by=model.sort_order(), in_order=in_order, ranks=ranks)
        table = [plain.row_data(row) for row in range(plain.rowCount())]
        assert table == [through_core.row_data(row) for row in range(through_core.rowCount())]
        assert len(table) == len(core)


def test_names_sort_by_their_numbers_and_cyrillic_by_the_alphabet(
    qtbot: QtBot, seeded_db: Database
) -> None:
    model, rows = _model(seeded_db, "organization")
    names = ["Alpha LLP 100", "Alpha LLP 4", "alpha llp 20", "Ёлка", "Ель", "Әлем", "Ақ"]
    ours = [rows[0]._replace(id=-n, name=name) for n, name in enumerate(names, 1)]
    model.set_rows(rows + ours)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(0, order)
        shown = [model.row_data(row).name for row in range(model.rowCount())]
        expected = ["Alpha LLP 4", "alpha llp 20", "Alpha LLP 100", "Ақ", "Әлем", "Ель", "Ёлка"]
        if order == Qt.SortOrder.DescendingOrder:
            expected.reverse()
        assert [name for name in shown if name in names] == expected


def test_a_search_through_the_index_shows_what_a_plain_search_shows(
    qtbot: QtBot, seeded_db: Database
) -> None:
    from kztracker.services.search_index import SearchIndex

    indexed, _ = _model(seeded_db)
    plain, _ = _model(seeded_db)
    base = indexed.base_rows()
    indexed.set_index(base, SearchIndex(row_keys(base), [row.id for row in base]))
    for model in (indexed, plain):
        model.sort(_column(model, "title"), Qt.SortOrder.DescendingOrder)
    queries = ["b", "bi", "bio", "xyz", "астана", "Astana", "univ kaz", "2026", "a"]
    for query in queries:
        for filters in (Filters(), Filters(status="planned")):
            indexed.set_search(query, filters)
            plain.set_search(query, filters)
            assert _ids(indexed) == _ids(plain), (query, filters)


def test_an_index_of_rows_since_replaced_is_not_used(qtbot: QtBot, seeded_db: Database) -> None:
    from kztracker.services.search_index import SearchIndex

    model, rows = _model(seeded_db)
    old = model.base_rows()
    model.set_rows(rows[:3])
    model.set_index(old, SearchIndex(row_keys(old), [row.id for row in old]))
    model.set_search(rows[5].title)
    assert rows[5].id not in _ids(model)


def test_a_sort_over_places_made_on_a_worker_gives_the_same_order_as_over_keys(
    qtbot: QtBot, seeded_db: Database
) -> None:
    """The places a view's worker makes once the rows are shown order every column, both
    ways, exactly as the sort keys do: ties by id, empty cells last, numbers in names by
    value, Cyrillic by the alphabet."""
    _add_ties_and_empty_cells(seeded_db)
    by_keys, rows = _model(seeded_db)
    by_places = RecordTableModel("milestone")
    by_places.set_rows(rows)
    base = by_places.base_rows()
    rank, place = by_places.ranker(by_places.unranked()), by_places.placer()
    ranks = rank(base)
    places = place(ranks)
    by_places.add_ranks(base, ranks, places)
    assert set(places) == set(range(len(by_places.columns)))  # every column has its places
    for column in range(len(by_keys.columns)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            by_keys.sort(column, order)
            by_places.sort(column, order)
            assert _ids(by_places) == _ids(by_keys), (by_keys.columns[column].field, order)


def test_an_edit_drops_the_places_of_the_rows_it_replaced(
    qtbot: QtBot, seeded_db: Database
) -> None:
    model, rows = _model(seeded_db)
    base = model.base_rows()
    ranks = model.ranker()(base)
    model.add_ranks(base, ranks, model.placer()(ranks))
    title = _column(model, "title")
    first = min(rows, key=lambda row: natural_key(row.title))
    # The first title by its key becomes the last: a sort by the old places would keep it first.
    model.update_rows([first._replace(title="\u044f" * 5)])
    model.sort(title, Qt.SortOrder.AscendingOrder)
    assert _ids(model)[-1] == first.id


def test_a_search_typed_before_the_keys_exist_finds_what_it_finds_after(
    qtbot: QtBot, seeded_db: Database
) -> None:
    """A milestone row carries no search key: one typed before the view's worker makes the
    keys makes them itself, and finds what the keys and the index made later find."""
    from kztracker.services.search import filter_in_any_script
    from kztracker.services.search_index import SearchIndex

    model, rows = _model(seeded_db)
    model.sort(_column(model, "title"), Qt.SortOrder.DescendingOrder)
    base = model.base_rows()
    assert model.search_keys(base) is None
    typed = ["a", "ag", "agr", "agreement", "agreement a", "астана", "univ kaz", "zz", ""]
    filters = (Filters(), Filters(status="planned"))

    def searched() -> list[list[int]]:
        found = []
        for chosen in filters:
            for query in typed:  # typed on, letter by letter where it narrows
                model.set_search(query, chosen)
                found.append(_ids(model))
        model.set_search("")
        return found

    before = searched()
    keys = row_keys(base)
    model.set_search_keys(base, keys)
    with_keys = searched()
    model.set_index(base, SearchIndex(keys, [row.id for row in base]), model.ordered_rows())
    indexed = searched()
    in_order = model.ordered_rows()
    expected = [
        [row.id for row in filter_in_any_script(in_order, query, chosen)]
        for chosen in filters
        for query in typed
    ]
    assert before == with_keys == indexed == expected
    assert any(expected) and not all(expected)
    assert model.search_keys(base) == keys


def test_keys_made_for_rows_since_replaced_are_not_used(qtbot: QtBot, seeded_db: Database) -> None:
    model, rows = _model(seeded_db)
    old = model.base_rows()
    model.set_rows(rows[:3])
    model.set_search_keys(old, ["zz"] * len(old))
    model.set_search(rows[1].title)
    assert _ids(model) == [rows[1].id]


def test_an_update_puts_the_rows_new_search_keys_in_before_any_index(
    qtbot: QtBot, seeded_db: Database
) -> None:
    from kztracker.services.search_index import SearchIndex

    model, rows = _model(seeded_db)
    model.sort(_column(model, "title"), Qt.SortOrder.AscendingOrder)
    base = model.base_rows()
    keys = row_keys(base)
    model.set_search_keys(base, keys)
    model.set_index(base, SearchIndex(keys, [row.id for row in base]), model.ordered_rows())
    renamed, kept = rows[4], rows[7]
    model.set_search("qwerty")
    assert model.rowCount() == 0
    model.update_rows([renamed._replace(title="Qwerty yurt")], deleted=[rows[9].id])
    assert not model.is_prepared()  # the index went with the old rows
    assert _ids(model) == [renamed.id]
    for query, found in (("yurt qwer", [renamed.id]), (renamed.title, [])):
        model.set_search(query)
        assert [id_ for id_ in _ids(model) if id_ == renamed.id] == found, query
    model.set_search(kept.title)
    assert kept.id in _ids(model)
    model.set_search(rows[9].title)
    assert rows[9].id not in _ids(model)


@pytest.mark.parametrize(
    "thresholds",
    [
        {"_NARROW": 0, "_NARROW_LETTER": 0, "_NARROW_BY_POSTINGS": 1},  # posting lists
        {"_NARROW": 0, "_NARROW_LETTER": 0, "_NARROW_BY_POSTINGS": 10**9},  # afresh
        {"_NARROW": 10**9, "_NARROW_LETTER": 10**9, "_NARROW_BY_POSTINGS": 1},  # keys
    ],
)
def test_typing_on_finds_the_same_rows_whichever_way_the_index_narrows(
    qtbot: QtBot, seeded_db: Database, monkeypatch: pytest.MonkeyPatch, thresholds: dict[str, int]
) -> None:
    """On 100,000 rows the thresholds pick one way or another to narrow what the index found
    as the user types on; on the seed each way is made to run, and each finds what the plain
    rule finds, in the table's order."""
    from kztracker.services.search import filter_in_any_script
    from kztracker.services.search_index import SearchIndex
    from ui.views import row_search

    for name, value in thresholds.items():
        monkeypatch.setattr(row_search, name, value)
    model, _rows = _model(seeded_db)
    model.sort(_column(model, "title"), Qt.SortOrder.DescendingOrder)
    base = model.base_rows()
    keys = row_keys(base)
    model.set_search_keys(base, keys)
    model.set_index(base, SearchIndex(keys, [row.id for row in base]), model.ordered_rows())
    in_order = model.ordered_rows()
    typed = "joint workshop a"
    found, expected = [], []
    for n in range(1, len(typed) + 1):
        model.set_search(typed[:n])
        found.append(_ids(model))
        expected.append([row.id for row in filter_in_any_script(in_order, typed[:n])])
    assert found == expected
    assert any(expected) and not all(len(ids) == len(in_order) for ids in expected)
