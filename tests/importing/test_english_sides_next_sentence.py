"""Sides named in the sentence after a signing that names none (issue 19, English): "... was
signed on 4 May. The parties are A and B.", "... Under the memorandum, A and B will ...". A
sentence that opens "The parties are expected to ..." names no sides. Sentences written for the
test."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract


def _sides(text: str) -> list[set[str]]:
    draft = extract(
        Document("Lab ties\n\nTALLINN, 4 June 2026. " + text, "pasted text", "pasted", "en")
    )
    return [set(m.parties) for m in draft.memoranda]


def test_the_parties_are_named_after_the_signing() -> None:
    assert _sides(
        "On 3 June a memorandum of understanding was signed. The parties are the Tallinn "
        "Institute of Chemistry and Steppe Technical University."
    ) == [{"Tallinn Institute of Chemistry", "Steppe Technical University"}]


def test_the_sides_acting_under_the_document_are_its_parties() -> None:
    assert _sides(
        "A new cooperation agreement was signed on 3 June. Under the agreement, the Tallinn "
        "Institute of Chemistry and Steppe Technical University will run a joint laboratory."
    ) == [{"Tallinn Institute of Chemistry", "Steppe Technical University"}]


def test_parties_expected_to_act_name_no_sides() -> None:
    assert _sides(
        "A new cooperation agreement was signed on 3 June. The parties are expected to open a "
        "joint laboratory at Steppe Technical University."
    ) != [{"Steppe Technical University"}]
