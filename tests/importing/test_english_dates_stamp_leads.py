"""More ways a page's head states its date: a lead word followed by 'on'/'at' and a colon ("Last
updated on: 4 June 2031"), a time before the date ("Updated 09:40 AM, 4 June 2031"), and a byline
opening with a verb and closing with 'on' ("Written by the desk on 4 June 2031",
"by A. Writer on June 4, 2031")."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.datelines import dateline

BODY = "Ruritania opens a trade house in Almaty\n{stamp}\n\nThe trade house opened on Friday.\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "Last updated on: 4 June 2031",
        "Updated 09:40 AM, 4 June 2031",
        "Published at 09:40, 4 June 2031",
        "Written by the Trade Desk on 4 June 2031.",
        "by Dana Orm on June 4, 2031",
    ],
)
def test_the_stamp_dates_the_page(stamp: str) -> None:
    found = dateline(BODY.format(stamp=stamp))
    assert found is not None and found[0] == PartialDate(2031, 6, 4)


def test_a_deadline_opening_a_sentence_is_no_byline() -> None:
    assert dateline("Trade house news\n\nBy 1 June 2031, the trade house will open.\n") is None
