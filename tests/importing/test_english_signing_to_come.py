"""A document agreed on whose signing is still to come (English): "A and B agreed on an MoU on X.
The MoU will be signed soon." tells of a plan, no memorandum; a document told as signed stays one
whatever the next sentence says of its later steps. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_an_mou_agreed_on_and_to_be_signed_later_is_no_memorandum() -> None:
    draft = english_draft(
        "Copper cooperation\n\n"
        "ASTANA, 9 May 2026. The Ministry of Industry of Kazakhstan and the Ministry of Mines "
        "of Chile agreed in Santiago on an MoU on copper smelting.\n\n"
        "The MoU will be signed in the autumn, the ministries said."
    )
    assert draft.memoranda == []


def test_an_mou_signed_stays_a_memorandum() -> None:
    draft = english_draft(
        "Copper cooperation\n\n"
        "ASTANA, 9 May 2026. The Ministry of Industry of Kazakhstan and the Ministry of Mines "
        "of Chile signed in Santiago an MoU on copper smelting.\n\n"
        "A roadmap under the MoU will be signed in the autumn, the ministries said."
    )
    assert len(draft.memoranda) == 1
