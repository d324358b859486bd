"""A Russian body named as part of another named body («клиника Пусанского национального
университета») is an organization: the capital of the inner body's adjective names it, unlike
«филиал казахстанского университета», which tells only a kind. Sentences written for these
tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_unit_of_a_university_named_with_a_capital_signs() -> None:
    draft = draft_of(
        "В Шымкенте откроют центр\n"
        "Договор о создании в Шымкенте реабилитационного центра подписали аким Туркестанской "
        "области Дархан Сатыбалды и директор клиники Пусанского национального университета, "
        "профессор Ким Чжон Хо.",
        detected="ru",
    )
    assert len(draft.memoranda) == 1
    assert any("Пусанского" in p for p in draft.memoranda[0].parties)


def test_a_branch_of_a_university_told_by_its_kind_names_no_body() -> None:
    draft = draft_of(
        "В Берлине открылся филиал\n"
        "В Берлине открылся филиал казахстанского университета, сообщило Министерство науки и "
        "высшего образования Республики Казахстан.",
        detected="ru",
    )
    assert not any("филиал" in o.name.casefold() for o in draft.organizations)
