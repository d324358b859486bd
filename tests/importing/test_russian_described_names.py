"""Russian names that describe a body rather than name it: a lower-case description before the
body's own name, a body owned by a generic word, a parent only inside a unit's name, a brand."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    draft: Draft = extract(read_text(text))
    return {o.name for o in draft.organizations}


def test_a_lower_case_description_before_a_named_body_is_left_out() -> None:
    names = _names(
        "Диалог культур\n"
        "Особую роль в этой работе играет известный институт Ассамблеи народа Казахстана. "
        "Ассамблея подписала соглашение с Фондом культуры Грузии."
    )
    assert "Ассамблея народа Казахстана" in names
    assert not any(n.casefold().startswith("известный") for n in names)


def test_a_body_owned_by_a_generic_word_names_no_one() -> None:
    names = _names(
        "Новое консульство\n"
        "Консул Казахстана в Новосибирске Ерлан Абилов получил экзекватуру от правительства "
        "страны пребывания. Он встретился с руководством Новосибирского университета."
    )
    assert not any(n.casefold().startswith("правительство страны") for n in names)


def test_a_parent_named_only_inside_a_units_name_is_left_out() -> None:
    names = _names(
        "Сотрудничество в сфере языков\n"
        "Центр изучения языков при Министерстве просвещения Республики Армения подписал "
        "меморандум с Евразийским национальным университетом."
    )
    assert "Министерство просвещения Республики Армения" not in names


def test_a_parent_named_on_its_own_elsewhere_stays() -> None:
    names = _names(
        "Сотрудничество в сфере языков\n"
        "Центр изучения языков при Министерстве просвещения Республики Армения подписал "
        "меморандум с Евразийским национальным университетом. Министерство просвещения "
        "Республики Армения поддержало проект."
    )
    assert "Министерство просвещения Республики Армения" in names


def test_a_brand_is_no_organization() -> None:
    names = _names(
        "Новое производство\n"
        "Компания «Алтын Техника» начнет выпуск холодильников под брендом Haier на заводе "
        "в Шымкенте."
    )
    assert "Haier" not in names
