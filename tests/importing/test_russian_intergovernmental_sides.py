"""Russian: an intergovernmental agreement signed by ministers has the governments as sides; a
form of address («г-н») is neither part of a title nor of the body it implies."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_ministers_signing_an_intergovernmental_agreement_bind_their_governments() -> None:
    draft = draft_of(
        "Казахстан и Россия расширят сотрудничество в медицине\n"
        "Министр здравоохранения Республики Казахстан Айгуль Сапарова и министр "
        "здравоохранения Российской Федерации Иван Петров подписали межправительственное "
        "соглашение о сотрудничестве в области медицинского образования."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Российской Федерации",
    }
    # the ministries still act in the story: they stay organizations of their own
    assert {
        "Министерство здравоохранения Республики Казахстан",
        "Министерство здравоохранения Российской Федерации",
        "Правительство Республики Казахстан",
        "Правительство Российской Федерации",
    } <= _names(draft)


def test_a_document_the_text_calls_intergovernmental_in_another_sentence() -> None:
    draft = draft_of(
        "Сенат одобрил документ о филиале университета\n"
        "Работа филиала будет регулироваться межправительственным соглашением. "
        "Соглашение о работе филиала подписали вице-министр образования Республики Казахстан "
        "Марат Оспанов и заместитель министра образования Республики Узбекистан Бахтиёр Каримов."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Республики Узбекистан",
    }


def test_a_memorandum_between_ministries_keeps_the_ministries() -> None:
    draft = draft_of(
        "Министерства подписали меморандум\n"
        "Министерство здравоохранения Республики Казахстан и Министерство здравоохранения "
        "Российской Федерации подписали меморандум о сотрудничестве в области медицинского "
        "образования."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Министерство здравоохранения Республики Казахстан",
        "Министерство здравоохранения Российской Федерации",
    }
    assert "Правительство Республики Казахстан" not in _names(draft)


def test_a_form_of_address_is_not_part_of_the_title_or_its_body() -> None:
    draft = draft_of(
        "Посол Кореи посетил университет\n"
        "Чрезвычайный и полномочный посол Республики Корея в Казахстане г-н Пак Мин Су "
        "посетил Карагандинский технический университет и провел встречу с ректором."
    )
    [person] = [p for p in draft.people if p.name == "Пак Мин Су"]
    assert person.title is not None and "г-н" not in person.title
    assert person.organization == "Посольство Кореи в Казахстане"
    assert not any("г-н" in name for name in _names(draft))
