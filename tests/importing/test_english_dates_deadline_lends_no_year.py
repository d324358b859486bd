"""A deadline's year ("by late 2032", "until 2040") is no year for a day the same sentence tells
without one ("..., the minister said at a briefing on June 20"): on a page with no date of its
own that day stays without a year, so no milestone is dated to the deadline's June."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.date_roles import deadline_year
from kztracker.importing.extract.english.dates import year_in
from kztracker.importing.read import read_text


def test_a_deadline_year_is_not_the_sentence_year() -> None:
    assert year_in("The line will open by late 2032, the minister said on June 20.") is None
    assert year_in("The talks held on June 20, 2031 set a target until 2040.") == 2031


def test_early_mid_and_late_make_a_deadline() -> None:
    assert deadline_year("the plant will be built by late ")
    assert deadline_year("exports will double by mid-")


def test_no_milestone_takes_the_deadline_june() -> None:
    draft = extract(
        read_text(
            "Ruritania rail link\n\n"
            "The Ruritanian rail link to Kazakhstan will open by late 2032, the transport "
            "minister said at a briefing with the press on June 20.\n"
        )
    )
    assert [m.date for m in draft.milestones if m.date and m.date.month] == []
    assert PartialDate(2032) in [m.date for m in draft.milestones]
