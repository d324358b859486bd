"""English milestones: 'might' tells of what is to come as 'could' and 'would' do, so a target
told with it ("X tons might be produced starting in the year 2031") is a planned milestone."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_target_told_with_might_is_planned() -> None:
    draft = extract(
        read_text(
            "Ruritania eyes ammonia from Mangystau\n\n"
            "After talks in Aktau, the envoy said that four million tons of green ammonia might "
            "be shipped from the new port starting in the year 2031.\n"
        )
    )
    found = [(m.date, m.status) for m in draft.milestones]
    assert (PartialDate(2031), "planned") in found
