"""A Kazakh month named with the word for month and no year («сәуір айында», «мамыр айының
басында») is that month of the page's year under a dated page; with no page date it stays
undated, and the feast «Наурыз» is no month. The month's words stay out of a delegation's
visit title."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.kazakh.dates import find_dates
from kztracker.importing.read import read_text

_PAGE = PartialDate(2024, 6, 14)


def test_a_month_with_the_month_word_is_of_the_pages_year() -> None:
    found = find_dates("Сәуір айында университет делегациясы Ташкентке барды.", 0, _PAGE)
    assert [m.date for m in found] == [PartialDate(2024, 4)]


def test_the_start_of_a_month_is_that_month() -> None:
    found = find_dates("Мамыр айының басында көрме ашылды.", 0, _PAGE)
    assert [m.date for m in found] == [PartialDate(2024, 5)]


def test_with_no_page_date_the_month_stays_undated() -> None:
    assert find_dates("Сәуір айында университет делегациясы Ташкентке барды.") == []


def test_the_feast_of_the_same_name_is_no_month() -> None:
    assert find_dates("Наурыз мерекесі қонақтармен бірге тойланды.", 0, _PAGE) == []


def test_a_delegations_visit_in_a_month_is_dated_and_titled_without_the_month() -> None:
    draft = extract(
        read_text(
            "Өңірлер арасындағы байланыс\n"
            "14.06.2024\n"
            "Облыс әкімі серіктестермен кездесті.\n"
            "Сәуір айында Бұхара облысының делегациясы Түркістанға келді."
        )
    )
    visits = [m for m in draft.milestones if m.date == PartialDate(2024, 4)]
    assert len(visits) == 1
    assert "Сәуір" not in visits[0].title
    assert "айында" not in visits[0].title
