"""Russian: a body named before an impersonal plan to open it («Консульство ... планируется
открыть») does not act yet; a body that plans to open something stays the subject."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    return {o.name for o in extract(read_text(text)).organizations}


def test_a_body_an_impersonal_plan_opens_is_no_actor() -> None:
    names = _names(
        "Консульство откроют в Пензе\n"
        "Почетное консульство Республики Казахстан планируется открыть в Пензе. Об этом "
        "сообщил губернатор Пензенской области Олег Мельниченко."
    )
    assert not any("консульство" in n.casefold() for n in names)
    assert "Правительство Пензенской области" in names


def test_a_body_planning_to_open_something_stays() -> None:
    names = _names(
        "Филиал откроют в Омске\nКарагандинский университет планирует открыть филиал в Омске."
    )
    assert "Карагандинский университет" in names
