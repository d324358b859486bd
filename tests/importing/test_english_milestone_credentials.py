"""English milestones: a presentation of credentials told without the verb 'presented' ("handed
over a letter of credence", "accepted credentials from the new envoys") is a dated event."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 July, the Ruritanian envoy handed over the letters of credence to the Head of State.",
        "The President accepted credentials from the new ambassador of Ruritania on 3 July.",
    ],
)
def test_a_credentials_ceremony_is_dated(sentence: str) -> None:
    draft = extract(read_text(f"New envoy in Astana\nPublished: 4 July 2031\n\n{sentence}\n"))
    assert [m.date for m in draft.milestones] == [PartialDate(2031, 7, 3)]
