"""A Russian name only ever written on a line of its own (a menu item, a masthead, a footer under
the story) is no actor; the same name told in the story stays."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> list[str]:
    return [o.name for o in extract(read_text(text)).organizations]


def test_menu_and_footer_names_are_left_out() -> None:
    names = _names(
        "Главная\n"
        "Министерство культуры и информации Республики Казахстан\n"
        "Новости\n"
        "Университеты подписали меморандум\n"
        "Евразийский национальный университет и Университет Анкары подписали меморандум о "
        "сотрудничестве в Астане 4 мая 2024 года.\n"
        "Издательский дом «Степной край»\n"
    )
    assert "Министерство культуры и информации Республики Казахстан" not in names
    assert not any("Степной край" in n for n in names)
    assert {"Евразийский национальный университет", "Университет Анкары"} <= set(names)


def test_a_masthead_name_the_story_also_tells_stays() -> None:
    names = _names(
        "Евразийский национальный университет\n"
        "Новости\n"
        "Евразийский национальный университет и Университет Анкары подписали меморандум о "
        "сотрудничестве в Астане."
    )
    assert "Евразийский национальный университет" in names
