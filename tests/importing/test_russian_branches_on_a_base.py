"""Russian: a branch opened «на базе» one university for another names both universities; the body
a new unit is based on exists already, a pointing pronoun («нашего») is no part of the name
after it, and a lower-case «филиала» after a name begins another body."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def _names(text: str) -> set[str]:
    return {o.name for o in draft_of(text).organizations}


def test_the_body_a_new_unit_is_based_on_stays() -> None:
    names = _names(
        "Новости вузов\n"
        "Ректоры решили создать на базе Карагандинского университета новую лабораторию."
    )
    assert "Карагандинский университет" in names


def test_a_pointing_pronoun_is_no_part_of_the_name() -> None:
    names = _names(
        "Гости из Томска\nРектор нашего Томского политехнического университета побывал в Караганде."
    )
    assert "Томский политехнический университет" in names


def test_a_branch_of_one_body_on_the_base_of_another_names_both() -> None:
    names = _names(
        "Филиал в Караганде\n"
        "Главным итогом стало открытие на базе Карагандинского университета филиала нашего "
        "Томского политехнического университета по трем направлениям."
    )
    assert {"Карагандинский университет", "Томский политехнический университет"} <= names
