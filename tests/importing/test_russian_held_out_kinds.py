"""Russian kinds seen on held-out real pages: sides a headline names for a document the story
only mentions, a plural title shared out among two people, a document whose signers follow the
verb, a ratification that is no dated signing."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import story_day
from kztracker.importing.extract.russian.segment import segment
from tests.importing.drafting import draft_of


def test_the_headline_names_the_sides_of_the_story_s_only_memorandum() -> None:
    draft = draft_of(
        "ТОО «Степной агрохолдинг» заключило меморандум о сотрудничестве с Университетом Нархоз\n"
        "Стороны будут вместе готовить специалистов для отрасли.\n"
        "Заключение меморандума стало первым шагом к общей программе стажировок."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Степной агрохолдинг", "Университет Нархоз"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сотрудничество в животноводстве\n"
            "Меморандум о сотрудничестве в области ветеринарии подписали министры сельского "
            "хозяйства РК и КНР – Арман Жумабеков и Ли Вэньтао.",
            {
                "Арман Жумабеков": "Министерство сельского хозяйства Республики Казахстан",
                "Ли Вэньтао": "Министерство сельского хозяйства Китайской Народной Республики",
            },
        ),
        (
            "Встреча министров\n"
            "Министры здравоохранения Казахстана и Турции Берик Алиев и Мехмет Озтюрк обсудили "
            "обмен врачами.",
            {
                "Берик Алиев": "Министерство здравоохранения Казахстана",
                "Мехмет Озтюрк": "Министерство здравоохранения Турции",
            },
        ),
    ],
)
def test_a_plural_title_gives_each_person_his_own_country_s_body(
    text: str, expected: dict[str, str]
) -> None:
    draft = draft_of(text)
    assert {p.name: p.organization for p in draft.people} == expected
    assert {o.name for o in draft.organizations} == set(expected.values())
    titles = [p.title for p in draft.people]
    assert titles[0] != titles[1] and not any(" и " in (t or "") for t in titles)


def test_signers_after_the_verb_are_the_document_s_sides() -> None:
    draft = draft_of(
        "Новый меморандум\n"
        "Меморандум о сотрудничестве подписали министр энергетики РК Арман Жумабеков и министр "
        "энергетики Узбекистана Рустам Каримов."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Министерство энергетики Республики Казахстан",
        "Министерство энергетики Узбекистана",
    }


def test_two_sentences_glued_without_a_space_are_read_apart() -> None:
    text = (
        "Закон о ратификации подписан, говорится в сообщении.Межправительственное "
        "соглашение было подписано 14 мая 2021 года."
    )
    sentences = [s.text for s in segment(text).sentences]
    assert sentences == [
        "Закон о ратификации подписан, говорится в сообщении.",
        "Межправительственное соглашение было подписано 14 мая 2021 года.",
    ]


def test_a_short_word_before_a_full_stop_does_not_end_a_sentence() -> None:
    text = "Встреча прошла в г.Алматы и в вузе им.Абая. Стороны обсудили обмен студентами."
    sentences = [s.text for s in segment(text).sentences]
    assert sentences == [
        "Встреча прошла в г.Алматы и в вузе им.Абая.",
        "Стороны обсудили обмен студентами.",
    ]


def test_a_region_named_after_its_unit_word_belongs_to_the_title() -> None:
    draft = draft_of(
        "Аким области Абай посетил Павлодар\n"
        "В Павлодар приехал аким области Абай Нурлан Сарсенов. Гостя встретил аким ВКО Даурен "
        "Жумабаев."
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Нурлан Сарсенов"] == "Акимат области Абай"
    assert people["Даурен Жумабаев"] == "Акимат Восточно-Казахстанской области"


def test_a_region_s_akim_named_again_as_akim_of_the_region() -> None:
    draft = draft_of(
        "Делегация в Павлодаре\n"
        "Павлодарскую область посетила делегация области Абай во главе с акимом региона "
        "Нурланом Сарсеновым. Стороны обсудили поставки угля."
    )
    [person] = draft.people
    assert person.organization == "Акимат области Абай"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Совещание прошло под председательством акима области Гаухары Сериковой.",
            "Гаухара Серикова",
        ),
        ("Гости встретились с акимом города Ерланом Мукановым.", "Ерлан Муканов"),
    ],
)
def test_a_name_after_a_declined_akim_takes_the_nominative(sentence: str, name: str) -> None:
    draft = draft_of("Совещание в акимате\n" + sentence)
    [person] = draft.people
    assert person.name == name
    assert person.title is not None and person.title.startswith("аким ")


def test_a_body_cited_only_through_its_press_service_is_no_partner() -> None:
    draft = draft_of(
        "Новая ферма\n"
        "В районе открыли молочную ферму, сообщает портал со ссылкой на пресс-службу акимата "
        "области. ТОО «Сут Агро» вложило в проект два миллиарда тенге."
    )
    assert [o.name for o in draft.organizations] == ["Сут Агро"]


def test_a_deputy_minister_implies_the_ministry() -> None:
    draft = draft_of(
        "Переговоры в Астане\n"
        "Заместитель министра энергетики Казахстана Ерлан Акканов встретился с делегацией "
        "компании Siemens Energy."
    )
    [person] = draft.people
    assert person.organization == "Министерство энергетики Казахстана"


def test_a_place_after_a_preposition_and_an_initial_s_name_stay_apart() -> None:
    draft = draft_of(
        "Встреча в университете\n"
        "На встрече выступили председатель культурного центра при Таразе Б. Омаров и "
        "председатель Жамбылского общества Т. Сейтказиев."
    )
    titles = {p.name: p.title for p in draft.people}
    assert titles["Б. Омаров"] == "председатель культурного центра при Таразе"
    names = [o.name for o in draft.organizations]
    assert not any("Сейтказиев" in n for n in names)


def test_initials_after_imeni_stay_in_the_name() -> None:
    draft = draft_of(
        "Новый меморандум\n"
        "Институт истории и этнологии им. Ч.Ч. Валиханова подписал меморандум о "
        "сотрудничестве с Омским университетом."
    )
    names = {o.name for o in draft.organizations}
    assert "Институт истории и этнологии им. Ч.Ч. Валиханова" in names


def test_yesterday_counts_from_the_dateline_not_from_the_page_stamp() -> None:
    draft = draft_of(
        "Акимат и компания заключили соглашение\n\n"
        "12.03.2025\n\n"
        "Павлодар, 11 марта. Вчера акимат Павлодарской области и ТОО «Ертис Свет» заключили "
        "соглашение о модернизации освещения города.\n"
    )
    [memo] = draft.memoranda
    assert str(memo.signed_on) == "2025-03-10"


def test_a_december_dateline_under_a_january_stamp_is_of_the_year_before() -> None:
    text = "Заголовок\n\nАстана, 30 декабря. Вчера стороны подписали протокол.\n"
    assert story_day(text, PartialDate(2025, 1, 2)) == PartialDate(2024, 12, 30)


def test_a_cosmodrome_is_a_place_not_a_partner() -> None:
    draft = draft_of(
        "Сотрудничество в космосе\n"
        "Аким области Марат Ахметов встретился с генеральным консулом России Иваном Орловым. "
        "Стороны обсудили совместные проекты на космодроме «Байконур»."
    )
    assert "Байконур" not in {o.name for o in draft.organizations}


def test_a_quoted_latin_name_of_two_words_stays_whole() -> None:
    draft = draft_of(
        "Подготовка инженеров\n"
        "ТОО «Steppe Engineering» и университет Heriot-Watt заключили меморандум о подготовке "
        "инженеров."
    )
    assert "Steppe Engineering" in {o.name for o in draft.organizations}


def test_a_quoted_twin_after_and_shares_the_type_word() -> None:
    draft = draft_of(
        "Обмен опытом\nТакже подписан меморандум между СПК «Тулпар» и «Самал» по обмену опытом."
    )
    assert {"СПК «Тулпар»", "СПК «Самал»"} <= {o.name for o in draft.organizations}
    [memo] = draft.memoranda
    assert set(memo.parties) == {"СПК «Тулпар»", "СПК «Самал»"}
