"""English dates: "the coming year" is the year after the page's; a bare weekday right after a
verb of saying ("said Saturday") is the day it was said, never the coming one, and talks that
statement followed ("said Saturday after talks with B") are a milestone of that day."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.read import read_text


def test_the_coming_year_is_the_next_one() -> None:
    found = find_dates("Its launch is planned for the coming year.", PartialDate(2021, 12, 11))
    assert [d.date for d in found] == [PartialDate(2022)]


def test_said_with_a_bare_weekday_is_the_last_such_day() -> None:
    found = find_dates(
        "The sides plan to sign ten deals, the minister said Friday.", PartialDate(2024, 3, 20)
    )
    assert [d.date for d in found] == [PartialDate(2024, 3, 15)]


def test_talks_after_the_statement_are_that_days_event() -> None:
    draft = extract(
        read_text(
            "Ruritania and Kazakhstan eye new deals\n\n"
            "Published: 15 March 2024\n\n"
            "Kazakhstan and Ruritania plan to sign ten agreements, the Kazakh President said "
            "Friday after talks with his Ruritanian counterpart John Smith."
        )
    )
    assert [(m.title, m.date) for m in draft.milestones] == [
        ("Talks with his Ruritanian counterpart John Smith", PartialDate(2024, 3, 15))
    ]


def test_a_statement_day_without_talks_is_no_event() -> None:
    draft = extract(
        read_text(
            "Trade grows\n\nPublished: 15 March 2024\n\n"
            "Trade between the two countries grew, the minister said Friday at a briefing."
        )
    )
    assert draft.milestones == []


def test_by_year_end_is_the_pages_year() -> None:
    found = find_dates("The hub will be commissioned by year-end.", PartialDate(2024, 3, 12))
    assert [d.date for d in found] == [PartialDate(2024)]
