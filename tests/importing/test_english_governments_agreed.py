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


def test_a_capitalized_plural_before_the_countries_is_no_organization_of_its_own() -> None:
    draft = english_draft(
        "Health talks\nSEOUL, 3 April 2024. The Ministry of Health and Welfare reached "
        "agreements with the Governments of Turkmenistan, Uzbekistan and Kazakhstan."
    )
    names = {o.name for o in draft.organizations}
    assert "Governments" not in names
    assert {"Government of Turkmenistan", "Government of Kazakhstan"} <= names
