"""Russian documents signed between two officials: each official's body is a side, whatever
stands between the first one's name and the second one's title."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(sentence: str) -> Draft:
    return draft_of("Подписан меморандум\n\n" + sentence + " Стороны обсудили планы.")


def _parties(sentence: str) -> list[frozenset[str]]:
    return [frozenset(m.parties) for m in _draft(sentence).memoranda]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (  # the second holder's title is a participle phrase before the body
            "3 марта 2024 года был подписан Меморандум о сотрудничестве между ректором "
            "Аграрного университета Кыргызстана Павлом Смирновым и исполняющим обязанности "
            "директора Института истории Асель Омаровой.",
            {"Аграрный университет Кыргызстана", "Институт истории"},
        ),
        (  # an acronym in brackets and a form of address before each name
            "3 марта 2024 года был подписан Меморандум о сотрудничестве между ректором "
            "Аграрного университета Кыргызстана (АУК) д-ром Павлом Смирновым и директором "
            "Института истории д-ром Асель Омаровой.",
            {"Аграрный университет Кыргызстана", "Институт истории"},
        ),
        (  # the plain case stays as it was
            "5 мая 2023 года подписано соглашение между акимом Костанайской области Павлом "
            "Смирновым и губернатором Омской области Иваном Петровым.",
            {"Акимат Костанайской области", "Правительство Омской области"},
        ),
    ],
)
def test_both_officials_bodies_are_sides(sentence: str, sides: set[str]) -> None:
    assert _parties(sentence) == [frozenset(sides)]


def test_a_form_of_address_is_no_part_of_a_body() -> None:
    names = {
        o.name
        for o in _draft(
            "Меморандум подписали директор Института истории д-р Асель Омарова и ректор "
            "Аграрного университета Павел Смирнов."
        ).organizations
    }
    assert "Институт истории" in names
    assert not any("д-р" in name for name in names)
