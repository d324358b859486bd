"""Russian nominative forms: organizations (head phrase only), titles, people, legal forms."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.russian.normalize import (
    head_phrase_nominative,
    person_nominative,
    without_legal_form,
)


@pytest.mark.parametrize(
    ("inflected", "nominative"),
    [
        (
            "Казахским национальным медицинским университетом",
            "Казахский национальный медицинский университет",
        ),
        (
            "Министерством здравоохранения Республики Казахстан",
            "Министерство здравоохранения Республики Казахстан",
        ),
        ("акиматом Туркестанской области", "акимат Туркестанской области"),
        ("Акимата города Шымкента", "Акимат города Шымкента"),
        ("акимату района", "акимат района"),
        ("Назарбаев Университетом", "Назарбаев Университет"),  # a surname before the head
        ("Кожахметов Институтом", "Кожахметов Институт"),
        ("Северо-Казахстанского университета", "Северо-Казахстанский университет"),
        ("Национальной академией наук", "Национальная академия наук"),
        ("Высшего совета", "Высший совет"),
        ("компанией «Зеленая энергия»", "компания «Зеленая энергия»"),
        ("Правительства Японии", "Правительство Японии"),
    ],
)
def test_organizations_take_the_nominative_in_their_head_phrase(
    inflected: str, nominative: str
) -> None:
    assert head_phrase_nominative(inflected) == nominative


@pytest.mark.parametrize("name", ["КазНУ им. аль-Фараби", "Институт физики", "«Дарын»", "TIKA"])
def test_names_already_nominative_or_indeclinable_stay(name: str) -> None:
    assert head_phrase_nominative(name) == name


@pytest.mark.parametrize(
    ("title", "nominative"),
    [
        (
            "Чрезвычайного и Полномочного Посла Республики Казахстан",
            "Чрезвычайный и Полномочный Посол Республики Казахстан",
        ),
        ("генеральным директором агентства", "генеральный директор агентства"),
        ("министру энергетики", "министр энергетики"),
    ],
)
def test_titles_take_the_nominative(title: str, nominative: str) -> None:
    assert head_phrase_nominative(title) == nominative


@pytest.mark.parametrize(
    ("inflected", "case", "nominative"),
    [
        ("Ивана Петрова", None, "Иван Петров"),
        ("Марией Ивановой", None, "Мария Иванова"),
        ("Айгуль Сапаровой", None, "Айгуль Сапарова"),
        ("Дмитрием Волковым", "ablt", "Дмитрий Волков"),
        ("Ержана Сейткалиева", "gent", "Ержан Сейткалиев"),
        ("Анна Смирнова", None, "Анна Смирнова"),
        ("Омер Коджаман", None, "Омер Коджаман"),
        ("Урсула фон дер Ляйен", "gent", "Урсула фон дер Ляйен"),
        # A foreign first name that does not decline: its surname in -и or -о does not either.
        ("Марко Росси", "gent", "Марко Росси"),
        ("Пьетро Бруно", "datv", "Пьетро Бруно"),
        ("Али Бабаева", "gent", "Али Бабаев"),
        ("Али Бабаеву", "datv", "Али Бабаев"),
    ],
)
def test_people_take_the_nominative(inflected: str, case: str | None, nominative: str) -> None:
    assert person_nominative(inflected, case) == nominative


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("АО «Казахтелеком»", "«Казахтелеком»"),
        ("ТОО Альфа Строй", "Альфа Строй"),
        ("РГП на ПХВ Институт ботаники", "Институт ботаники"),
        ("НАО Медицинский университет", "Медицинский университет"),
        ("Университет Астаны", "Университет Астаны"),
    ],
)
def test_legal_forms_are_dropped(name: str, bare: str) -> None:
    assert without_legal_form(name) == bare


def test_a_surname_the_dictionary_misreads_still_names_the_body() -> None:
    assert head_phrase_nominative("Торайгыров университетом") == "Торайгыров университет"
    assert head_phrase_nominative("Торайгыров университет") == "Торайгыров университет"
    assert head_phrase_nominative("Евразийским университетом") == "Евразийский университет"
