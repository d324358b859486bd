"""Kazakh: documents adopted at a meeting («... Жол картасы ... мақұлданды») are memoranda, one
per document joined by «және»."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_two_approved_documents_joined_by_and_are_two_memoranda() -> None:
    draft = draft_of(
        "Кездесу өтті\n"
        "Бірлескен мәлімдеме арқылы көлік саласын дамыту бойынша 2026-2028 жылдарға арналған "
        "Жол картасы және су ресурстарын басқару бойынша 2026-2028 жылдарға арналған іс-қимыл "
        "жоспары мақұлданды."
    )
    assert {m.title for m in draft.memoranda} == {"Жол картасы", "Іс-қимыл жоспары"}
    assert all(m.parties == [] for m in draft.memoranda)


def test_an_approved_draft_is_no_memorandum() -> None:
    draft = draft_of("Кездесу өтті\nҮкімет отырысында Түркия Үкіметімен келісім жобасы мақұлданды.")
    assert draft.memoranda == []


def test_central_asia_in_a_topic_tells_no_signer() -> None:
    draft = draft_of(
        "Саммит өтті\n"
        "Саммит қорытындысында Орталық Азия елдерінің көлік байланысын дамыту бойынша Жол "
        "картасы мақұлданды."
    )
    assert [m.title for m in draft.memoranda] == ["Жол картасы"]
