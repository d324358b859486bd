"""Kazakh people named with a middle name («Гүлнар Ержанқызы Сапарова», «Игорь Петрович
Смирнов») keep their surname, unless a body's name starts there; a Latin run ending in an
institution's word after a title («Елшісі Almaty Global University-ге келді») is that body, not
a person. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_middle_name_keeps_the_surname() -> None:
    draft = kazakh_draft(
        "Кездесу\n"
        "Кездесуге колледж директоры Гүлнар Ержанқызы Сапарова мен компания директоры Игорь "
        "Петрович Смирнов қатысты."
    )
    assert {p.name for p in draft.people} == {"Гүлнар Ержанқызы Сапарова", "Игорь Петрович Смирнов"}


def test_a_body_after_a_middle_name_is_no_surname() -> None:
    draft = kazakh_draft(
        "Сапар\nОрталық директоры Ерлан Серікұлы Ресей академиясына жұмыс сапарымен барды."
    )
    assert [p.name for p in draft.people] == ["Ерлан Серікұлы"]


def test_a_latin_institution_after_a_title_is_a_body() -> None:
    draft = kazakh_draft(
        "Сапар\nЖапонияның Қазақстандағы Елшісі Almaty Global University-ге келді."
    )
    assert "Almaty Global" not in [p.name for p in draft.people]
    assert "Almaty Global University" in [o.name for o in draft.organizations]
