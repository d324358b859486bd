"""A side told only by a country's possessive and a common noun (English): "agreements between
X and Kazakhstan's state broadcaster" name one side, X; the other is left unnamed, and the
text's speaking side is not made it. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_possessive_common_noun_side_is_left_unnamed() -> None:
    draft = english_draft(
        "Media cooperation\n\n"
        "BAKU, 8 April 2026. Prime Minister of Azerbaijan Ali Asadov met the Kazakh delegation "
        "at the Government of Azerbaijan.\n\n"
        "They also signed news exchange agreements between Azertac and Kazakhstan's national "
        "broadcaster."
    )
    assert [m.parties for m in draft.memoranda] == [["Azertac"]]
