"""English milestones: a past event a speaker recalls ("he warmly recalled his working visit
to Kazakhstan in September 2017" on a page of 2019) is background, not one of the page's
events; the page's own meeting stays. A year that is the clause's subject ("This year will be
quite eventful") is the time told of, no event."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_recalled_visit_of_an_earlier_year_is_background() -> None:
    draft = extract(
        read_text(
            "Published: 30 July 2019\n\n"
            "On July 29, 2019, the Kazakh ambassador met the Ruritanian minister of education.\n\n"
            "The minister warmly recalled his working visit to Kazakhstan in September 2017, "
            "during which he toured two universities."
        )
    )
    dates = [m.date for m in draft.milestones]
    assert PartialDate(2017, 9) not in dates
    assert PartialDate(2019, 7, 29) in dates


def test_a_year_told_of_as_the_subject_is_no_event() -> None:
    draft = extract(
        read_text(
            "Published: 1 July 2022\n\n"
            "This year will be quite eventful for Ruritanian diplomacy, the minister said.\n\n"
            "The country will host a summit of coastal states on September 14-15."
        )
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2022, 9, 14)]
