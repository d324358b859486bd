"""A Russian day and month whose year is told relative to the page («22 августа прошлого
года», «с 3 по 5 марта текущего года») is of that year, not of the page's own; with no page
date to count from it stays undated."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.read import read_text

_PAGE = PartialDate(2026, 2, 10)


def test_a_day_of_last_year_is_of_the_year_before_the_pages() -> None:
    found = dates_in("Соглашение подписано 14 сентября прошлого года в Душанбе.", _PAGE)
    assert [d.date for d in found] == [PartialDate(2025, 9, 14)]


def test_a_span_of_days_this_year_is_of_the_pages_year() -> None:
    found = dates_in("Выставка пройдёт с 3 по 5 марта текущего года.", _PAGE)
    assert [d.date for d in found] == [PartialDate(2026, 3, 3)]


def test_a_day_of_last_year_with_no_page_date_stays_undated() -> None:
    found = dates_in("Соглашение подписано 14 сентября прошлого года в Душанбе.", None)
    assert [d.date for d in found] == [None]


def test_a_visit_on_a_day_of_last_year_is_dated_so() -> None:
    draft = extract(
        read_text(
            "Итоги сотрудничества\n"
            "Опубликовано: 10.02.2026\n"
            "Министр напомнил, что 14 сентября прошлого года состоялся визит делегации "
            "Таджикистана в Астану."
        )
    )
    assert PartialDate(2025, 9, 14) in [m.date for m in draft.milestones]
