"""English dates at the head of a sentence (issue 19, fifth pass, a kind seen on pages the
rules were never tuned on): "In October last year, ..." keeps its month, as "in October last
year" inside a sentence does; a date without a year told as done ("was held on 22 October",
said in September) is last year's (seventh pass). Every sentence here is written for these
tests."""

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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # something done on a month after the text's own: last year's
        ("The first forum was held on 22 October in Astana.", PartialDate(2024, 10, 22)),
        ("The roadmap signed on 3 November sets out joint projects.", PartialDate(2024, 11, 3)),
        ("The two rectors met in December in Lindholm.", PartialDate(2024, 12)),
        # done earlier in the text's own year stays there
        ("The first forum was held on 2 March in Astana.", PartialDate(2025, 3, 2)),
        # still to come: the coming one, as before
        ("The next forum will be held on 22 October in Riga.", PartialDate(2025, 10, 22)),
        ("The roadmap is to be signed on 3 November.", PartialDate(2025, 11, 3)),
    ],
)
def test_a_date_told_as_done_is_never_a_coming_one(sentence: str, expected: PartialDate) -> None:
    assert [d.date for d in find_dates(sentence, _SEPTEMBER, None)] == [expected]
