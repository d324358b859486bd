"""English: a year told as a term's end ("an agreement on trade through 2031") is no day the
signing was told on, so the occasion the signing names next ("signed at a summit ... on
October 16") takes no year from it; nor does a day the sentence tells without its year."""

from __future__ import annotations

from kztracker.importing.extract.english.dates import find_dates, year_in
from tests.importing.drafting import english_draft


def test_a_year_after_through_is_a_deadline() -> None:
    found = find_dates("They adopted a plan on river transport through 2031.")
    assert [(str(d.date), d.deadline) for d in found] == [("2031", True)]
    assert year_in("A plan on river transport through 2031 was signed on 3 May.") is None


def test_a_year_of_its_own_is_no_deadline() -> None:
    found = find_dates("They adopted a plan on river transport in 2031.")
    assert [(str(d.date), d.deadline) for d in found] == [("2031", False)]


def test_a_signing_occasion_takes_no_term_end_as_its_day() -> None:
    draft = english_draft(
        "Steppe leaders sign transport pact\n\n"
        "The leaders of the Steppe Union signed nine documents, including an agreement on "
        "river transport through 2031.\n"
        "The documents were signed at a summit of the Steppe Union leaders on October 16 in the "
        "town of Shchuchinsk.\n"
    )
    assert [m.date for m in draft.milestones if m.date is not None] == []
