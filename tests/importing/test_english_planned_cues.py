"""Documents still to come, told without a future verb (issue 19, English): "a possible
memorandum between A and B", "an agreement between A and B is under consideration", "the
signing of a contract between A and B is scheduled for June": plans, so no memorandum. A
signing told as done beside such words stays one. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegations exchanged views on a possible memorandum between Steppe Rail Company "
        "and Baltic Rail Company.",
        "An agreement between Steppe Rail Company and Baltic Rail Company is under consideration.",
        "The signing of a contract between Steppe Rail Company and Baltic Rail Company is "
        "scheduled for June.",
    ],
)
def test_a_document_still_to_come_is_no_memorandum(sentence: str) -> None:
    draft = english_draft(f"Rail talks\n\nRIGA, 9 May 2026. {sentence}")
    assert draft.memoranda == []


def test_a_signed_document_for_scheduled_services_stays() -> None:
    draft = english_draft(
        "Rail deal\n\nRIGA, 9 May 2026. Steppe Rail Company and Baltic Rail Company signed a "
        "contract on trains that are scheduled for launch in June."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Rail Company", "Baltic Rail Company"}
    ]
