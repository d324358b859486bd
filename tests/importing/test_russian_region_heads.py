"""Russian region heads: the body a region's head serves, read from the region the title names,
with or without a name after the title."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_the_head_of_a_russian_region_serves_its_government() -> None:
    draft = draft_of(
        "Встреча в Саратове\n"
        "Генеральный консул Казахстана в Самаре Марат Ахметов провел переговоры с главой "
        "Саратовской области Романом Бусаргиным. Стороны обсудили поставки зерна."
    )
    assert "Правительство Саратовской области" in _names(draft)


def test_the_head_of_a_kazakh_region_serves_its_akimat() -> None:
    draft = draft_of(
        "Гости из Китая\n"
        "Глава Павлодарской области Асаин Байханов принял делегацию провинции Хэнань. "
        "Обсуждались вопросы переработки зерна."
    )
    names = _names(draft)
    assert "Акимат Павлодарской области" in names
    assert "Правительство Павлодарской области" not in names


def test_a_governor_named_by_title_alone_brings_the_regions_government() -> None:
    draft = draft_of(
        "Сотрудничество с Казахстаном\n"
        "Вице-консул Казахстана в Оренбурге Ерлан Сапаров посетил областной центр. "
        "Губернатор Оренбургской области подчеркнул, что товарооборот с соседями растет."
    )
    assert "Правительство Оренбургской области" in _names(draft)


def test_an_akim_named_by_title_alone_brings_the_akimat() -> None:
    draft = draft_of(
        "Новый завод\n"
        "Компания «Сибирские сплавы» построит завод в Экибастузе. Аким Павлодарской области "
        "отметил, что проект даст региону триста рабочих мест."
    )
    assert "Акимат Павлодарской области" in _names(draft)


def test_governors_in_the_plural_bring_no_body() -> None:
    draft = draft_of(
        "Форум регионов\n"
        "Губернаторы приграничных областей России и акимы Казахстана обсудили логистику. "
        "Форум прошел в Омске."
    )
    assert not any(n.startswith("Правительство") for n in _names(draft))


def test_a_minister_named_by_title_alone_brings_the_ministry() -> None:
    draft = draft_of(
        "Переговоры в Анкаре\n"
        "Министр энергетики Казахстана прибыл в Анкару. Там он провел переговоры с компанией "
        "«Анадолу Энерджи» о поставках оборудования."
    )
    assert "Министерство энергетики Казахстана" in _names(draft)


def test_a_bare_title_joins_the_same_body_named_in_full() -> None:
    draft = draft_of(
        "Министр иностранных дел Казахстана принял посла\n"
        "Министр иностранных дел Республики Казахстан Адиль Сейткалиев принял посла Чили. "
        "Стороны обсудили открытие авиасообщения."
    )
    ministries = [n for n in _names(draft) if n.startswith("Министерство")]
    assert ministries == ["Министерство иностранных дел Республики Казахстан"]


def test_a_title_the_story_cites_as_its_source_brings_no_body() -> None:
    draft = draft_of(
        "Новые рейсы\n"
        "Авиакомпания «Степной ветер» откроет рейсы в Тбилиси, сообщается на сайте "
        "премьер-министра Казахстана."
    )
    assert not any(n.startswith("Правительство") for n in _names(draft))


def test_a_deputy_prime_minister_serves_the_government() -> None:
    draft = draft_of(
        "Визит в Ташкент\n"
        "Вице-премьер Казахстана Асель Жумабекова посетила Ташкент и встретилась с "
        "руководством компании «Узтрансгаз»."
    )
    assert "Правительство Казахстана" in _names(draft)


def test_the_cabinet_by_its_contracted_name_is_the_government() -> None:
    draft = draft_of(
        "Решение правительства\n"
        "Правительство Казахстана одобрило проект соглашения с Грузией. Кабмин поручил "
        "министерству транспорта провести переговоры."
    )
    names = _names(draft)
    assert "Правительство Казахстана" in names
    assert "Кабмин" not in names


def test_regions_signing_in_pairs_are_each_a_side() -> None:
    draft = draft_of(
        "Межрегиональный форум\n"
        "На форуме Актюбинской и Оренбургской, Атырауской и Самарской областями подписаны "
        "планы сотрудничества в сфере торговли."
    )
    names = _names(draft)
    assert {"Акимат Актюбинской области", "Акимат Атырауской области"} <= names
    assert any("Самарск" in n for n in names)


def test_a_russian_region_that_signs_is_its_government() -> None:
    draft = draft_of(
        "Межрегиональное сотрудничество\n"
        "Соглашение о сотрудничестве подписали Жамбылская и Новосибирская области. Документ "
        "предусматривает обмен студентами."
    )
    names = _names(draft)
    assert "Правительство Новосибирской области" in names
    assert "Новосибирская область" not in names
