"""Agreements named only as background (issue 19, English): "will replace the agreement signed
by the two countries in 1998", "in line with the agreements earlier reached", "the memorandum
signed between A and B last year", "the 2019 agreement" in a text of a later year. None is a
memorandum of the text, and its day is no signing day of the text's own document. A document
signed today beside such words stays. Sentences written for the test."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _draft(text: str) -> Draft:
    return english_draft("Gas talks\n\nBAKU, 4 June 2026. " + text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed the memorandum signed between Steppe Gas Company and Caspian "
        "Power Company last year.",
        "The visit was held in line with the agreements earlier reached by the two companies.",
        "The sides reviewed previously signed agreements of Steppe Gas Company and Caspian Power "
        "Company.",
        "Steppe Gas Company and Caspian Power Company reviewed the 2019 agreement on transit.",
    ],
)
def test_a_document_named_as_background_is_no_memorandum(sentence: str) -> None:
    assert _draft(sentence).memoranda == []


def test_a_replaced_document_gives_no_signing_day() -> None:
    draft = _draft(
        "Steppe Gas Company and Caspian Power Company signed a new transit agreement. It will "
        "replace the agreement signed by the two companies in 1998."
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2026, 6, 4)]


def test_a_document_signed_today_stays() -> None:
    draft = _draft(
        "The memorandum signed today between Steppe Gas Company and Caspian Power Company "
        "covers gas transit."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Gas Company", "Caspian Power Company"}
    ]
