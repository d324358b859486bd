"""A Russian month placed by its part and no year («в начале апреля», «во второй декаде
мая») is that month of the page's year, like «в апреле»; a year written after it is read with
it, and the words of the date stay out of the event's title."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.read import read_text

_PAGE = PartialDate(2025, 6, 18)


def test_the_start_of_a_month_is_that_month_of_the_pages_year() -> None:
    found = dates_in("В начале апреля делегация из Ташкента побывала в Шымкенте.", _PAGE)
    assert [d.date for d in found] == [PartialDate(2025, 4)]


def test_a_ten_day_part_of_a_month_is_that_month() -> None:
    found = dates_in("Выставку откроют во второй декаде мая.", _PAGE)
    assert [d.date for d in found] == [PartialDate(2025, 5)]


def test_a_year_written_after_the_month_is_the_months_year() -> None:
    found = dates_in("Форум состоится в конце октября 2026 года в Павлодаре.", _PAGE)
    assert [d.date for d in found if d.date] == [PartialDate(2026, 10)]


def test_with_no_page_date_the_month_stays_undated() -> None:
    found = dates_in("В начале апреля делегация из Ташкента побывала в Шымкенте.", None)
    assert [d.date for d in found] == [None]


def test_a_visit_at_the_start_of_a_month_is_dated_and_titled_without_the_date() -> None:
    draft = extract(
        read_text(
            "Партнёры из Узбекистана\n"
            "Опубликовано: 18.06.2025\n"
            "В начале апреля состоялся визит делегации Самаркандской области в Туркестан."
        )
    )
    visits = [m for m in draft.milestones if m.date == PartialDate(2025, 4)]
    assert len(visits) == 1
    assert "начале" not in visits[0].title
