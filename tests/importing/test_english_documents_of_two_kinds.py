"""Two documents of the same sides (English): a roadmap introduced as a new document ("signed a
roadmap") after an agreement of the same two sides is a document of its own, not a second
mention of the agreement; a definite "the agreement" after a roadmap still names the roadmap
again. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft

_SIDES = (
    "the Ministry of Water Resources of Kazakhstan and the Ministry of Water Resources of "
    "Uzbekistan"
)


def test_a_roadmap_signed_after_an_agreement_of_the_same_sides_is_another_document() -> None:
    draft = english_draft(
        "Water cooperation\n\n"
        f"ASTANA, 3 June 2026. {_SIDES[0].upper()}{_SIDES[1:]} signed an agreement on shared "
        "water use.\n\n"
        f"In the afternoon {_SIDES} signed a roadmap on irrigation canals."
    )
    assert sorted(m.kind for m in draft.memoranda) == ["agreement", "roadmap"]


def test_the_agreement_told_after_a_roadmap_is_the_roadmap_again() -> None:
    draft = english_draft(
        "Water cooperation\n\n"
        f"ASTANA, 3 June 2026. {_SIDES[0].upper()}{_SIDES[1:]} signed a roadmap on irrigation "
        "canals.\n\n"
        f"The agreement between {_SIDES} was signed by the two ministers."
    )
    assert len(draft.memoranda) == 1
