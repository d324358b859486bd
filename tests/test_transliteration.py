"""Kazakh and Russian names between Cyrillic and Latin, in each romanization they are met in."""

from __future__ import annotations

import pytest

from kztracker.transliteration import latin_key, latin_keys, romanize, schemes


def test_the_three_romanizations_are_known() -> None:
    assert set(schemes()) == {"passport", "russian", "kazakh_latin_2021"}


@pytest.mark.parametrize(
    ("cyrillic", "scheme", "latin"),
    [
        ("Ақмарал", "passport", "Akmaral"),
        ("Нұрбек", "passport", "Nurbek"),
        ("Жандос", "passport", "Zhandos"),
        ("Юлия", "passport", "Iuliia"),
        ("Ғалым Өтебаев", "passport", "Galym Otebaev"),
        ("Саясат Нурбек", "russian", "Sayasat Nurbek"),
        ("Юрий", "russian", "Yuriy"),
        ("Хасен", "russian", "Khasen"),
        ("Ақмарал", "kazakh_latin_2021", "Aqmaral"),
        ("Жандос", "kazakh_latin_2021", "Jandos"),
        ("Шоқан", "kazakh_latin_2021", "Şoqan"),
        ("Әлия Үсенова", "kazakh_latin_2021", "Äliia Üsenova"),
        ("Ұлжан Ғабитқызы", "kazakh_latin_2021", "Ūljan Ğabitqyzy"),
        ("Ерлан Сапаров", "passport", "Erlan Saparov"),
    ],
)
def test_romanize_each_scheme(cyrillic: str, scheme: str, latin: str) -> None:
    assert romanize(cyrillic, scheme) == latin


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ақмарал", "Akmaral"),
        ("Нұрбек", "Nurbek"),
        ("Жандос", "Zhandos"),
        ("Саясат Нурбек", "Sayasat Nurbek"),
        ("Тамара Дүйсенова", "Tamara Duissenova"),  # the doubled "ss" of Kazakh passports
        ("Ақмарал", "Aqmaral"),  # the 2021 Latin alphabet
        ("Жандос", "Jandos"),
        ("Шоқан", "Şoqan"),
        ("Юрий Пя", "Yuriy Pya"),
        ("Ұлжан", "Uljan"),
    ],
)
def test_a_cyrillic_name_and_its_latin_spellings_share_a_key(one: str, other: str) -> None:
    assert latin_keys(one) & latin_keys(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Нұрбек", "Nurlan"), ("Жандос", "Zhanna"), ("Ақмарал", "Akbota"), ("Саясат", "Sayan")],
)
def test_other_names_do_not(one: str, other: str) -> None:
    assert not latin_keys(one) & latin_keys(other)


def test_latin_keys_drop_case_marks_and_doubled_letters() -> None:
    assert latin_key("Dūisenova") == "duisenova"
    assert latin_key("  SARBASSOV,  Dos ") == "sarbasov dos"
    assert latin_key("Iğılık") == "igilik"
    assert latin_keys("") == set()
