"""Documents listed as couples set apart by semicolons (English): "memoranda were signed between
A and B, X; C and D, Y; and E and F, Z" gives one document for each couple, a place after a
name included, not the first side with every other. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_couples_set_apart_by_semicolons_are_one_document_each() -> None:
    draft = english_draft(
        "University partners\n\n"
        "ALMATY, 5 May 2026. Memoranda were signed between Abai Kazakh National Pedagogical "
        "University and Riga Technical University, Latvia; Karaganda Medical University and "
        "Vilnius University, Lithuania; and Satbayev University and Tallinn University, Estonia."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Abai Kazakh National Pedagogical University", "Riga Technical University"],
        ["Karaganda Medical University", "Vilnius University"],
        ["Satbayev University", "Tallinn University"],
    ]
