"""Russian: a body named as the place of a signing («в Министерстве ...») is no side of it when
two other bodies sign."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_ministry_where_two_funds_sign_is_the_venue() -> None:
    draft = draft_of(
        "Подписан меморандум\n"
        "12 мая в Астане в Министерстве культуры Казахстана директор Фонда поддержки кино Ерлан "
        "Ахметов и генеральный директор Турецкого фонда кино Мехмет Озтюрк подписали меморандум "
        "о сотрудничестве."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Фонд поддержки кино", "Турецкий фонд кино"}


def test_a_body_in_the_locative_that_is_one_of_two_sides_stays_a_side() -> None:
    draft = draft_of(
        "Подписан меморандум\n"
        "В Министерстве культуры Казахстана и Турецком фонде кино подписали меморандум о "
        "сотрудничестве."
    )
    names = {o.name for o in draft.organizations}
    assert "Министерство культуры Казахстана" in names
