"""Russian signing sentences: passive agents, an Uzbek regional body, a person right after a
body named after someone, and other people's plural title before a title."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_bodies_after_a_passive_signing_verb_sign() -> None:
    names = _names(
        draft_of(
            "Новый проект\n"
            "Меморандум о создании учебного центра подписан Национальной компанией «Казэнерго» "
            "и Корпорацией «Тяньшань Пауэр»."
        )
    )
    assert {"Казэнерго", "Тяньшань Пауэр"} <= {n.strip("«»") for n in names} | names


def test_an_uzbek_regional_hokimiyat_is_a_body() -> None:
    names = _names(
        draft_of(
            "Соседи договорились\n"
            "Меморандум между акиматом Жамбылской области и хокимиятом Наманганской области "
            "подписан в Таразе."
        )
    )
    assert "Хокимият Наманганской области" in names


def test_a_person_after_a_body_named_after_someone_is_no_part_of_its_name() -> None:
    draft = draft_of(
        "Новое соглашение\n"
        "Ректор Университета имени Сейфуллина Ерлан Абенов подписал соглашение с Университетом "
        "Джорджии."
    )
    assert "Университет имени Сейфуллина" in _names(draft)
    assert any(p.name == "Ерлан Абенов" for p in draft.people)


def test_other_peoples_plural_title_is_no_part_of_a_persons_title() -> None:
    draft = draft_of(
        "Транспортное соглашение\n"
        "В присутствии глав правительств министр энергетики Казахстана Ерлан Сагинов и министр "
        "энергетики Турции Алпарслан Байрактар подписали соглашение."
    )
    assert "Министерство энергетики Казахстана" in _names(draft)
