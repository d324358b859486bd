"""Agreements named only as what is being carried out (English): "discussed the implementation
of the agreements reached between the two leaders" and "implementing the memorandum" tell of
documents made before, background, no memorandum of the text. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_agreements_being_implemented_are_background() -> None:
    draft = english_draft(
        "Consultations in Astana\n\n"
        "ASTANA, 3 September 2026. The Ministry of Foreign Affairs of Mongolia and the Ministry "
        "of Foreign Affairs of Kazakhstan held consultations in Astana.\n\n"
        "The sides reviewed the implementation of the agreements between the Ministry of Foreign "
        "Affairs of Mongolia and the Ministry of Foreign Affairs of Kazakhstan reached in May."
    )
    assert draft.memoranda == []
