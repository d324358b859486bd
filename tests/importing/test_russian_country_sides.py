"""Russian: countries that sign a document are no sides of it; their governments are, where the
text calls the document intergovernmental."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


def test_two_countries_that_sign_are_no_sides() -> None:
    draft = draft_of(
        "Документы подписаны в Астане\n"
        "Узбекистан и Казахстан подписали дорожную карту по развитию транзитных перевозок."
    )
    [memo] = draft.memoranda
    assert memo.parties == []
    assert draft.organizations == []


def test_two_countries_that_sign_an_intergovernmental_document_are_their_governments() -> None:
    draft = draft_of(
        "Документы подписаны в Астане\n"
        "Узбекистан и Казахстан подписали межправительственную дорожную карту по транзиту."
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
        # the guide lists no body for a head of state: the document has no named side
        "Президенты Казахстана и Узбекистана подписали договор о стратегическом партнерстве.",
        # the names in apposition say who signed, not which countries
        "Президенты Казахстана и Узбекистана, Касым-Жомарт Токаев и Шавкат Мирзиёев, "
        "подписали соглашение о трансграничных реках.",
        # a country's form («Республикой ...») before each country after «между»
        "Главы государств скрепили подписями Договор о дружбе между Республикой Узбекистан и "
        "Республикой Казахстан.",
    ],
)
def test_heads_of_state_sign_for_no_body(sentence: str) -> None:
    [memo] = draft_of("Лидеры подписали документы\n" + sentence).memoranda
    assert memo.parties == []


def test_countries_where_the_signing_took_place_give_no_governments() -> None:
    text = "Новые документы\nВ Казахстане и Узбекистане подписали меморандум о подготовке врачей."
    names = {o.name for o in draft_of(text).organizations}
    assert "Правительство Республики Узбекистан" not in names
