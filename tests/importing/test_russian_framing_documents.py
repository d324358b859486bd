"""Russian: a document named as the frame of what a story tells («в рамках подписанного ранее
меморандума ...») is one the story stands on, not a memorandum it reports."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    return extract(read_text(text))


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
    assert _draft("Новости партнеров\n" + sentence).memoranda == []


def test_a_document_signed_on_the_storys_day_and_told_again_stays() -> None:
    draft = _draft(
        "Новости партнеров\n"
        "В Омске подписан меморандум между Омским университетом и Павлодарским колледжем. "
        "В рамках подписанного сегодня меморандума колледж направит студентов на практику."
    )
    [memo] = draft.memoranda
    assert memo.parties
