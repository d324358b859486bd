"""English memoranda: a purpose told before the first name after "with" ("an agreement with
the district council of X to build the Y Clinic") says what the document is for; the facility
named in it is no partner."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_facility_in_a_purpose_before_any_partner_is_no_side() -> None:
    text = (
        "Doha, 9 June 2024. The Al Noor Charity Fund signed an agreement with the district "
        "council of Shymkent to build the Al Noor Children's Clinic on a plot of two hectares."
    )
    memoranda = english_draft(text).memoranda
    assert all("Al Noor Children's Clinic" not in m.parties for m in memoranda)
