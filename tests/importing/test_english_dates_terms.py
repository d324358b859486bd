"""English dates: a span of years before a document's name ("the 2019-2021 Joint Action Plan")
is the document's term, no event's date, and lends no year to a day told without one ("signed
November 9" on a page of October 2019 is last November's)."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.read import read_text


def test_a_terms_year_lends_no_year_to_a_bare_day() -> None:
    found = find_dates(
        "They implement the 2019-2021 Joint Action Plan signed November 9 in Petropavlovsk.",
        PartialDate(2019, 10, 9),
    )
    assert [d.date for d in found][-1] == PartialDate(2018, 11, 9)


def test_a_year_after_a_name_and_dash_is_still_the_sentences() -> None:
    found = find_dates("The Aktobe Invest-2017 forum was held on 12 October.", None)
    assert PartialDate(2017, 10, 12) in [d.date for d in found]


def test_a_documents_term_is_no_milestone() -> None:
    draft = extract(
        read_text(
            "Published: 9 October 2019\n\n"
            "The minister said both sides aim at the implementation of the 2019-2021 Joint "
            "Action Plan of the two ministries."
        )
    )
    assert draft.milestones == []
