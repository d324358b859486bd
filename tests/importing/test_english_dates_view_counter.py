"""English: a page's stamp line that also shows how often the post was read ("PR DESK
2031-05-03 Views. 4,210", "DESK 3 May 2031 Hits: 97") still dates the page, and a day written
without a year below it ("on the 12th of April") takes the stamp's year."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.datelines import dateline
from tests.importing.drafting import english_draft

_TITLE = "Steppe observatory joins a Danish network\n\n"
_BODY = "\n\nThe academy met the Danish institute in Astana to plan joint telescope time.\n"


@pytest.mark.parametrize(
    "stamp",
    ["PR DESK 2031-05-03 Views. 4,210", "DESK 3 May 2031 Hits: 97", "KZ DESK 03.05.2031 Reads 12"],
)
def test_a_stamp_beside_a_view_counter_dates_the_page(stamp: str) -> None:
    found = dateline(_TITLE + stamp + _BODY)
    assert found is not None and found[0] == PartialDate(2031, 5, 3)


def test_a_line_of_words_beside_a_date_is_no_stamp() -> None:
    assert dateline(_TITLE + "Team reviews the plan 03.05.2031 with 12 guests" + _BODY) is None


def test_a_day_without_its_year_takes_the_counted_stamps_year() -> None:
    draft = english_draft(
        _TITLE
        + "PR DESK 2031-05-03 Views. 4,210\n\n"
        + "On the 12th of April, the Kazakh Academy of Sciences and the Danish Space "
        "Institute held a joint conference in Astana."
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2031, 4, 12)]
