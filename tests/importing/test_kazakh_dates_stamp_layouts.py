"""Kazakh page stamps in more layouts: a clock time before the date and a bar after it
(«19:09, 12 Қараша 2025 | GMT +5»), a time after a bar, a rubric before a bar, the month first
with a comma before the year («Қаңтар 17, 2023»), and a site's three-letter month
(«Қаң 17, 2023 14:28»), which is a whole word only («Қазақстан» is no «Қаз»), with a
short weekday before the time («2024 ж. 15 сәу., дс, 12:30»)."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.kazakh.dates import find_dates
from kztracker.importing.read import read_text

_STORY = "Бүгін облыс әкімі Марат Сейітов Корея елшісімен кездесті."


@pytest.mark.parametrize(
    "stamp",
    [
        "08:15, 4 Наурыз 2024 | GMT +5",
        "4 Наурыз 2024 | GMT +5",
        "4 наурыз 2024 | 08:15",
        "08:15 / 04.03.2024",
        "Аймақ | 4 наурыз 2024",
        "Наурыз 4, 2024",
        "Нау 4, 2024 08:15 Asia/Almaty",
        "4 Нау 2024",
        "2024 ж. 4 нау., дс, 08:15",
    ],
)
def test_a_stamp_layout_dates_the_page_and_its_today(stamp: str) -> None:
    draft = extract(read_text("Корея елшісімен кездесу\n" + stamp + "\n" + _STORY))
    assert draft.document.published_on == PartialDate(2024, 3, 4)
    assert PartialDate(2024, 3, 4) in [m.date for m in draft.milestones]


def test_a_short_month_is_a_whole_word_only() -> None:
    assert all(m.date.month is None for m in find_dates("Қазақстан 17, 2023 жылы"))
    assert [m.date for m in find_dates("Жел 9, 2022")] == [PartialDate(2022, 12, 9)]


def test_a_story_line_opening_with_a_day_and_month_is_no_stamp() -> None:
    draft = extract(
        read_text(
            "Форум туралы\n"
            "date 2024-03-01\n"
            "12 наурызда Астанада Қазақстан мен Корея бизнес-форумы өтеді."
        )
    )
    assert draft.document.published_on == PartialDate(2024, 3, 1)
    assert [m.date for m in draft.milestones if m.date] == [PartialDate(2024, 3, 12)]
