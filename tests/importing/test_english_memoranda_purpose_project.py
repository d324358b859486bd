"""English memoranda: a project named after a signed document in the same clause ("a loan
agreement with A for the B Bridge Project") is what the document is for, not a second
document whose sides are every body named before it."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_project_after_an_agreement_is_its_purpose() -> None:
    text = (
        "Tokyo, 4 May 2024. On Friday the Nordic Investment Fund signed a credit agreement with "
        "the government of Kazakhstan for up to 40 million euros for the ELU Grain Terminal "
        "Project. The route was chosen by the Eurasian Logistics Union (ELU), which groups "
        "rail operators."
    )
    memoranda = english_draft(text).memoranda
    assert [sorted(m.parties) for m in memoranda] == [
        ["Government of Kazakhstan", "Nordic Investment Fund"]
    ]
