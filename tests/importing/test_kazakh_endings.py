"""Kazakh case endings stripped to the nominative: a table of word → nominative pairs."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.kazakh.endings import case_of, nominative, strip_case

PAIRS = [
    # genitive, after a vowel, a voiced and a voiceless sound
    ("Аружанның", "Аружан"),
    ("Серікбаевтың", "Серікбаев"),
    ("Жамбылдың", "Жамбыл"),
    ("Тұрсынбектің", "Тұрсынбек"),
    # instrumental: one form for back and front words
    ("Петровпен", "Петров"),
    ("Ахметовамен", "Ахметова"),
    ("Гүлназбен", "Гүлназ"),
    # dative, locative, ablative, accusative
    ("Иранға", "Иран"),
    ("Бейжіңде", "Бейжің"),
    ("Тегераннан", "Тегеран"),
    ("Лондонды", "Лондон"),
    # the possessive of a type word stays; the case after it goes
    ("министрлігінің", "министрлігі"),
    ("университетімен", "университеті"),
    ("қорына", "қоры"),
    ("орталығында", "орталығы"),
    ("комиссиясының", "комиссиясы"),
    ("ауруханасымен", "ауруханасы"),
    ("академиясынан", "академиясы"),
    ("агенттігін", "агенттігі"),
    ("Республикасындағы", "Республикасы"),
    # an acronym or a Latin name takes its ending after a hyphen
    ("ЕАЭО-ның", "ЕАЭО"),
    ("Google-мен", "Google"),
    # -мен after a nasal; a Russian surname in -ин takes front endings by its «и»
    ("Нұрланмен", "Нұрлан"),
    ("Бабушкинмен", "Бабушкин"),
    ("Бабушкиннің", "Бабушкин"),
    ("Мишустинге", "Мишустин"),
]

UNCHANGED = [
    "Алматы",  # a place on the guard list, though it ends like an accusative
    "Қарағанды",
    "Гүлмира",  # a given name
    "Исаева",
    "министрі",  # a possessive alone is part of the name
    "кітапханасы",
    "үйде",  # too short to hold a stem and an ending
    "Назгүлдың",  # -дың after a front-vowel word breaks vowel harmony: not an ending
]


@pytest.mark.parametrize(("word", "expected"), PAIRS)
def test_each_ending_is_taken_off(word: str, expected: str) -> None:
    assert strip_case(word) == expected


@pytest.mark.parametrize("word", UNCHANGED)
def test_words_that_merely_end_so_stay_whole(word: str) -> None:
    assert strip_case(word) == word


def test_the_case_is_named() -> None:
    assert case_of("Серікбаевтың") == "genitive"
    assert case_of("университетімен") == "instrumental"
    assert case_of("Тегеранда") == "locative"
    assert case_of("Алматы") is None


def test_only_the_head_of_a_name_is_put_in_the_nominative() -> None:
    assert nominative("Денсаулық сақтау министрлігінің") == "Денсаулық сақтау министрлігі"
    assert nominative("Армения Кино қорымен") == "Армения Кино қоры"
    assert nominative("Ерлан Серікбаевтың") == "Ерлан Серікбаев"
