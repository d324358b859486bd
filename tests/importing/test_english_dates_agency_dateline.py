"""A wire dateline with the agency in brackets ("Aktau, June 3 (Steppe Wire) --") and a
"Release time:" stamp are the page's date lines, not events of their own."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.datelines import stamp_only, wire_prefix_end
from kztracker.importing.read import read_text


def test_place_day_and_agency_are_a_wire_prefix() -> None:
    for lead in (
        "Aktau, June 3 (Steppe Wire) -- The port",
        "AKTAU, 3 June (Steppe Wire): The port",
    ):
        assert lead[wire_prefix_end(lead) :] == "The port"
    assert wire_prefix_end("Aktau, Kazakhstan is a port") == 0


def test_a_release_time_line_is_a_stamp() -> None:
    assert stamp_only("Release time:Jun 03, 2026 10:15 AM")


def test_neither_line_becomes_a_milestone() -> None:
    draft: Draft = extract(
        read_text(
            "Kazakhstan awaits the Omani delegation\n\n"
            "Release time:Jun 03, 2026 10:15 AM\n\n"
            "Aktau, June 3 (Steppe Wire) -- Kazakhstan awaits the Omani delegation at the port "
            "forum next week.\n"
        )
    )
    titles = [m.title for m in draft.milestones]
    assert not any("Release" in t or "Steppe Wire" in t for t in titles)
