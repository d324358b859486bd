"""The search index finds exactly the rows the plain fold-and-contains filter finds."""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from kztracker.services.search import (
    OPEN,
    Filters,
    filter_in_any_script,
    in_latin,
    narrow,
    search_key,
)
from kztracker.services.search_index import SearchIndex
from kztracker.transliteration import has_cyrillic


class Row(NamedTuple):
    id: int
    name: str
    status: str
    search: str
    responsible_id: int | None


# Texts written for this test: Latin, Russian and Kazakh letters, a Latin look-alike inside a
# Cyrillic word, numbers, punctuation, repeated lines shared by many rows.
_TITLES = [
    "Joint workshop on green hydrogen, Astana #101",
    "Семинар по зелёному водороду в Алматы №17",
    "Жасыл сутегі бойынша семинар, Шымкент 2026",
    "Progress report: AI in higher education (phase II)",
    "Дорожная карта сотрудничества с университетом",
    "Ұлттық зертхана мен әріптестердің кездесуі",
    "Summer school on space technologies / Pavlodar",
    "Обмен студентами: Kazakh-British Technical University",
    "Мемлекеттік бағдарлама — қорытынды есеп",
    "Pilot project in water management, Taraz #7",
    "Рабочая встреча Минздрава и AstraZeneca",
    "Астана хабы: cybersecurity skills for teachers",
]
_SHARED = [
    "Memorandum on digital health\nAstana Hub, Nazarbayev University",
    "Меморандум о сотрудничестве\nМинистерство науки и высшего образования",
    "Ақмарал Әлназарова\nҒылым және инновация",
    "",
]
_NOTES = ["", "Follow-up at the steering committee, item 42", "Перенесено на осень", "ескерту"]
_STATUSES = ("planned", "in_progress", "done", "cancelled")


def _rows(count: int, seed: int = 7) -> list[Row]:
    chosen = random.Random(seed)
    rows = []
    for id_ in range(1, count + 1):
        title = chosen.choice(_TITLES) + ("" if chosen.random() < 0.5 else f" {id_}")
        shared = chosen.choice(_SHARED)
        names = in_latin(title) if chosen.random() < 0.3 else ""
        key = search_key(title, shared, chosen.choice(_NOTES), names)
        status = chosen.choice(_STATUSES)
        rows.append(Row(id_, title, status, key, chosen.choice((None, 1, 2))))
    return rows


def _queries(rows: list[Row]) -> list[str]:
    """Every prefix of a few typed queries, pieces of words, and words from several rows."""
    typed = [
        "joint workshop astana",
        "семинар водород",
        "жасыл сутегі",
        "Астана",
        "astana hub",
        "ақмарал",
        "akmaral",
        "нұрбек",
        "#1",
        "10",
        "ii)",
        "—",
        "әріптес кездесу",
        "AstraZeneca минздрав",
        "zertkhana",
        "qqq",
    ]
    queries = [query[:n] for query in typed for n in range(1, len(query) + 1)]
    chosen = random.Random(3)
    for _ in range(60):
        words = " ".join(chosen.choice(rows).name.split()[:2]).split()
        word = chosen.choice(words)
        start = chosen.randrange(len(word))
        queries.append(word[start : start + chosen.randint(1, 4)])
    queries += ["  ", "", "Joint  WORKSHOP", "ЖАСЫЛ"]
    return queries


def _index(rows: list[Row]) -> SearchIndex:
    return SearchIndex([row.search for row in rows], [row.id for row in rows])


def test_every_query_finds_the_rows_the_plain_filter_finds() -> None:
    rows = _rows(600)
    index = _index(rows)
    for query in _queries(rows):
        assert index.select(rows, None, query) == filter_in_any_script(rows, query), query


@pytest.mark.parametrize(
    "filters", [Filters(status="done"), Filters(status=OPEN, responsible_id=2)], ids=str
)
def test_filters_apply_to_what_the_index_finds(filters: Filters) -> None:
    rows = _rows(300)
    index = _index(rows)
    for query in ("semin", "астана", "ғылым", "1"):
        found = index.select(rows, None, query, filters)
        assert found == filter_in_any_script(rows, query, filters)


def test_rows_in_another_order_come_back_in_that_order() -> None:
    rows = _rows(400)
    index = _index(rows)
    shuffled = rows[:]
    random.Random(5).shuffle(shuffled)
    order = index.positions(shuffled)
    for query in ("workshop", "сем", "ш", "zz", "ақ мар"):
        assert index.select(shuffled, order, query) == filter_in_any_script(shuffled, query)


def test_typing_on_and_deleting_back_answer_as_a_fresh_index_does() -> None:
    rows = _rows(500)
    typed = "жасыл сутегі шымкент"
    index = _index(rows)
    steps = [typed[:n] for n in range(1, len(typed) + 1)]
    for query in steps + steps[::-1]:
        assert index.select(rows, None, query) == _index(rows).select(rows, None, query)


def test_an_empty_table_and_a_term_longer_than_every_word_find_nothing() -> None:
    assert SearchIndex([], []).select([], None, "anything") == []
    rows = _rows(3)
    assert _index(rows).select(rows, None, "x" * 500) == []


def test_narrowing_the_last_result_finds_what_a_fresh_search_finds() -> None:
    rows = _rows(600)
    filters = Filters(status=OPEN)
    for typed in ("joint workshop astana", "progress report ai", "#1 10", "обмен kazakh"):
        previous, shown = "", filter_in_any_script(rows, "", filters)
        for n in range(1, len(typed) + 1):
            query = typed[:n]
            narrowed = narrow(shown, [row.search for row in shown], previous, query)
            fresh = filter_in_any_script(rows, query, filters)
            if narrowed is None:  # spelled in Cyrillic: a union of spellings, searched afresh
                assert has_cyrillic(query) or has_cyrillic(previous)
                narrowed = fresh, [row.search for row in fresh]
            assert narrowed == (fresh, [row.search for row in fresh]), query
            previous, shown = query, narrowed[0]


@pytest.mark.parametrize("way", ["narrow", "narrow_by_postings"])
def test_narrowing_what_the_index_found_finds_what_a_fresh_search_finds(way: str) -> None:
    """What the index found is narrowed by reading its keys where its rows are (`narrow`), or,
    for a long result, through the new words' posting lists (`narrow_by_postings`): either
    way the same rows, in the same order, as a fresh search."""
    rows = _rows(600)
    index = _index(rows)
    narrowing = getattr(index, way)
    shuffled = rows[:]
    random.Random(9).shuffle(shuffled)
    order = index.positions(shuffled)
    for typed in ("joint workshop astana", "progress report ai", "#1 10", "обмен kazakh"):
        previous, (shown, at) = typed[0], index.select_at(shuffled, order, typed[0])
        for n in range(2, len(typed) + 1):
            query = typed[:n]
            fresh = filter_in_any_script(shuffled, query)
            narrowed = narrowing(shown, at, previous, query)
            if narrowed is None:  # spelled in Cyrillic: searched afresh
                assert has_cyrillic(query) or has_cyrillic(previous)
                narrowed = index.select_at(shuffled, order, query)
            shown, at = narrowed
            assert shown == fresh, query
            assert index.keys_at(at) == [row.search for row in fresh], query
            previous = query
