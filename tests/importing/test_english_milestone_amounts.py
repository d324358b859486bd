"""Amounts committed are milestones (the corpus guide): money allocated, earmarked, pledged,
disbursed or committed in a year is dated to it; a figure reached ("trade reached $3 billion in
2023") stays a statistic."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[str]:
    draft: Draft = extract(read_text(text))
    return [str(m.date) for m in draft.milestones if m.date is not None]


def _page(sentence: str) -> str:
    return f"Partners of Kazakhstan\n8 June 2026\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025, the Korean agency allocated $12 million to the irrigation project.",
        "In 2025, the Nordic fund earmarked EUR 30 million for Kazakh wind farms.",
        "In 2025, the Gulf investors pledged $2 billion to the new port.",
        "In 2025, the bank committed $400 million to the railway corridor.",
    ],
)
def test_an_amount_committed_in_a_year_is_dated(sentence: str) -> None:
    assert _dated(_page(sentence)) == ["2025"]


def test_a_figure_reached_is_no_milestone() -> None:
    assert _dated(_page("Trade between the two countries reached $3 billion in 2025.")) == []
