"""English planned events whose title is only names and function words after its verb (issue
19, fifth pass): "agreed to hold the Days of Mongolian Culture in Kazakhstan next year" is a
planned milestone, as "will be held" is. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


@pytest.mark.parametrize(
    "text",
    [
        "The parties agreed to hold the Days of Mongolian Culture in Kazakhstan next year.",
        "The Days of Mongolian Culture will be held in Kazakhstan next year.",
    ],
)
def test_the_days_of_culture_next_year_are_planned(text: str) -> None:
    draft = extract(read_text("Partnership news\n date 2025-09-10 \n" + text))
    found = [(m.date, m.status) for m in draft.milestones if "Culture" in m.title]
    assert found == [(PartialDate(2026), "planned")]
