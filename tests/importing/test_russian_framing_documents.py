"""Russian: a document named as the frame of what a story tells («в рамках подписанного ранее
меморандума ...») is one the story stands on, not a memorandum it reports."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    "sentence",
    [
        "В рамках подписанного ранее меморандума Омский университет и Павлодарский колледж "
        "провели летнюю школу.",
        "В рамках ранее заключенного двустороннего соглашения Омский университет и Павлодарский "
        "колледж открыли лабораторию.",
        "Согласно подписанному в 2018 году договору, Омский университет и Павлодарский колледж "
        "обмениваются преподавателями.",
    ],
)
def test_a_document_framing_the_news_is_no_memorandum(sentence: str) -> None:
    assert draft_of("Новости партнеров\n" + sentence).memoranda == []


def test_a_document_signed_on_the_storys_day_and_told_again_stays() -> None:
    draft = draft_of(
        "Новости партнеров\n"
        "В Омске подписан меморандум между Омским университетом и Павлодарским колледжем. "
        "В рамках подписанного сегодня меморандума колледж направит студентов на практику."
    )
    [memo] = draft.memoranda
    assert memo.parties
