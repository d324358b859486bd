"""English milestones: the event a story reports in its lead, told with no date of its own, takes
the day of the page's own stamp or dateline (the corpus guide: relative and missing days resolve
against the text's own date stamp); an opening that already tells the event keeps it once."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str | None, str]]:
    draft = extract(read_text(text))
    return [(str(m.date) if m.date else None, m.title) for m in draft.milestones]


def test_a_date_and_a_wire_dateline_before_the_lead_date_its_event() -> None:
    dated = _dated(
        "Trade between Kazakhstan and Oman is growing\n"
        " date 2024-05-14 ASTANA. KAZINFORM The Kazakh-Omani Investment Forum kicked off in "
        "Astana. Ministers of both countries are taking part in it.\n"
    )
    assert ("2024-05-14", "The Kazakh-Omani Investment Forum kicked off in Astana") in dated


def test_a_stamp_above_a_wire_dateline_dates_the_lead() -> None:
    dated = _dated(
        "Projects agreed in Pavlodar region\n"
        "14 May 2024, 10:15\n\n"
        "ASTANA. KAZINFORM – The Governor of Pavlodar region held talks with the chairman "
        "of KazMunayGas in the capital, the agency reports.\n"
    )
    assert [d for d, _ in dated] == ["2024-05-14"]


def test_the_meeting_after_an_opening_told_on_the_pages_day_takes_that_day() -> None:
    dated = _dated(
        "Tuesday, March 12, 2024\n\n"
        "Kazakh and Mongolian leaders talk energy\n\n"
        "The presidents of Kazakhstan and Mongolia announced on Tuesday that a joint power "
        "line would be studied by experts.\n\n"
        "The two presidents met to discuss the line at the Ak Orda, the agency reports.\n"
    )
    assert ("2024-03-12", "Two presidents met to discuss the line at the Ak Orda") in dated


def test_an_opening_that_tells_the_meeting_is_not_told_twice() -> None:
    dated = _dated(
        "Kazakh and Mongolian premiers meet\n\n"
        "On 12 March 2024, the Prime Minister of Kazakhstan met the Prime Minister of "
        "Mongolia in Ulaanbaatar. At the meeting, the heads of government discussed "
        "transit and energy.\n"
    )
    assert [d for d, _ in dated] == ["2024-03-12"]


def test_a_sentence_later_in_the_story_takes_no_date_from_the_stamp() -> None:
    dated = _dated(
        "Kazakh and Mongolian premiers meet\n"
        "12 March 2024\n\n"
        "The premiers of the two countries spoke about transit. Trade grew last year. "
        "Exports of grain rose sharply. Later the delegations visited a plant.\n"
    )
    assert all(d is None for d, _ in dated)
