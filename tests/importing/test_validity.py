"""A memorandum's stated term becomes its end date, in each language, and only when stated."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _memoranda(text: str) -> Draft:
    draft = extract(read_text(text))
    assert draft.memoranda, "the test text must yield a memorandum"
    return draft


@pytest.mark.parametrize(
    ("text", "until"),
    [
        (
            "Published: 12 May 2025\n\nThe Karaganda Medical University and the Graz Institute "
            "of Nursing signed a memorandum of understanding on 10 May 2025. The memorandum was "
            "signed for five years and covers joint courses for nurses.",
            PartialDate(2030, 5, 10),
        ),
        (
            "Опубликовано 3 марта 2026 года.\n\nМинистерство здравоохранения Республики "
            "Казахстан и Университет Тарту подписали меморандум о сотрудничестве сроком на 3 "
            "года. Стороны проведут совместные летние школы для врачей.",
            PartialDate(2029, 3, 3),
        ),
        (
            "2026 жылғы 3 наурыз\n\nҚазақстан Республикасы Денсаулық сақтау министрлігі мен "
            "Тарту университеті бес жылға ынтымақтастық туралы меморандумға қол қойды. Тараптар "
            "дәрігерлерге арналған жазғы мектептер өткізеді.",
            PartialDate(2031, 3, 3),
        ),
    ],
    ids=["en", "ru", "kk"],
)
def test_a_stated_term_counts_from_the_signing_or_the_publication_day(
    text: str, until: PartialDate
) -> None:
    draft = _memoranda(text)
    assert [m.valid_until for m in draft.memoranda] == [until]


def test_no_term_stated_leaves_no_end_date() -> None:
    draft = _memoranda(
        "Published: 12 May 2025\n\nThe Karaganda Medical University and the Graz Institute of "
        "Nursing signed a memorandum of understanding. The partners have worked together for "
        "a decade on nursing courses."
    )
    assert [m.valid_until for m in draft.memoranda] == [None]


def test_a_year_the_document_runs_until_is_its_end() -> None:
    draft = _memoranda(
        "Published: 12 May 2025\n\nThe Karaganda Medical University and the Graz Institute of "
        "Nursing signed a memorandum of understanding, which is valid until 2028."
    )
    assert [m.valid_until for m in draft.memoranda] == [PartialDate(2028)]
