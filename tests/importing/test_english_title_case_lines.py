"""A line in title case capitalizes every longer word, so its runs of capitals are no evidence of
a name: an organization only such lines give, which the body never spells, is left out, while
one the body names stays. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_a_name_only_a_title_case_line_gives_is_no_organization() -> None:
    draft = english_draft(
        "Ruritanian ODA Loan Signed With Kazakhstan\n\n"
        "TOKYO, 3 April 2024. The Ruritanian Development Agency signed a loan agreement with the "
        "Government of Kazakhstan."
    )
    names = {o.name for o in draft.organizations}
    assert "ODA Loan" not in names and "Ruritanian ODA Loan" not in names
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Government of Kazakhstan", "Ruritanian Development Agency"]
    ]


def test_a_name_the_body_spells_too_stays() -> None:
    draft = english_draft(
        "Acme University Signs Memorandum With Kazakh National University\n\n"
        "ASTANA, 3 April 2024. Acme University signed a memorandum with the Kazakh National "
        "University."
    )
    assert {"Acme University", "Kazakh National University"} <= {
        o.name for o in draft.organizations
    }


def test_a_sentence_in_prose_is_no_title_case_line() -> None:
    draft = english_draft(
        "Partners meet\n\nASTANA, 3 April 2024. Officials of the Eastern Mining Company "
        "discussed supplies.\nThe talks went well."
    )
    assert "Eastern Mining Company" in {o.name for o in draft.organizations}
