"""Kazakh people: where a person's title and name end and a body's name begins."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_three_part_name_before_a_body_stays_the_persons() -> None:
    draft = kazakh_draft("Дәріс\nПрофессор Пак Чжи Хун Инновация академиясында дәріс оқыды.")
    assert [o.name for o in draft.organizations] == ["Инновация академиясы"]
    assert [p.name for p in draft.people] == ["Пак Чжи Хун"]


def test_a_clause_verb_before_a_title_is_no_part_of_it() -> None:
    draft = kazakh_draft("Дәріс\nАлматыдан арнайы келген профессор Асан Жұмабеков дәріс оқыды.")
    (person,) = draft.people
    assert person.title == "профессор"


def test_a_title_after_the_name_before_a_colon() -> None:
    draft = kazakh_draft(
        "Сұхбат\nАйгүл Серікова, Мәдениет министрі:\nБиыл жаңа кітапханалар ашылады."
    )
    (person,) = draft.people
    assert person.title == "Мәдениет министрі"


def test_a_first_name_with_a_patronymic_is_the_titled_person_again() -> None:
    draft = kazakh_draft(
        "Қабылдау\n"
        "Жетісу университетінің ректоры Талғат Жақсыбеков Жапония делегациясын қабылдады. "
        "Талғат Серікұлы қонақтарға зертханаларды көрсетті."
    )
    assert [(p.name, p.title) for p in draft.people] == [("Талғат Жақсыбеков", "ректоры")]


def test_a_patronymic_shared_by_two_titled_namesakes_stays_apart() -> None:
    draft = kazakh_draft(
        "Қабылдау\n"
        "Жетісу университетінің ректоры Талғат Жақсыбеков пен проректоры Талғат Омаров "
        "делегацияны қабылдады. Талғат Серікұлы қонақтарға зертханаларды көрсетті."
    )
    assert len(draft.people) == 3
