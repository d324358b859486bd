"""What a document is about may stand between its noun and its partner (English, sentences
written for the test): a purpose of up to twelve words before "with" still leaves the partner
after it, and a body named inside that purpose is what the document is about, not a side."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _sides(draft: Draft) -> list[list[str]]:
    return sorted(sorted(m.parties) for m in draft.memoranda)


def test_a_long_purpose_before_with_still_names_the_partner() -> None:
    draft = english_draft(
        "Wind power deal\n\n"
        "On 3 May 2026 Samruk Energy JSC signed an agreement on the construction of the "
        "Turkestan Wind Farm with Siemens Energy."
    )
    assert _sides(draft) == [["Samruk Energy JSC", "Siemens Energy"]]


def test_a_body_named_in_the_purpose_is_no_side() -> None:
    draft = english_draft(
        "Nursing cooperation\n\n"
        "On 3 May 2026 the Ministry of Health and Welfare signed a memorandum on founding the "
        "Korea-Uzbekistan Nursing Training Center with the Ministry of Health of Uzbekistan."
    )
    assert _sides(draft) == [["Ministry of Health and Welfare", "Ministry of Health of Uzbekistan"]]
