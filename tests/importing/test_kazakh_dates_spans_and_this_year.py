"""Kazakh dates on unseen pages: a span of days with its year («2024 жылдың 3–5 наурыз
күндері») is dated by its first day, «биылғы жылдың мамыр айында» is the page's year, and a
trip told with «іссапар» is a visit whose title keeps no date words."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.kazakh.dates import find_dates
from kztracker.importing.read import read_text


def test_a_span_of_days_after_the_year_is_dated_by_its_first_day() -> None:
    found = find_dates("2024 жылдың 3–5 наурыз күндері делегация Бакуде болды.")
    assert [m.date for m in found] == [PartialDate(2024, 3, 3)]


def test_a_span_of_days_before_the_month_and_year_is_dated_by_its_first_day() -> None:
    found = find_dates("Көрме 14-16 қыркүйек 2023 жылы өтті.")
    assert [m.date for m in found] == [PartialDate(2023, 9, 14)]


def test_this_years_month_written_with_the_year_word_is_of_the_pages_year() -> None:
    stamp = PartialDate(2024, 10, 2)
    found = find_dates("Ректор биылғы жылдың мамыр айында Сеулге барды.", 0, stamp)
    assert [m.date for m in found] == [PartialDate(2024, 5)]


def test_a_business_trip_is_a_dated_visit_titled_without_its_date_words() -> None:
    draft = extract(
        read_text(
            "Университет серіктестерін көбейтеді\n"
            "date 2024-10-02\n"
            "Ректор Ерлан Сәрсенов корейлік әріптестерін қабылдады.\n"
            "Ректор биылғы жылдың мамыр айында Сеулге іссапармен барып, бірлескен "
            "бағдарламаларды талқылаған еді."
        )
    )
    trips = [m for m in draft.milestones if m.date == PartialDate(2024, 5)]
    assert len(trips) == 1
    assert trips[0].title.endswith("Сеулге іссапары")
    assert "биылғы" not in trips[0].title
