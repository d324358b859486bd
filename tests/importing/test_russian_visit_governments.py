"""A Russian intergovernmental agreement signed during a visit: the one foreign country the
sentence names (the visitor's) and Kazakhstan give the two governments as its sides. Sentences
written for these tests."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_visitors_country_and_kazakhstan_sign_an_intergovernmental_agreement() -> None:
    draft = extract(
        read_text(
            "Итоги визита\n"
            "Во время официального визита президента Италии в Астану подписано "
            "межправительственное соглашение о воздушном сообщении."
        )
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Правительство Республики Казахстан", "Правительство Итальянской Республики"}
    ]


def test_two_foreign_countries_give_no_guessed_governments() -> None:
    draft = extract(
        read_text(
            "Итоги визита\n"
            "Во время визита делегаций Италии и Грузии подписано межправительственное "
            "соглашение о воздушном сообщении."
        )
    )
    assert all(len(m.parties) < 2 for m in draft.memoranda)
