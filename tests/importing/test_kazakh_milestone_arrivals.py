"""Kazakh: an official who comes somewhere, told with no event word, is a visit titled by who
comes and where."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _visits(text: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text(text))
    return [(m.title, m.date) for m in draft.milestones if m.title.endswith("сапары")]


def test_an_official_who_came_today_is_a_visit_of_the_stamps_day() -> None:
    found = _visits(
        "Моңғолия министрі Астанада\n"
        "date 2024-06-05\n"
        "Бүгін Моңғолия сыртқы істер министрі Батцэцэг Батмөнх Астанаға келді."
    )
    assert found == [("Министрі Батцэцэг Батмөнхтің Астанаға сапары", PartialDate(2024, 6, 5))]


def test_a_title_with_no_name_after_it_is_no_visit() -> None:
    found = _visits(
        "Моңғолия министрі Астанада\ndate 2024-06-05\nБүгін министр жиналысқа уақытында келді."
    )
    assert found == []


def test_the_name_ends_at_a_surname_and_the_place_at_its_dative() -> None:
    found = _visits(
        "Губернатор Омбыда\n"
        "date 2024-06-05\n"
        "Омбы облысының губернаторы Виталий Хоценко Павлодар облысына 2-ші рет келіп отыр."
    )
    assert [t for t, _d in found] == ["Губернаторы Виталий Хоценконың Павлодар облысына сапары"]
