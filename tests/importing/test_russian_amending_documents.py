"""Russian documents that amend or date another: «протокол о внесении изменений в соглашение
между X и Y» is X's and Y's, a document put to ratification was signed, and a date written into a
document's own title («(2001 год)», «от 3 марта 2010 года») or the day it has been in force from
dates no other signing. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _by_title(draft: Draft) -> dict[str, tuple[frozenset[str], str | None]]:
    return {
        m.title.split()[0]: (frozenset(m.parties), str(m.signed_on) if m.signed_on else None)
        for m in draft.memoranda
    }


def test_a_protocol_amending_an_agreement_has_the_agreements_sides() -> None:
    draft = draft_of(
        "Депутаты рассмотрели протокол\n"
        "Вчера в Ташкенте подписан протокол о внесении изменений в соглашение между "
        "Министерством транспорта Республики Узбекистан и Министерством транспорта Республики "
        "Казахстан о международных автомобильных перевозках от 3 марта 2010 года."
    )
    found = _by_title(draft)
    sides = frozenset(
        {
            "Министерство транспорта Республики Узбекистан",
            "Министерство транспорта Республики Казахстан",
        }
    )
    assert found["Протокол"][0] == sides
    assert found["Соглашение"] == (sides, "2010-03-03")
    assert found["Протокол"][1] != "2010-03-03"


def test_a_document_put_to_ratification_is_signed_not_planned() -> None:
    draft = draft_of(
        "Сенат рассмотрит протокол\n"
        "На следующей неделе сенаторы планируют рассмотреть проект ратификации протокола об "
        "изменении соглашения между Правительством Республики Казахстан и Правительством "
        "Монголии о воздушном сообщении."
    )
    titles = [m.title.split()[0] for m in draft.memoranda]
    assert "Протокол" in titles
    assert "Соглашение" in titles
    for memo in draft.memoranda:
        assert len(memo.parties) == 2


def test_each_earlier_treaty_keeps_the_year_in_its_own_brackets() -> None:
    draft = draft_of(
        "Парламент одобрил договор\n"
        "Новый договор дополняет подписанные ранее документы — Договор о дружбе (1994 год) и "
        "Договор о стратегическом партнерстве (2011 год)."
    )
    years = {m.title: str(m.signed_on) if m.signed_on else None for m in draft.memoranda}
    assert years.get("Договор о дружбе") == "1994"
    assert years.get("Договор о стратегическом партнерстве") == "2011"


def test_the_day_a_document_is_in_force_from_is_no_signing_day() -> None:
    draft = draft_of(
        "Мажилис обсудит протокол\n"
        "Депутаты обсудят проект ратификации протокола о внесении изменений в соглашение между "
        "Правительством Республики Казахстан и Правительством Республики Армения, действующее "
        "с 12 мая 2015 года."
    )
    assert draft.memoranda
    assert all(m.signed_on is None for m in draft.memoranda)


def test_a_which_clause_signing_dates_the_document_before_it() -> None:
    draft = draft_of(
        "Сенат одобрил договор\n"
        "Сенаторы одобрили Договор о добрососедстве между Казахстаном и Монголией, который был "
        "подписан 5 июня 2023 года в Улан-Баторе, а также Соглашение о культурном обмене "
        "(2019 год)."
    )
    years = {m.title.split()[0]: str(m.signed_on) if m.signed_on else None for m in draft.memoranda}
    assert years.get("Договор") == "2023-06-05"
    assert years.get("Соглашение") == "2019"


def test_a_parliament_that_adopts_a_document_told_before_is_no_side() -> None:
    draft = draft_of(
        "Ратифицирован договор с Таджикистаном\n"
        "Ратифицирован Договор о союзнических отношениях между Кыргызстаном и Таджикистаном. "
        "Документ был принят Жогорку Кенешем в прошлом месяце."
    )
    assert draft.memoranda
    for memo in draft.memoranda:
        assert not any("Кенеш" in p for p in memo.parties)
