"""A document whose worth stands between its noun and "with" (issue 19, English): "signed a
contract worth KZT 12.5 bln with X", "agreements valued at $300 million with X": X is still
its partner. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    "worth",
    [
        "worth KZT 12.5 bln",
        "worth about $300 million",
        "valued at €1,250,000",
        "worth 40 billion tenge",
    ],
)
def test_the_partner_after_an_amount_is_a_side(worth: str) -> None:
    draft = english_draft(
        "Freight deal\n\n"
        f"ASTANA, 5 May 2026. Qazaq Rail signed a contract {worth} with Danube Freight for "
        "new wagons."
    )
    assert [set(m.parties) for m in draft.memoranda] == [{"Qazaq Rail", "Danube Freight"}]
