"""A document the sides only agreed to write (issue 19, English): "agreed to prepare a roadmap",
"agreed to draft an agreement" tell of a plan, so no memorandum is made of them, as with
"agreed to sign". Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize("verb", ["prepare", "draft", "develop", "work out", "finalize"])
def test_a_document_agreed_to_be_written_is_no_memorandum(verb: str) -> None:
    draft = english_draft(
        "Grain corridor\n\n"
        f"ASTANA, 9 May 2026. Steppe Rail Company and Baltic Rail Company agreed to {verb} a "
        "roadmap on grain shipments by the end of the year."
    )
    assert draft.memoranda == []
