"""A head dateline closed by an outlet's name and a colon ("Oslo, 3 May 2026, The Fjord Herald:")
dates the page and its lead; consultations or negotiations that "were conducted" are the lead's
event, told on the dateline's day."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.datelines import dateline
from kztracker.importing.read import read_text

_PAGE = (
    "Kazakh and Norwegian diplomats compare notes\n\n"
    "Oslo, May 3, 2026, The Fjord Herald: According to the Embassy of Kazakhstan in Norway, "
    "political consultations between the foreign ministries of the two countries were "
    "conducted in Oslo.\n\n"
    "The delegations reviewed the schedule of bilateral contacts for the year.\n"
)


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_the_outlet_after_the_date_is_part_of_the_dateline() -> None:
    found = dateline(_PAGE)
    assert found is not None
    day, _, end = found
    assert str(day) == "2026-05-03"
    assert _PAGE[end:].lstrip().startswith("According to")


def test_consultations_conducted_in_the_lead_are_the_dateline_day_event() -> None:
    dated = _dated(_PAGE)
    assert [d for d, t in dated if "consultations" in t.casefold()] == ["2026-05-03"]


def test_negotiations_with_their_own_day() -> None:
    dated = _dated(
        "Kazakh and Norwegian diplomats compare notes\n\n"
        "Negotiations on a double taxation treaty resumed in Astana on 14 April 2026.\n"
    )
    assert any(d == "2026-04-14" for d, _ in dated)
