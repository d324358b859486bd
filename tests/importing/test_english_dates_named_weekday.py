"""A weekday written right before the day it names ("on Thursday 29 June 2031", "on Tuesday,
3 December 2030") is part of that day, never a day counted from the page's stamp, which may be
read wrong or be later; and a delegation being received ("had the honour of receiving a
delegation") is an event."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.read import read_text


def test_the_written_day_wins_over_the_weekday() -> None:
    found = find_dates("The talks were held on Thursday 29 June 2031.", PartialDate(2031, 5, 7))
    assert [d.date for d in found] == [PartialDate(2031, 6, 29)]


def test_a_delegation_being_received_is_dated() -> None:
    draft = extract(
        read_text(
            "Ruritanian clinic welcomes Kazakh guests\n\n07/05/2031\n\n"
            "The Rurik City Heart Clinic had the honour of receiving a delegation of the "
            "Ministry of Health of Kazakhstan on Thursday 29 June 2031.\n"
        )
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2031, 6, 29)]
