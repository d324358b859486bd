"""A Russian date in the clause of a verb of saying («..., сообщил 4 июня пресс-секретарь»,
«10 мая министр рассказал о планах ...») is the day it was said, not the day of the event the
sentence tells; a date in the event's own clause still dates it."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(body: str) -> list[tuple[str, PartialDate | None]]:
    draft = extract(read_text("Новости региона\n" + body))
    return [(m.title, m.date) for m in draft.milestones]


def test_the_day_a_spokesman_spoke_does_not_date_the_forum() -> None:
    found = _milestones(
        "Форум предпринимателей в Уральске отложен, сообщил 4 июня 2023 года пресс-секретарь "
        "акима области."
    )
    assert [d for t, d in found if t.startswith("Форум")] == [None]


def test_the_day_a_minister_told_of_plans_does_not_date_the_opening() -> None:
    found = _milestones(
        "10 мая 2023 года министр рассказал о планах по открытию центра в Караганде."
    )
    assert [d for t, d in found if t.startswith("Открытие")] == [None]


def test_a_date_in_the_events_own_clause_still_dates_it() -> None:
    found = _milestones(
        "Как сообщил министр, открытие центра в Караганде состоится 15 сентября 2023 года."
    )
    assert [d for t, d in found if t.startswith("Открытие")] == [PartialDate(2023, 9, 15)]
