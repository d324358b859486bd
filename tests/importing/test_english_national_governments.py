"""A nation's government written in lower case (issue 19): "signed ... with the Kazakh
government" makes the Government of Kazakhstan a side, and "the British government will ..."
an actor; "the efforts of the Korean government" or "the commitment of the Kazakhstan
government to expand ..." name no partner. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_government_signed_with_is_a_side() -> None:
    draft = english_draft(
        "Power deal\n\n"
        "The Steppe Energy Agency said it has signed a memorandum with the Kazakh government "
        "on new power plants."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Energy Agency", "Government of Kazakhstan"}
    ]


def test_a_government_that_acts_is_an_organization() -> None:
    draft = english_draft(
        "Aid pledged\n\nThe Mongolian government approved a grant for two schools."
    )
    assert {o.name for o in draft.organizations} == {"Government of Mongolia"}


def test_a_government_only_mentioned_is_not() -> None:
    draft = english_draft(
        "Solar plans\n\n"
        "The plan follows the efforts of the Korean government. The commitment of the "
        "Kazakhstan government to expand solar power is clear."
    )
    assert {o.name for o in draft.organizations} == set()


def test_a_government_owned_company_is_no_government() -> None:
    draft = english_draft(
        "Uranium deal\n\n"
        "Steppe Fuels and the Kazakh government-owned Caspian Uranium Holding signed a "
        "memorandum of cooperation on uranium supplies."
    )
    assert "Government of Kazakhstan" not in {o.name for o in draft.organizations}
