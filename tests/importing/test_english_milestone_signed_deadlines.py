"""English milestones: a deadline written into a signed document's subject ("an agreement on
the supply of 5,000 tons of flour to Ruritania before the end of 2025") is a milestone of that
year, while the signing stays the memorandum's date; a year that is no deadline is none."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(text: str) -> list[tuple[str, PartialDate | None, str]]:
    return [(m.title, m.date, m.status) for m in extract(read_text(text)).milestones]


def test_the_work_a_signed_agreement_sets_a_year_for_is_a_milestone() -> None:
    found = _milestones(
        "Published: 8 March 2025\n\n"
        "During the visit, documents were signed, including an agreement on the supply of "
        "5,000 tons of flour to Ruritania before the end of 2025 between the two companies."
    )
    assert ("Supply of 5,000 tons of flour to Ruritania", PartialDate(2025), "planned") in found


def test_a_year_that_is_no_deadline_makes_no_milestone() -> None:
    found = _milestones(
        "Published: 8 March 2025\n\n"
        "The companies signed an agreement on the supply of flour to Ruritania in 2025."
    )
    assert [t for t, _, _ in found if t.startswith("Supply")] == []
