"""English dates at the head of a sentence (issue 19, fifth pass, a kind seen on pages the
rules were never tuned on): "In October last year, ..." keeps its month, as "in October last
year" inside a sentence does. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates

_SEPTEMBER = PartialDate(2025, 9, 10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In October last year, the governor met the ambassadors.", PartialDate(2024, 10)),
        ("The governor met the ambassadors in October last year.", PartialDate(2024, 10)),
        ("Last March the sides opened a joint laboratory.", PartialDate(2025, 3)),
        ("By November the plant will be running.", PartialDate(2025, 11)),
    ],
)
def test_a_month_opening_a_sentence_is_read(sentence: str, expected: PartialDate) -> None:
    assert [d.date for d in find_dates(sentence, _SEPTEMBER, None)] == [expected]


def test_may_as_a_verb_is_no_date() -> None:
    assert find_dates("May the partnership grow stronger.", _SEPTEMBER, None) == []
