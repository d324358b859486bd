"""A country named bare as a side of an agreement is a side but no party: the corpus guide lists
only the parties a text names, and its annotators never stand a country's government in for the
country. "The governments of A and B" name two parties. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_two_countries_that_sign_leave_the_document_without_parties() -> None:
    draft = english_draft(
        "Neighbours agree\n\nASTANA, 3 March 2026. Kazakhstan and Estonia signed an agreement "
        "on digital signatures on Tuesday."
    )
    assert [m.parties for m in draft.memoranda] == [[]]
    assert not [o for o in draft.organizations if o.name.startswith("Government of")]


def test_a_country_signing_with_a_company_leaves_the_company_alone() -> None:
    draft = english_draft(
        "Port deal\n\nASTANA, 3 March 2026. The port authority reported record volumes. "
        "Kazakhstan signed an agreement with Baltic Quay Holdings on grain terminals."
    )
    assert [m.parties for m in draft.memoranda] == [["Baltic Quay Holdings"]]


def test_the_governments_the_text_names_are_the_parties() -> None:
    draft = english_draft(
        "Road haulage\n\nASTANA, 3 March 2026. The governments of Kazakhstan and Estonia signed "
        "an agreement on road haulage on Tuesday."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Government of Kazakhstan", "Government of Estonia"}
    ]


def test_a_ratified_agreement_between_countries_is_a_document_without_parties() -> None:
    draft = english_draft(
        "Ratified\n\n12 May 2026\n\nThe Senate ratified the agreement between Kazakhstan and "
        "Estonia on double taxation, signed on 4 March 2025 in Tallinn."
    )
    assert [m.parties for m in draft.memoranda] == [[]]
