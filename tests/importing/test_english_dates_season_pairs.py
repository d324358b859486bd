"""Two seasons joined by a slash or a dash before a year ("during the spring/summer of 2031",
"in the autumn-winter 2030") are one part of that year: the event takes that year, not the
page's year that the first season alone would give."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


@pytest.mark.parametrize(
    "phrase",
    [
        "during the spring/summer of 2031",
        "in the autumn-winter 2031",
        "in the summer / autumn of 2031",
    ],
)
def test_a_pair_of_seasons_dates_the_event_to_its_year(phrase: str) -> None:
    dated = _dated(
        "Air links of Kazakhstan\n3 November 2030\n"
        f"A direct route from Aktobe to Ruritania will be opened {phrase}, the airline said.\n"
    )
    assert [d for d, _ in dated] == ["2031"]
