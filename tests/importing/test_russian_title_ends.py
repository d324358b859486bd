"""A Russian milestone title cut at its length ends where a phrase ends: never on a
preposition, a conjunction, or a preposition whose noun was cut off."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _titles(text: str) -> list[str]:
    return [m.title for m in extract(read_text(text)).milestones]


def test_a_meeting_title_cut_short_drops_the_guest_it_could_not_finish() -> None:
    titles = _titles(
        "Министр культуры встретился с послом Франции\n"
        "Астана, 12 марта 2025 года. Состоялась встреча министра культуры и информации РК "
        "Айгерим Сапаровой с Чрезвычайным и Полномочным Послом Французской Республики "
        "Жаном Дюпоном.\n"
        "Стороны обсудили сотрудничество в области кино.\n"
    )
    assert titles == ["Встреча министра культуры и информации РК Айгерим Сапаровой"]


def test_a_title_cut_after_a_number_keeps_the_number() -> None:
    titles = _titles(
        "Больница в Таразе\n"
        "Тараз, 5 мая 2025 года. Строительство новой областной детской больницы на 250 коек в "
        "микрорайоне Самал начнется в 2026 году.\n"
    )
    assert titles, "the planned construction is a milestone"
    for title in titles:
        assert title.split()[-1] not in {"в", "на", "с", "и", "по", "до"}, title
    assert any("250" in title for title in titles), titles
