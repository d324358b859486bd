"""Documents signed "between A and B, C and D, and E and F" (issue 19, English): one for each
couple, not the first side with every other. Sentences written for the test."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract


def _sides(text: str) -> set[frozenset[str]]:
    draft = extract(
        Document("Forum deals\n\nBAKU, 4 June 2026. " + text, "pasted text", "pasted", "en")
    )
    return {frozenset(m.parties) for m in draft.memoranda}


def test_each_couple_after_between_signs_its_own_document() -> None:
    assert _sides(
        "Memoranda were signed between Steppe Energy Company and Caspian Power Company, Aral "
        "Logistics Company and Baku Port Company, and Tallinn University and Astana Medical "
        "University."
    ) == {
        frozenset({"Steppe Energy Company", "Caspian Power Company"}),
        frozenset({"Aral Logistics Company", "Baku Port Company"}),
        frozenset({"Tallinn University", "Astana Medical University"}),
    }


def test_one_side_with_several_partners_is_still_one_with_each() -> None:
    assert _sides(
        "Steppe Energy Company signed agreements with Caspian Power Company, Baku Port Company "
        "and Aral Logistics Company."
    ) == {
        frozenset({"Steppe Energy Company", "Caspian Power Company"}),
        frozenset({"Steppe Energy Company", "Baku Port Company"}),
        frozenset({"Steppe Energy Company", "Aral Logistics Company"}),
    }
