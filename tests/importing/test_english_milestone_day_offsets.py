"""A day told by its distance from the event told just before ("The next day, the delegation
toured the port", "the guests had arrived in Almaty the day before") is that event's day moved
by one; "the day after the forum" names another event and is left alone, and an event known
only to the month lends no day."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

HEAD = "Ruritanian guests in Kazakhstan\nPublished: 20 May 2031\n\n"


def _dated(text: str) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in extract(read_text(HEAD + text)).milestones]


def test_the_next_day_follows_the_dated_event() -> None:
    found = _dated(
        "The Ruritanian trade mission held talks with the akim of Mangystau on 14 May.\n\n"
        "The next day, the mission toured the seaport of Kuryk.\n"
    )
    assert [d for t, d in found if "seaport" in t] == [PartialDate(2031, 5, 15)]


def test_the_day_before_precedes_it() -> None:
    found = _dated(
        "The Ruritanian trade mission held talks with the akim of Mangystau on 14 May.\n\n"
        "The mission had arrived in Aktau the day before.\n"
    )
    assert [d for t, d in found if "arrived" in t] == [PartialDate(2031, 5, 13)]


def test_a_month_lends_no_day() -> None:
    found = _dated(
        "The Ruritanian trade mission held talks with the akim of Mangystau in May.\n\n"
        "The next day, the mission toured the seaport of Kuryk.\n"
    )
    assert all(d is None or d.day is None for t, d in found if "seaport" in t)
