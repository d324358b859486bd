"""A memorandum signed "between the two universities" (English): its sides are the two bodies the
text named before, even when one of them is written only as an acronym of no kind the rules
know, as long as one is of the kind the words name. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft


def test_the_two_universities_are_the_two_bodies_named_before() -> None:
    draft = english_draft(
        "Delegation visit\n\n"
        "KOSTANAY, 14 April 2026. The KazATU delegation headed by its rector visited Kostanay "
        "Regional University.\n\n"
        "A memorandum on joint research was then signed between the two universities "
        "at the talks."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["KazATU", "Kostanay Regional University"]
    ]
