"""Russian events that are none: the first document two sides signed is that document's
signing (its memorandum's date), a verb of achieving with no thing achieved («могут достичь
большего») names no target, and an opening in a figure of speech («откроет новые
возможности») opens nothing."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_first_document_signed_is_a_memorandum_not_a_first_event() -> None:
    draft = extract(
        read_text(
            "История отношений\n"
            "Министр напомнил, что в 1997 году стороны подписали первый договор о "
            "культурном обмене, который действует до сих пор."
        )
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(1997)]
    assert not any(m.date == PartialDate(1997) for m in draft.milestones)


def test_a_first_group_that_is_no_document_is_still_a_first_event() -> None:
    draft = extract(
        read_text(
            "Обмен студентами\nПервые студенты из Алматы отправятся в Казань в сентябре 2026 года."
        )
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2026, 9)]


def test_achieving_more_is_no_target() -> None:
    draft = extract(
        read_text(
            "Торговля растёт\n"
            "По словам посла, вместе две страны могут достичь большего в сфере логистики."
        )
    )
    assert not any(m.title.startswith("Достижение") for m in draft.milestones)


def test_achieving_a_named_goal_by_a_year_is_a_target() -> None:
    draft = extract(
        read_text(
            "Энергетика\nСтрана намерена достичь полной газификации северных районов к 2029 году."
        )
    )
    assert [(m.title.split()[0], m.date) for m in draft.milestones] == [
        ("Достижение", PartialDate(2029))
    ]


def test_an_opening_in_a_figure_of_speech_is_no_event() -> None:
    draft = extract(
        read_text(
            "Новый этап\n"
            "Посол уверен, что в 2026 году соглашение откроет новые возможности для "
            "фермеров двух стран.\n"
            "Этот визит открыл новую страницу в отношениях Казахстана и Грузии."
        )
    )
    assert not any(m.title.startswith("Открытие") for m in draft.milestones)


def test_an_office_opened_is_still_an_opening() -> None:
    draft = extract(
        read_text(
            "Новый офис\nВ марте 2025 года в Шымкенте открыли новое представительство компании."
        )
    )
    assert [(m.title.split()[0], m.date) for m in draft.milestones] == [
        ("Открытие", PartialDate(2025, 3))
    ]
