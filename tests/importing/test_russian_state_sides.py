"""Russian: a state is no side of a document; its government is, where the text names it so.

Countries named bare as signers and heads of state who sign give a document no party (the guide
lists no body for a state or its head); heads of governments and a document called
intergovernmental give the two governments."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Монголия и Казахстан подписали дорожную карту по обмену студентами.",
        "Президенты Казахстана и Монголии подписали договор о вечной дружбе.",
        "Лидеры Казахстана и Монголии, Иван Иванов и Петр Петров, подписали протокол о воде.",
        "Кроме того, Монголия и Казахстан подписали соглашение о ветеринарии.",
        "В Астане подписан договор между Монголией и Казахстаном о безвизовых поездках.",
        "Осенью Казахстан ратифицировал договор с Монголией о правовой помощи.",
    ],
)
def test_states_and_their_heads_give_a_document_no_side(sentence: str) -> None:
    draft = draft_of("Итоги переговоров\n" + sentence)
    [memo] = draft.memoranda
    assert memo.parties == []
    assert not any(o.name.startswith("Правительство") for o in draft.organizations)


def test_an_intergovernmental_document_with_one_partner_is_kazakhstans_and_the_partners() -> None:
    draft = draft_of(
        "Новости парламента\n"
        "Сенат ратифицировал межправительственное соглашение с Грузией о туризме."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Правительство Республики Казахстан", "Правительство Грузии"}
    assert "Сенат" not in memo.parties


def test_an_intergovernmental_document_between_two_countries_is_their_governments() -> None:
    draft = draft_of(
        "Подписаны документы\n"
        "В ходе визита подписано межправительственное соглашение между Арменией и Казахстаном "
        "о воздушном сообщении."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Армения",
        "Правительство Республики Казахстан",
    }


def test_a_document_called_intergovernmental_only_where_its_title_is_told() -> None:
    draft = draft_of(
        "Сенат поддержал соглашение\n"
        "Согласно подписанному в 2023 году соглашению, колледж будет работать в Таразе. "
        "Сенаторы приняли закон о ратификации межправительственного соглашения с Турцией о "
        "колледже в Таразе."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Турецкой Республики",
    }


def test_only_the_document_called_intergovernmental_is_the_governments() -> None:
    draft = draft_of(
        "Подписаны документы\n"
        "Казахстан и Армения подписали межправительственное соглашение о транзите и дорожную "
        "карту по обмену студентами."
    )
    intergovernmental, roadmap = draft.memoranda
    assert set(intergovernmental.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Республики Армения",
    }
    assert roadmap.parties == []
