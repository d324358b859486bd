"""Kazakh dates: written and numeric forms, periods, relative words, stamps, month names."""

from __future__ import annotations

import pytest
from babel import Locale

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.dates import (
    find_dates,
    month_number,
    publication_date,
    stamp_end,
)
from kztracker.importing.extract.kazakh.lexicon import data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Форум 2023 жылғы 5 наурызда ашылды.", PartialDate(2023, 3, 5)),
        ("Кездесу 14 маусым 2022 жылы өтті.", PartialDate(2022, 6, 14)),
        ("Жарияланды: 03.02.2021, 09:40", PartialDate(2021, 2, 3)),
        ("Құжат 2020-07-15 күні бекітілді.", PartialDate(2020, 7, 15)),
        ("Зертхана 2027 жылдың қазан айында ашылады.", PartialDate(2027, 10)),
        ("Келісім 2016 жылы жасалған.", PartialDate(2016)),
        ("Жоба 2030 жылға дейін аяқталады.", PartialDate(2030)),
    ],
)
def test_a_date_keeps_the_precision_the_text_gives(text: str, expected: PartialDate) -> None:
    assert [m.date for m in find_dates(text)] == [expected]


def test_a_span_of_years_is_a_period_not_a_date() -> None:
    assert find_dates("Бағдарлама 2025-2029 жылдарға арналған.") == []
    assert find_dates("Жоспар 2031-33 жылдары іске асады.") == []


def test_a_day_without_its_year_is_left_undated() -> None:
    assert find_dates("Көрме 12-14 тамыз аралығында өтеді.") == []


def test_relative_words_resolve_against_the_publication_date() -> None:
    reference = PartialDate(2024, 3, 1)
    text = "Бүгін делегация келді, кеше келіссөз болды, келесі жылы филиал ашылады."
    found = [(m.date, m.relative) for m in find_dates(text, reference=reference)]
    assert found == [
        (PartialDate(2024, 3, 1), True),
        (PartialDate(2024, 2, 29), True),
        (PartialDate(2025), True),
    ]


def test_relative_words_without_a_publication_date_give_nothing() -> None:
    assert find_dates("Бүгін меморандумға қол қойылды.") == []


def test_offsets_point_into_the_whole_text() -> None:
    text = "Сапар 9 қыркүйек 2025 жылы басталды."
    (mention,) = find_dates(text, offset=100)
    assert text[mention.start - 100 : mention.end - 100].startswith("9 қыркүйек 2025")


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("17.05.2022, 11:05 88 Айгерім Сейтова", "17.05.2022, 11:05"),
        ("date 2021-04-30 Бүгін Астанада", "date 2021-04-30"),
        ("8 желтоқсан 2020", "8 желтоқсан 2020"),
    ],
)
def test_a_date_stamp_opens_its_line(line: str, stamp: str) -> None:
    assert line[: stamp_end(line)].strip() == stamp


def test_a_story_sentence_that_opens_with_a_date_is_no_stamp() -> None:
    assert stamp_end("8 желтоқсан 2020 жылы Алматыда форум өтті.") == 0
    assert stamp_end("2019 жылы университет ашылды.") == 0


def test_the_publication_date_is_the_first_stamp_with_a_day() -> None:
    text = "Жаңалық\n17.05.2022, 11:05\nМәтін"
    start = text.index("17")
    assert publication_date(text, [(start, start + 17)]) == PartialDate(2022, 5, 17)


def test_month_names_in_any_case() -> None:
    assert month_number("қарашада") == 11
    assert month_number("Қаңтардың") == 1
    assert month_number("Астана") is None


def test_month_names_agree_with_babels_kazakh_locale() -> None:
    locale = Locale("kk")
    for context in ("format", "stand-alone"):
        names = [locale.months[context]["wide"][n].casefold() for n in range(1, 13)]
        assert names == [m.casefold() for m in data("dates")["months"]]


def test_a_day_in_this_or_next_year_resolves_against_the_publication_date() -> None:
    reference = PartialDate(2024, 3, 1)
    assert [m.date for m in find_dates("осы жылдың 5 наурызында", reference=reference)] == [
        PartialDate(2024, 3, 5)
    ]
    assert [m.date for m in find_dates("келесі жылдың қыркүйегінде", reference=reference)] == [
        PartialDate(2025, 9)
    ]
    assert find_dates("осы жылдың 5 наурызында") == []  # no publication date: no guess


def test_a_day_and_its_month_may_be_joined_by_a_hyphen() -> None:
    assert [m.date for m in find_dates("2022 жылғы 7-шілдеде")] == [PartialDate(2022, 7, 7)]
