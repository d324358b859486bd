"""Kazakh people named with a middle name («Гүлнар Ержанқызы Сапарова», «Игорь Петрович
Смирнов») keep their surname, unless a body's name starts there; a Latin run ending in an
institution's word after a title («Елшісі Almaty Global University-ге келді») is that body, not
a person. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_a_middle_name_keeps_the_surname() -> None:
    draft = _draft(
        "Кездесу\n"
        "Кездесуге колледж директоры Гүлнар Ержанқызы Сапарова мен компания директоры Игорь "
        "Петрович Смирнов қатысты."
    )
    assert {p.name for p in draft.people} == {"Гүлнар Ержанқызы Сапарова", "Игорь Петрович Смирнов"}


def test_a_body_after_a_middle_name_is_no_surname() -> None:
    draft = _draft(
        "Сапар\nОрталық директоры Ерлан Серікұлы Ресей академиясына жұмыс сапарымен барды."
    )
    assert [p.name for p in draft.people] == ["Ерлан Серікұлы"]


def test_a_latin_institution_after_a_title_is_a_body() -> None:
    draft = _draft("Сапар\nЖапонияның Қазақстандағы Елшісі Almaty Global University-ге келді.")
    assert "Almaty Global" not in [p.name for p in draft.people]
    assert "Almaty Global University" in [o.name for o in draft.organizations]
