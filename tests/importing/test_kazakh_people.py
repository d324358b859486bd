"""Kazakh titles and people: names after titles in Kazakh word order, owners, implied bodies."""

from __future__ import annotations

from kztracker.importing.draft import Draft, DraftPerson
from tests.importing.drafting import kazakh_draft


def _person(draft: Draft, name: str) -> DraftPerson:
    return next(p for p in draft.people if p.name == name)


def test_a_title_before_a_name_and_the_ministry_it_implies() -> None:
    draft = kazakh_draft(
        "Министр сапармен келді\nҚР Энергетика министрі Ерлан Серікбаев Римге ресми сапармен барды."
    )
    person = _person(draft, "Ерлан Серікбаев")
    assert person.title == "ҚР Энергетика министрі"
    assert person.organization == "ҚР Энергетика министрлігі"
    assert "ҚР Энергетика министрлігі" in [o.name for o in draft.organizations]


def test_a_name_in_an_oblique_case_is_given_in_the_nominative() -> None:
    draft = kazakh_draft(
        "Кездесу өтті\n"
        "Ақтөбе облысының әкімі Данияр Оспанов Польша елшісі Адам Ковальскимен кездесті."
    )
    names = {p.name for p in draft.people}
    assert names == {"Данияр Оспанов", "Адам Ковальски"}
    assert _person(draft, "Данияр Оспанов").title == "Ақтөбе облысының әкімі"
    assert "Ақтөбе облысының әкімдігі" in [o.name for o in draft.organizations]


def test_an_owner_in_the_genitive_is_the_persons_organization() -> None:
    draft = kazakh_draft(
        "Делегация келді\n"
        "Сеул технологиялық университетінің ректоры Пак Мин Су делегацияны бастап келді."
    )
    person = _person(draft, "Пак Мин Су")
    assert person.title == "ректоры"
    assert person.organization == "Сеул технологиялық университеті"


def test_on_one_side_names_the_signatorys_organization() -> None:
    draft = kazakh_draft(
        "Құжатқа қол қойылды\n"
        "Құжатқа Қостанай инновациялық университеті тарапынан проректор Айгүл Нұрланова қол "
        "қойды."
    )
    assert _person(draft, "Айгүл Нұрланова").organization == "Қостанай инновациялық университеті"


def test_a_head_of_state_has_no_organization() -> None:
    draft = kazakh_draft(
        "Сапар\nЖапония премьер-министрінің орынбасары емес, Франция президенті Пьер Дюбуа келді."
    )
    person = _person(draft, "Пьер Дюбуа")
    assert person.title == "Франция президенті"
    assert person.organization is None


def test_a_person_named_in_an_organizations_name_is_not_a_person() -> None:
    draft = kazakh_draft(
        "Ғылыми кеңес\nАкадемик Қ.И. Сәтбаев атындағы Геология институты жаңа зертхана ашты."
    )
    assert draft.people == []
    assert [o.name for o in draft.organizations] == [
        "Академик Қ.И. Сәтбаев атындағы Геология институты"
    ]


def test_later_references_to_a_known_person_join_the_first() -> None:
    draft = kazakh_draft(
        "Сұхбат\n"
        "Денсаулық сақтау вице-министрі Талғат Ибраев жоба туралы айтты. "
        "Вице-министр Талғат Ибраевтың айтуынша, клиника 2026 жылы ашылады."
    )
    assert [p.name for p in draft.people] == ["Талғат Ибраев"]


def test_a_title_owned_by_a_country_implies_its_states_body() -> None:
    draft = kazakh_draft(
        "Кездесу\nОблыс әкімі Ресейдің Орал қаласындағы бас консулы Иван Петровпен кездесті."
    )
    assert _person(draft, "Иван Петров").organization == (
        "Ресей Федерациясының Орал қаласындағы бас консулдығы"
    )


def test_a_short_surname_keeps_letters_that_look_like_an_ending() -> None:
    draft = kazakh_draft("Кездесу\nКеңсе директоры Мартин Браге мен ректор Олжас Сейітов кездесті.")
    assert {p.name for p in draft.people} == {"Мартин Браге", "Олжас Сейітов"}


def test_a_place_before_a_title_is_not_its_owner() -> None:
    draft = kazakh_draft(
        "Форум\nКеше Абай университетінде Қазақстан Президенті Нұрлан Оспанов сөз сөйледі."
    )
    person = _person(draft, "Нұрлан Оспанов")
    assert person.title == "Қазақстан Президенті"
    assert person.organization is None


def test_a_latin_name_after_a_title_is_a_person() -> None:
    draft = kazakh_draft(
        "Кездесу\nOxford Instruments компаниясының директоры John Miller Алматыға келді."
    )
    assert _person(draft, "John Miller").organization == "Oxford Instruments"
    assert [o.name for o in draft.organizations] == ["Oxford Instruments"]


def test_a_title_in_apposition_after_the_name() -> None:
    draft = kazakh_draft(
        "Жаңа жоба\nМарат Бекболатов, Экология министрі, жобаны қолдайтынын айтты."
    )
    person = _person(draft, "Марат Бекболатов")
    assert person.title == "Экология министрі"
    assert person.organization == "Экология министрлігі"
