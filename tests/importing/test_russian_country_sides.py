"""Russian: countries that sign a document are its sides through their governments."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    return extract(read_text(text))


def test_two_countries_that_sign_are_their_governments() -> None:
    draft = _draft(
        "Документы подписаны в Астане\n"
        "Узбекистан и Казахстан подписали дорожную карту по развитию транзитных перевозок."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Узбекистан",
        "Правительство Республики Казахстан",
    }
    kinds = {o.name: o.kind for o in draft.organizations}
    assert kinds["Правительство Республики Узбекистан"] == "government"


@pytest.mark.parametrize(
    "sentence",
    [
        # heads of state own the countries: states are no organizations here
        "Президенты Казахстана и Узбекистана подписали декларацию о стратегическом партнерстве.",
        # the countries are where the signing took place
        "В Казахстане и Узбекистане подписали меморандум о подготовке врачей.",
    ],
)
def test_countries_not_standing_as_sides_give_no_governments(sentence: str) -> None:
    names = {o.name for o in _draft("Новые документы\n" + sentence).organizations}
    assert "Правительство Республики Узбекистан" not in names
