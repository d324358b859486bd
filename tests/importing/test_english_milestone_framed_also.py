"""English milestones: a trip's further acts told after its dated visit or framed talks ("X will
also meet with the Speaker", "a meeting with business people is planned during the visit") are
occurrences of that trip, so they take its month; an act told without 'also' or with no visit
before stays undated."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

PAGE = (
    "Ruritanian envoy to visit Kazakhstan\n\n"
    "ASTANA, April 8, 2031. The Foreign Minister of Ruritania Lena Orm will pay an official "
    "visit to Kazakhstan on April 15-16.\n\n"
)


def _dated(text: str) -> dict[str, PartialDate | None]:
    return {m.title: m.date for m in extract(read_text(text)).milestones}


def test_a_further_meeting_of_the_traveller_takes_the_visit_month() -> None:
    found = _dated(PAGE + "Lena Orm will also meet with the Speaker of the Senate.")
    assert [d for t, d in found.items() if "Speaker" in t] == [PartialDate(2031, 4)]


def test_a_meeting_planned_during_the_visit_takes_its_month() -> None:
    found = _dated(
        PAGE + "Within the framework of the visit, the minister will hold talks with her "
        "counterpart.\n\nA meeting with the heads of Kazakh exporters is planned during the visit."
    )
    assert [d for t, d in found.items() if "exporters" in t] == [PartialDate(2031, 4)]


def test_without_a_visit_before_the_act_stays_undated() -> None:
    found = _dated(
        "Ruritanian envoy in Astana\n\nASTANA, April 8, 2031. The envoy presented a book on "
        "the steppe.\n\nLena Orm will also meet with the Speaker of the Senate."
    )
    assert all(d is None for t, d in found.items() if "Speaker" in t)


def test_a_frame_named_with_a_possessive_takes_the_visit_month() -> None:
    found = _dated(
        PAGE + "During her visit, the minister will take part in the opening ceremony of the "
        "Ruritanian trade house in Almaty."
    )
    assert [d for t, d in found.items() if "trade house" in t] == [PartialDate(2031, 4)]
