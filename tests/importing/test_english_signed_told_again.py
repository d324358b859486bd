"""The signing day told in a sentence after the document (issue 19, English): "According to the
ministry, the agreement was signed in Riga in March 2025" after an attribution, and "the
agreement was signed in ... in March 2025, but its ratification ..." where the document, not
a decree, was signed. A decree's or law's own signing day stays no signing date of the
document. Sentences written for the test."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import english_draft

_FIRST = (
    "Transit treaty\n\nASTANA, 8 May 2026. The Senate ratified an agreement between Steppe "
    "Pipelines Company and the Latvian Gas Transmission Company on gas transit. "
)


def _dates(text: str) -> list[PartialDate | None]:
    return [m.signed_on for m in english_draft(_FIRST + text).memoranda]


def test_an_attribution_before_the_restated_signing() -> None:
    assert _dates("According to the ministry, the agreement was signed in Riga in March 2025.") == [
        PartialDate(2025, 3)
    ]


def test_the_document_signed_before_a_clause_on_its_ratification() -> None:
    assert _dates(
        "The agreement was signed in Riga in March 2025, but its ratification took a year."
    ) == [PartialDate(2025, 3)]


def test_a_decree_signed_is_not_the_document_signed() -> None:
    assert _dates(
        "The decree ratifying the agreement, signed in March 2025, was signed in May 2026."
    ) == [PartialDate(2025, 3)]
