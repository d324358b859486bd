"""A count of days, weeks or months ahead of a dated page ("will meet in two weeks", "is expected
to arrive in three days", "will start in a month's time") dates a planned event; the same words
after a past verb are a duration ("was assembled in two weeks"), no date."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(sentence: str) -> list[PartialDate | None]:
    text = f"Ruritania and Kazakhstan\nPublished: 20 May 2031\n\n{sentence}\n"
    return [m.date for m in extract(read_text(text)).milestones]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The customs working group will meet in Aktau in two weeks.", PartialDate(2031, 6)),
        (
            "The Ruritanian envoy is expected to arrive in Almaty in three days.",
            PartialDate(2031, 5, 23),
        ),
        ("Direct cargo trains will start running in a month's time.", PartialDate(2031, 6)),
    ],
)
def test_a_count_ahead_dates_the_plan(sentence: str, date: PartialDate) -> None:
    assert _dated(sentence) == [date]


def test_a_duration_in_the_past_is_no_date() -> None:
    assert all(
        d is None or d.month is None
        for d in _dated("The Ruritanian pavilion was assembled in two weeks by local workers.")
    )
