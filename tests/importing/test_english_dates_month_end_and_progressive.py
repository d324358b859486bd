"""A dated page's "at the end of the month" / "by the end of this month" is that month (as "by
the end of the year" is its year), and a visit told in the progressive ("a delegation is visiting
Aktau this week", "the minister is paying a visit to Ruritania") is an event of its own."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(sentence: str) -> list[PartialDate | None]:
    text = f"Ruritania and Kazakhstan\nPublished: 14 October 2031\n\n{sentence}\n"
    return [m.date for m in extract(read_text(text)).milestones]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ruritanian trade mission will arrive in Aktau at the end of the month.",
        "The customs protocol is to be approved by the end of this month.",
    ],
)
def test_the_end_of_the_month_is_the_page_month(sentence: str) -> None:
    assert _dated(sentence) == [PartialDate(2031, 10)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Ruritanian business delegation is visiting Aktau this week.",
        "The Kazakh minister of trade is paying a working visit to Ruritania this week.",
    ],
)
def test_a_visit_told_in_the_progressive_is_dated(sentence: str) -> None:
    assert _dated(sentence) == [PartialDate(2031, 10)]
