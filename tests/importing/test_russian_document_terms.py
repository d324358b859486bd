"""Russian documents: a term the document runs to is no signing date, and a document's other
name in brackets is the same document."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_roadmap_until_a_year_is_not_signed_in_that_year() -> None:
    draft = draft_of(
        "Павлодарская и Омская области подписали дорожную карту до 2029 года\n"
        "Акимат Павлодарской области и Правительство Омской области подписали дорожную карту "
        "по развитию приграничной торговли до 2029 года."
    )
    assert draft.memoranda
    assert all(m.signed_on != PartialDate(2029) for m in draft.memoranda)


def test_a_deadline_before_the_signing_date_leaves_the_signing_date() -> None:
    draft = draft_of(
        "Новый меморандум в Актобе\n"
        "Актюбинский региональный университет и Самарский политехнический университет "
        "15 апреля 2025 года подписали меморандум о подготовке инженеров к 2030 году."
    )
    [memo] = draft.memoranda
    assert memo.signed_on == PartialDate(2025, 4, 15)


def test_a_plan_named_again_in_brackets_is_one_document() -> None:
    draft = draft_of(
        "Области подписали план сотрудничества\n"
        "Акимат Костанайской области и Правительство Челябинской области подписали план "
        "мероприятий (дорожную карту) по развитию туризма на 2026-2027 годы."
    )
    [memo] = draft.memoranda
    assert memo.kind == "roadmap"
    assert set(memo.parties) == {
        "Акимат Костанайской области",
        "Правительство Челябинской области",
    }


def test_a_bracketed_other_name_keeps_the_document_it_carries_out() -> None:
    draft = draft_of(
        "Регионы подписали план мероприятий\n"
        "Акимат Костанайской области и Правительство Челябинской области подписали план "
        "мероприятий (дорожную карту) по реализации Соглашения о межрегиональном "
        "сотрудничестве."
    )
    titles = [m.title for m in draft.memoranda]
    assert len(titles) == 2
    assert any(t.startswith("Соглашение о межрегиональном сотрудничестве") for t in titles)
