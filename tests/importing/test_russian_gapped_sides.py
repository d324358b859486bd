"""Russian: «X и Y подписали меморандум, а A и B – договор о ...»: the verb left out after «, а»,
each document has the bodies of its own part of the sentence as its sides."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_the_bodies_after_a_and_before_the_dash_sign_the_second_document() -> None:
    draft = draft_of(
        "Итоги форума\n"
        "Карагандинский университет и Томский университет подписали меморандум, а "
        "Павлодарский колледж и Омский колледж – договор о практике студентов."
    )
    first, second = draft.memoranda
    assert set(first.parties) == {"Карагандинский университет", "Томский университет"}
    assert set(second.parties) == {"Павлодарский колледж", "Омский колледж"}


def test_documents_signed_by_the_same_bodies_keep_them_all() -> None:
    draft = draft_of(
        "Итоги форума\n"
        "Карагандинский университет и Томский университет подписали меморандум и договор о "
        "практике студентов."
    )
    for memo in draft.memoranda:
        assert set(memo.parties) == {"Карагандинский университет", "Томский университет"}
