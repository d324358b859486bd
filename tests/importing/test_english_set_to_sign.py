"""A signing told as still to come by "are set to", "are due to", "are scheduled to" (issue 19,
English): a plan, so no memorandum is made of it. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    "lead",
    [
        "Ghana and Kazakhstan are set to sign",
        "Ghana and Kazakhstan were set to sign",
        "Ghana and Kazakhstan are due to sign",
        "Ghana and Kazakhstan are scheduled to sign",
        "Ghana and Kazakhstan are poised to sign",
    ],
)
def test_a_signing_still_to_come_is_no_memorandum(lead: str) -> None:
    draft = english_draft(
        "Mining ties\n\n"
        f"ACCRA, 4 May 2026. {lead} a memorandum on mining and geology, officials of the two "
        "countries said during a visit of a Kazakh delegation."
    )
    assert draft.memoranda == []


def test_a_headline_set_to_sign_is_no_memorandum() -> None:
    draft = english_draft(
        "Ghana, Kazakhstan set to sign memorandum on mining\n\n"
        "ACCRA, 4 May 2026. A Kazakh delegation arrived in Accra for talks on geology."
    )
    assert draft.memoranda == []


def test_a_signing_done_is_still_one() -> None:
    draft = english_draft(
        "Mining ties\n\n"
        "ACCRA, 4 May 2026. The Ghana Minerals Commission and the Kazakh Geological Survey signed "
        "a memorandum on mining and geology, setting up a joint working group."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ghana Minerals Commission", "Kazakh Geological Survey"}
    ]
