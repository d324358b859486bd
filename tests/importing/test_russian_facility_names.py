"""Russian names that are facilities, common abbreviations, people or pointers, not partners: a
quoted name after a facility noun (a kindergarten, a border crossing), the names listed after it
too, an acronym of a common noun («НПЗ» a refinery, «ЦА» Central Asia), a Kazakh patronymic, a
body told by a pronoun («нашего региона»)."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_quoted_names_after_a_facility_noun_are_no_partners() -> None:
    names = _names(
        draft_of(
            "Область и компания договорились о ремонте\n"
            "Акимат Павлодарской области и компания «Евразийская группа» подписали меморандум. "
            "В планах капитальный ремонт детских садов «Балапан» и «Ботагоз», прокладка сетей "
            "в микрорайоне."
        )
    )
    assert not names & {"Балапан", "Ботагоз"}
    assert {"Акимат Павлодарской области", "Евразийская группа"} <= names


def test_a_name_listed_after_a_crossing_is_a_crossing_too() -> None:
    names = _names(
        draft_of(
            "Торговый центр на границе\n"
            "Центр разместится в районе пропускных пунктов «Майкапчагай» и «Бахты», сообщило "
            "Министерство торговли и интеграции Республики Казахстан."
        )
    )
    assert not names & {"Майкапчагай", "Бахты"}
    assert "Министерство торговли и интеграции Республики Казахстан" in names


def test_common_noun_acronyms_are_no_partners() -> None:
    refinery = _names(
        draft_of(
            "Казахстан и Китай построят НПЗ в Шымкенте\n"
            "Астана. 3 марта. Компания «Синь Ю» примет участие в строительстве нового НПЗ, "
            "сообщило Министерство энергетики Республики Казахстан."
        )
    )
    region = _names(
        draft_of(
            "Сенаторы обсудили повестку\n"
            "Стороны обсудили задачи по раскрытию экономического потенциала ЦА в рамках форума "
            "государств региона. Сенат Казахстана и Олий Мажлис Узбекистана подписали дорожную "
            "карту."
        )
    )
    assert "НПЗ" not in refinery and "Синь Ю" in refinery
    assert "ЦА" not in region and "Сенат Казахстана" in region


def test_a_kazakh_given_name_and_patronymic_is_no_body() -> None:
    names = _names(
        draft_of(
            "Делегация Абайской области во главе с ее первым руководителем Нұрламом Ұрханұлы "
            "посетила Павлодар\n"
            "Итогом поездки стало подписание меморандумов между двумя регионами."
        )
    )
    assert not any("Ұрханұлы" in n for n in names)


def test_a_body_told_by_a_pronoun_is_no_name() -> None:
    names = _names(
        draft_of(
            "Делегация Вологодской области посетила Алматы\n"
            "В переговорах участвовал руководитель Представительства нашего региона в Москве Иван "
            "Петров. Стороны подписали меморандум между акиматом Алматы и правительством "
            "Вологодской области."
        )
    )
    assert not any("нашего" in n for n in names)
    assert "Правительство Вологодской области" in names
