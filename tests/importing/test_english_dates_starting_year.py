"""A year told as a start ("starting 2027", "starting from 2027", "effective from 2027") dates
what begins then."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan will raise wheat deliveries to Oman to 90,000 tonnes a year starting 2027.",
        "Direct flights from Shymkent to Muscat will operate starting from 2027.",
        "The new quota for Omani students will apply effective from 2027.",
    ],
)
def test_a_start_year_dates_the_milestone(sentence: str) -> None:
    dated = _dated(f"Kazakhstan and Oman\n\n{sentence}\n")
    assert [d for d, _ in dated] == ["2027"]
