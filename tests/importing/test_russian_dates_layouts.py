"""Russian date layouts seen on unseen outlets: a rubric before a timed stamp, two days joined
by «и», a year set off after «текущего,», and a relative date nothing resolves."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.dates import dates_in, publication_date
from kztracker.importing.read import read_text


def test_a_rubric_before_a_timed_stamp_is_still_the_pages_date() -> None:
    text = "Заголовок новости\nЭкономика 3 марта 2024 08:45\n\nТекст новости о партнерстве."
    assert publication_date(text) == PartialDate(2024, 3, 3)


def test_a_date_in_a_story_sentence_with_no_time_is_no_stamp() -> None:
    text = "Заголовок новости\nУниверситет основан 3 марта 1934 года в Алматы.\n"
    assert publication_date(text) is None


def test_two_days_joined_by_and_are_dated_by_the_first() -> None:
    found = dates_in("Конференция прошла 14 и 15 апреля 2023 года.", None)
    assert [d.date for d in found] == [PartialDate(2023, 4, 14)]


def test_a_year_set_off_after_a_word_for_this_year_belongs_to_the_day() -> None:
    found = dates_in("Совещание прошло 9 октября текущего, 2024 года в Шымкенте.", None)
    assert [d.date for d in found] == [PartialDate(2024, 10, 9)]


def _visit_dates(body: str) -> list[PartialDate | None]:
    draft = extract(read_text("Новости сотрудничества\n" + body))
    return [m.date for m in draft.milestones if m.title.startswith("Визит")]


def test_a_paragraph_stamp_resolves_a_month_of_last_year_and_gives_no_day() -> None:
    dates = _visit_dates(
        "Актобе. 3 апреля 2025 года. Делегация Актюбинской области прибыла в Оренбург с "
        "визитом в мае прошлого года."
    )
    assert dates == [PartialDate(2024, 5)]


def test_an_unresolved_month_of_last_year_takes_no_other_day() -> None:
    dates = _visit_dates(
        "Актобе. 3 апреля. Делегация Актюбинской области прибыла в Оренбург с визитом в мае "
        "прошлого года."
    )
    assert dates == [None]


def test_a_weekday_calendar_is_no_place_dateline_for_the_first_event() -> None:
    draft = extract(
        read_text(
            "Министр посетил Ташкент\n"
            "вторник, 4 марта 2025 г.\n"
            "Министр энергетики Казахстана посетил Ташкентский государственный технический "
            "университет."
        )
    )
    assert [m.date for m in draft.milestones if m.title.startswith("Визит")] == [None]


def test_a_weekday_calendar_gives_way_to_the_articles_timed_stamp() -> None:
    text = "Заголовок\nвторник, 4 марта 2025 г.\nНовости 17.02.2021 10:05\nТекст новости."
    assert publication_date(text) == PartialDate(2021, 2, 17)


def test_a_weekday_calendar_alone_is_still_the_pages_date() -> None:
    assert publication_date("Заголовок\nвторник, 4 марта 2025 г.\nТекст.") == PartialDate(
        2025, 3, 4
    )


def test_a_month_of_this_year_written_short_or_in_words() -> None:
    stamp = PartialDate(2023, 4, 2)
    for text in ("в конце июля с.г. в Алматы", "в конце июля текущего года в Алматы"):
        assert [d.date for d in dates_in(text, stamp)] == [PartialDate(2023, 7)]


def test_a_month_of_last_year_in_the_genitive() -> None:
    found = dates_in("в начале декабря прошлого года", PartialDate(2023, 4, 2))
    assert [d.date for d in found] == [PartialDate(2022, 12)]
