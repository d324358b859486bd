"""English milestones: a foundation stone laid is an event ("On Sept. 16, a foundation stone
was laid for the new plant"), and so is a first flight ("The first direct flight from Astana to
X took off today"), dated against the page's own date."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_foundation_stone_laid_is_a_dated_milestone() -> None:
    draft = extract(
        read_text(
            "Published: 18 September 2025\n\n"
            "On Sept. 16, a foundation stone was laid for the new Ruritanian brewery in the "
            "Almaty Region."
        )
    )
    assert [(m.date, m.status) for m in draft.milestones] == [(PartialDate(2025, 9, 16), "done")]


def test_the_governor_laid_the_first_stone() -> None:
    draft = extract(
        read_text(
            "Published: 18 September 2025\n\n"
            "On September 12, the governor laid the first stone of a Ruritanian school."
        )
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2025, 9, 12)]


def test_a_first_flight_that_took_off_today_is_a_milestone() -> None:
    draft = extract(
        read_text(
            "Astana, 3 March 2025 – The first direct flight from Astana to Ruritania took off "
            "today."
        )
    )
    assert [(m.date, m.status) for m in draft.milestones] == [(PartialDate(2025, 3, 3), "done")]


def test_a_decree_signed_on_the_datelines_day_is_a_milestone() -> None:
    draft = extract(
        read_text(
            "Ruritania adopts space programme\n\n"
            "28 January 2005 -- The Ruritanian President has signed a decree on developing the "
            "country's space sector."
        )
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2005, 1, 28)]
