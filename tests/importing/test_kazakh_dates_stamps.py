"""Kazakh page stamps: a weekday-led calendar date with no time gives way to the article's own
timed stamp, and a comma may stand between a month and its year."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.kazakh.dates import find_dates
from kztracker.importing.read import read_text


def test_a_comma_between_the_month_and_the_year_keeps_the_full_date() -> None:
    assert [m.date for m in find_dates("Жарияланды 14 Наурыз, 2019 сағат 09:10")] == [
        PartialDate(2019, 3, 14)
    ]


def test_a_timed_article_stamp_wins_over_a_weekday_calendar() -> None:
    draft = extract(
        read_text(
            "Ауыл шаруашылығы министрі Ташкентке барды\n"
            "Сейсенбі, 3 Ақпан 2026\n"
            "Саясат 412 рет оқылды 14 Наурыз, 2019 сағат 09:10\n"
            "Бүгін Ауыл шаруашылығы министрі Ташкентте өзбек әріптесімен кездесу өткізді."
        )
    )
    assert draft.document.published_on == PartialDate(2019, 3, 14)
    assert PartialDate(2019, 3, 14) in [m.date for m in draft.milestones]


def test_a_weekday_calendar_with_no_timed_stamp_stays_the_date() -> None:
    draft = extract(
        read_text(
            "Ауыл шаруашылығы министрі Ташкентке барды\n"
            "Сейсенбі, 3 Ақпан 2026\n"
            "Бүгін Ауыл шаруашылығы министрі Ташкентте өзбек әріптесімен кездесу өткізді."
        )
    )
    assert draft.document.published_on == PartialDate(2026, 2, 3)


def test_a_day_and_month_with_no_year_under_a_dated_page_is_of_its_year() -> None:
    stamp = PartialDate(2025, 4, 20)
    assert [m.date for m in find_dates("Форум 26–27 мамыр күндері өтеді.", 0, stamp)] == [
        PartialDate(2025, 5, 26)
    ]


def test_a_day_and_month_with_no_page_date_stay_undated() -> None:
    assert find_dates("Форум 26–27 мамыр күндері өтеді.") == []


def test_a_planned_summit_takes_its_day_in_the_pages_year() -> None:
    draft = extract(
        read_text(
            "Түркі кеңесінің саммиті Бішкекте өтеді\n"
            "date 2025-04-20\n"
            "Түркі мемлекеттері ұйымының саммиті 12 маусымда Бішкекте өтеді."
        )
    )
    assert PartialDate(2025, 6, 12) in [m.date for m in draft.milestones]


def test_last_week_and_next_month_are_dated_to_their_month() -> None:
    stamp = PartialDate(2025, 3, 3)
    assert [m.date for m in find_dates("Өткен аптада делегация Бакуге барды.", 0, stamp)] == [
        PartialDate(2025, 2)
    ]
    assert [m.date for m in find_dates("Келесі айда форум өтеді.", 0, stamp)] == [
        PartialDate(2025, 4)
    ]
