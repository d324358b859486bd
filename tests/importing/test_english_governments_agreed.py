"""An agreement reached by two governments named by one plural (English): "the governments of A
and B have agreed to X" is an agreement stated as reached, its sides the two governments, as "the
Ministry of A and the Ministry of B agreed to X" is. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_the_governments_of_two_countries_agreeing_to_act_reach_an_agreement() -> None:
    draft = english_draft(
        "Transit talks\n\n"
        "TBILISI, 2 March 2026. At the commission's meeting the governments of Georgia and "
        "Kazakhstan have agreed to double container traffic across the Caspian Sea."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Government of Georgia", "Government of Kazakhstan"]
    ]
