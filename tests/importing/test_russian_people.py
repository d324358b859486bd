"""Russian people: titles before and after names in Russian word order, employers, outlets."""

from __future__ import annotations

from kztracker.importing.draft import Draft, DraftPerson
from tests.importing.drafting import draft_of


def _person(draft: Draft, name: str) -> DraftPerson:
    found = [p for p in draft.people if p.name == name]
    assert found, [p.name for p in draft.people]
    return found[0]


def test_a_title_before_the_name_sets_its_case() -> None:
    draft = draft_of(
        "Встреча в министерстве\n"
        "Министр сельского хозяйства Республики Казахстан Ерлан Ахметов встретился с "
        "Чрезвычайным и Полномочным Послом Вьетнама в Казахстане Нгуеном Ваном Тханом. "
        "Стороны обсудили поставки зерна."
    )
    minister = _person(draft, "Ерлан Ахметов")
    assert minister.title == "Министр сельского хозяйства Республики Казахстан"
    assert minister.organization == "Министерство сельского хозяйства Республики Казахстан"
    names = {p.name for p in draft.people}
    assert "Нгуен Ван Тхан" in names
    ambassador = _person(draft, "Нгуен Ван Тхан")
    assert ambassador.title == "Чрезвычайный и Полномочный Посол Вьетнама в Казахстане"


def test_a_title_after_the_name_between_commas() -> None:
    draft = draft_of(
        "Ученые обсудили климат\n"
        "На семинаре выступила Мария Соколова, заведующая лабораторией климата, а также "
        "гости из соседних стран. Ученые договорились продолжить работу."
    )
    scientist = _person(draft, "Мария Соколова")
    assert scientist.title is not None
    assert scientist.title.startswith("заведующая лабораторией")


def test_an_oblique_name_after_a_title_takes_the_nominative() -> None:
    draft = draft_of(
        "Делегация посетила университет\n"
        "Делегацию встретил ректор Евразийского национального университета Ерлан Сыдыков. "
        "Гости прошли вместе с проректором университета Аскаром Жумадиловым по лабораториям."
    )
    names = {p.name for p in draft.people}
    assert {"Ерлан Сыдыков", "Аскар Жумадилов"} <= names
    rector = _person(draft, "Ерлан Сыдыков")
    assert rector.organization == "Евразийский национальный университет"


def test_a_minister_implies_the_ministry() -> None:
    draft = draft_of(
        "Меморандум в сфере здравоохранения\n"
        "Министр здравоохранения Ахмет Ержанов подписал меморандум с компанией «Фарма Плюс». "
        "Документ предусматривает строительство завода."
    )
    assert "Министерство здравоохранения" in {o.name for o in draft.organizations}


def test_a_news_agency_that_only_reports_is_not_an_organization() -> None:
    draft = draft_of(
        "Университеты подписали соглашение\n"
        "Кокшетауский университет и Курганский университет подписали соглашение о "
        "сотрудничестве, сообщает Казинформ. Стороны начнут обмен студентами."
    )
    names = {o.name for o in draft.organizations}
    assert "Казинформ" not in names
    assert {"Кокшетауский университет", "Курганский университет"} <= names


def test_names_listed_before_one_plural_type_noun_are_organizations() -> None:
    draft = draft_of(
        "Университет расширяет связи\n"
        "Павлодарский университет давно сотрудничает с вузами Польши. Среди партнеров "
        "Варшавский, Ян Коханов, Казимир Великий и Силезский университеты."
    )
    names = {o.name for o in draft.organizations}
    assert {
        "Варшавский университет",
        "Университет Ян Коханов",
        "Университет Казимир Великий",
        "Силезский университет",
    } <= names
    assert not {p.name for p in draft.people} & {"Ян Коханов", "Казимир Великий"}


def test_names_joined_by_and_share_the_title_before_them() -> None:
    draft = draft_of(
        "Гости из Праги\n"
        "Ректор встретился с профессорами Карлова университета Яромиром Новаком и Петром "
        "Дворжаком. Гости осмотрели лаборатории института."
    )
    titles = {p.name: p.title for p in draft.people}
    assert titles["Яромир Новак"] == titles["Петр Дворжак"]
    assert titles["Петр Дворжак"] is not None
    assert titles["Петр Дворжак"].startswith("профессор")


def test_the_akim_of_the_region_acts_for_the_region_just_named() -> None:
    draft = draft_of(
        "Делегация Костанайской области посетила Павлодар\n"
        "Павлодар посетила делегация Костанайской области во главе с акимом региона Кумаром "
        "Аксакаловым. Аким Павлодарской области Асаин Байханов показал гостям новые предприятия."
    )
    assert _person(draft, "Кумар Аксакалов").organization == "Акимат Костанайской области"
    assert sorted(o.name for o in draft.organizations) == [
        "Акимат Костанайской области",
        "Акимат Павлодарской области",
    ]


def test_the_akim_of_the_region_with_no_region_named_keeps_the_title_words() -> None:
    draft = draft_of(
        "Встреча в акимате\nАким региона Кумар Аксакалов встретился с предпринимателями."
    )
    assert _person(draft, "Кумар Аксакалов").organization == "Акимат региона"
