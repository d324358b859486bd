"""English: a week told relative to the page's day ("last week", "next week") is known to its
month only when its Monday and its Sunday fall in that month; a week running from one month
into the next is known to its year."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Thursday 13 March 2031: last week ran 3-9 March
        ("The envoy toured the Aral sea region last week.", PartialDate(2031, 3, 13), "2031-03"),
        # Thursday 6 November 2031: last week ran 27 October - 2 November
        ("The envoy toured the Aral sea region last week.", PartialDate(2031, 11, 6), "2031"),
        # Monday 24 March 2031: next week runs 31 March - 6 April
        ("The envoy will tour the Aral sea region next week.", PartialDate(2031, 3, 24), "2031"),
        ("The envoy will tour the Aral sea region next week.", PartialDate(2031, 3, 10), "2031-03"),
    ],
)
def test_a_week_is_known_to_its_month_only_within_it(
    sentence: str, published: PartialDate, expected: str
) -> None:
    assert [str(d.date) for d in find_dates(sentence, published)] == [expected]
