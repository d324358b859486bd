"""Russian events told inside an event the story told before («в рамках конференции», «в ходе
форума»): the frame is no new event, and what happens in it takes its day; a machine stamp
with a «T» before the time dates the page."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_an_event_inside_a_told_forum_takes_the_forums_day() -> None:
    draft = draft_of(
        "Форум в Бишкеке\n"
        "3 октября 2024 года в Бишкеке открылся Евразийский экономический форум.\n"
        "В рамках форума состоялся запуск совместной платформы для экспортёров."
    )
    assert [(m.title.split()[0], m.date) for m in draft.milestones] == [
        ("Открытие", PartialDate(2024, 10, 3)),
        ("Запуск", PartialDate(2024, 10, 3)),
    ]


def test_a_told_frame_is_no_second_event() -> None:
    draft = draft_of(
        "Форум в Бишкеке\n"
        "3 октября 2024 года в Бишкеке открылся Евразийский экономический форум.\n"
        "В ходе форума также прошла выставка ремёсел."
    )
    assert not any(m.title.startswith("Форум") for m in draft.milestones)


def test_a_frame_the_story_did_not_tell_before_dates_nothing() -> None:
    draft = draft_of(
        "Новости\n"
        "3 октября 2024 года министр провел встречу с послом Японии.\n"
        "В рамках форума состоялся запуск совместной платформы для экспортёров."
    )
    launches = [m for m in draft.milestones if m.title.startswith("Запуск")]
    assert all(m.date is None for m in launches)


def test_a_machine_stamp_with_a_t_before_the_time_dates_the_page() -> None:
    draft = draft_of(
        "Встреча с послом\n"
        "2024-10-03T09:30:00+05:00\n"
        "Аким области сегодня встретился с послом Японии."
    )
    assert draft.document.published_on == PartialDate(2024, 10, 3)


def test_an_event_still_to_come_inside_a_told_forum_stays_undated() -> None:
    draft = draft_of(
        "Форум в Бишкеке\n"
        "3 октября 2024 года в Бишкеке открылся Евразийский экономический форум.\n"
        "В рамках форума планируется запуск совместной платформы для экспортёров."
    )
    launches = [m for m in draft.milestones if m.title.startswith("Запуск")]
    assert [m.date for m in launches] == [None]
