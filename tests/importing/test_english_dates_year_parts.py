"""A part of the page's year told without its number ("in the second half of the year", "at the
beginning of the year", "scheduled for autumn") dates an event to that year."""

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
        "A visit of the Qatari Emir to Astana is planned for the second half of the year.",
        "The third meeting of the Kazakh-Omani working group is scheduled for autumn.",
        "The Korean clinic in Shymkent will open at the beginning of the year.",
    ],
)
def test_a_part_of_the_year_dates_the_event(sentence: str) -> None:
    dated = _dated(f"Partners of Kazakhstan\n10 January 2027\n{sentence}\n")
    assert [d for d, _ in dated] == ["2027"]


def test_a_budget_for_the_year_is_no_date() -> None:
    dated = _dated(
        "Partners of Kazakhstan\n10 January 2027\nThe budget for the year was approved.\n"
    )
    assert dated == []
