"""English: on a page with no date stamp, a signing told without a day of its own ("The meeting
ended with the signing of a memorandum") is on the day the sentences before tell of, as on a
dated page; the page's missing stamp is no reason to leave it undated."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import english_draft


def test_an_undated_pages_signing_takes_the_day_told_before() -> None:
    draft = english_draft(
        "Steppe University widens its ties with Ruritania\n"
        "On July 24, 2031, a delegation of the Ruritanian Institute of Mining visited Steppe "
        "University in Karaganda.\n"
        "At the working meeting, the guests and the hosts discussed joint research on mine "
        "safety and student exchanges.\n"
        "The meeting ended with the signing of a Memorandum of Understanding between Steppe "
        "University and the Ruritanian Institute of Mining.\n"
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2031, 7, 24)]
