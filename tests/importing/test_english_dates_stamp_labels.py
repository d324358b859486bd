"""English: a page's stamp line of short labels between separators, one holding a date
("05/04/2031 | News release | Sent by the desk on 05/03/2031 09:40"), is the page's stamp,
not an event told on that date; a line whose pieces are sentences stays text."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.datelines import stamp_only
from tests.importing.drafting import english_draft


@pytest.mark.parametrize(
    "line",
    [
        "News release | Sent by the desk on 05/03/2031 09:40",
        "Economy • 3 May 2031 • Posted by desk",
    ],
)
def test_a_line_of_labels_with_a_date_is_a_stamp(line: str) -> None:
    assert stamp_only(line)


def test_a_line_of_sentences_with_a_date_is_no_stamp() -> None:
    assert not stamp_only(
        "The ministers met in Astana on 3 May 2031 to discuss trade | They agreed on a plan."
    )


def test_a_stamp_line_at_the_head_is_no_milestone() -> None:
    draft = english_draft(
        "Kazakhstan buys Ruritanian trams\n"
        "05/04/2031 | News release | Sent by the desk on 05/03/2031 09:40\n"
        "Astana, Kazakhstan\n"
        "In March 2030, Ruritania Tram Works opened a service centre in Almaty.\n"
    )
    assert [(m.date, m.title) for m in draft.milestones] == [
        (PartialDate(2030, 3), "Ruritania Tram Works opened a service centre in Almaty")
    ]
