"""A Russian story's place dateline in its first sentence («Сеул, 4 мая /агентство/ -- ...»)
gives the day of the report: an event done that day takes it, one only planned does not.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of

_LEAD = "Вузы создадут лабораторию\nСеул, 4 мая 2023 года /Ёнхап/ -- "


def test_a_plan_told_under_a_dateline_has_no_date() -> None:
    draft = draft_of(
        _LEAD + "Университет Кёнхи и Казахский национальный аграрный университет планируют "
        "совместно открыть лабораторию агробиотехнологий.",
        detected="ru",
    )
    planned = [m for m in draft.milestones if m.status == "planned"]
    assert planned
    assert all(m.date is None for m in planned)


def test_an_event_done_under_a_dateline_keeps_its_day() -> None:
    draft = draft_of(
        _LEAD + "Университет Кёнхи и Казахский национальный аграрный университет открыли "
        "совместную лабораторию агробиотехнологий.",
        detected="ru",
    )
    assert any(m.date is not None and str(m.date) == "2023-05-04" for m in draft.milestones)
