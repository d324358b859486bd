"""Russian: a ministry's name whose field has an adjective after «и» keeps its country, one man
written with two surname endings is one person, a special envoy keeps «специальный», and a
given name with a Kazakh patronymic is a person."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_field_with_an_adjective_after_i_keeps_the_country_after_it() -> None:
    draft = draft_of(
        "Встреча в Астане\n"
        "Посол рассказал о реформе, проводимой Министерством культуры и массовых "
        "коммуникаций Республики Беларусь, и о планах на следующий год."
    )
    names = {o.name for o in draft.organizations}
    assert "Министерство культуры и массовых коммуникаций Республики Беларусь" in names


def test_one_man_written_with_two_surname_endings_is_one_person() -> None:
    draft = draft_of(
        "Переговоры в Москве\n"
        "Министр культуры Казахстана провел встречу с советником посольства Олегом Донской. "
        "Советник посольства Олег Донской поблагодарил за приглашение."
    )
    assert [p.name for p in draft.people if "Олег" in p.name] == ["Олег Донской"]


def test_a_special_envoy_keeps_the_word_special_in_the_title() -> None:
    draft = draft_of(
        "Визит\n"
        "В Астану прибыл специальный представитель Президента Турции по делам Центральной Азии "
        "Мехмет Озтюрк."
    )
    titles = {p.name: p.title for p in draft.people}
    assert (titles["Мехмет Озтюрк"] or "").startswith("специальный представитель")


def test_a_given_name_with_a_kazakh_patronymic_is_a_person_not_a_body() -> None:
    draft = draft_of(
        "Визит\nДелегация Жетысуской области во главе с Дәуреном Әбдікұлы посетила ВКО."
    )
    assert not any("Әбдікұлы" in o.name for o in draft.organizations)
    assert any(p.name.endswith("Әбдікұлы") for p in draft.people)


def test_a_contracted_ministry_keeps_the_country_after_it_and_joins_its_bare_form() -> None:
    draft = draft_of(
        "Энергетика\n"
        "Правительство Узбекистана поручило Минэнерго подготовить соглашение с Казахстаном. "
        "«Поручить Минэнерго Узбекистана с участием МИД Узбекистана провести переговоры», "
        "говорится в документе."
    )
    names = {o.name for o in draft.organizations}
    assert "Минэнерго Узбекистана" in names
    assert "Минэнерго" not in names
    assert "МИД Узбекистана" in names
