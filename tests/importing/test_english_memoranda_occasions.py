"""English memoranda: a body named only inside a fronted occasion phrase ("as part of the
session of X, a memorandum was signed") hosts the signing; it is no side of the document."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_body_in_fronted_occasion_is_no_side() -> None:
    text = (
        "Astana, 3 March 2025. The Ministry of Energy of Kazakhstan and Hanseatic Power Systems "
        "discussed wind projects. On Monday, as part of the session of the Energy Council, "
        "a memorandum on turbine maintenance was signed by the two sides."
    )
    memoranda = english_draft(text).memoranda
    assert memoranda
    assert all("Energy Council" not in m.parties for m in memoranda)


def test_signing_side_after_the_occasion_keeps_its_place() -> None:
    text = (
        "Astana, 3 March 2025. During the session of the Energy Council, the Ministry of Energy "
        "of Kazakhstan signed a memorandum with Hanseatic Power Systems."
    )
    memoranda = english_draft(text).memoranda
    assert [sorted(m.parties) for m in memoranda] == [
        ["Hanseatic Power Systems", "Ministry of Energy of Kazakhstan"]
    ]
