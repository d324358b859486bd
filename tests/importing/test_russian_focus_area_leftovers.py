"""Leftovers are no focus areas (Russian, sentences written for the test): a field cut by the
end of a saved excerpt («в области сельско»), and «другим важным» or «представляющих взаимный
интерес», which say that fields exist without naming one."""

from __future__ import annotations

from tests.importing.drafting import draft_of

_HEAD = (
    "Сотрудничество университетов\n\n"
    "10 марта 2025 года Степной университет и Университет Анкары подписали соглашение. "
)


def _areas(text: str) -> set[str]:
    return {area.name for area in draft_of(_HEAD + text, detected="ru").focus_areas}


def test_a_field_cut_by_the_excerpt_end_is_no_area() -> None:
    areas = _areas("Стороны будут сотрудничать в области химии и в области сельско")
    assert areas == {"Химия"}


def test_words_that_only_say_fields_exist_are_no_areas() -> None:
    other = _areas(
        "Документ предусматривает внедрение новых технологий в химии и изучение возможностей "
        "сотрудничества по другим важным направлениям."
    )
    mutual = _areas(
        "Соглашение предусматривает проведение совместных исследований в области химии, "
        "представляющих взаимный интерес."
    )
    assert "Другим важным" not in other
    assert mutual == {"Химия"}
