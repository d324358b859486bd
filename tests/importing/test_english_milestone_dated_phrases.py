"""A date that closes an event's noun phrase inside a clause that tells something else (a remark,
thanks) titles that event; a date inside a bracketed aside with its own event titles the aside."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.dated_phrases import bracket_around, event_before_date
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def _page(body: str) -> str:
    return f"Kazakh and Georgian experts compare notes\n\n9 October 2025\n\n{body}\n"


def test_a_meeting_held_before_its_date_titles_the_milestone() -> None:
    dated = _dated(
        _page(
            "The expert stressed that closer ties are needed, adding that the quadrilateral "
            "meeting of Georgia, Armenia, Kazakhstan and Turkmenistan held on 2 September in "
            "Tbilisi set a useful precedent."
        )
    )
    titles = [t for d, t in dated if d == "2025-09-02"]
    assert titles and titles[0].startswith("Quadrilateral meeting of Georgia")


def test_taking_part_in_a_conference_titles_the_conference() -> None:
    dated = _dated(
        _page(
            "The director thanked his colleagues for taking part in the forum of young "
            "diplomats of the Caspian states in Aktau in August."
        )
    )
    assert any(d == "2025-08" and t.startswith("Forum of young diplomats") for d, t in dated)


def test_a_title_opening_with_the_event_stays() -> None:
    piece = "The forum of Caspian states was held in Aktau on "
    assert event_before_date(piece, len(piece), "Forum of Caspian states held in Aktau") is None


def test_a_bracket_with_its_own_event() -> None:
    piece = (
        "The sides agreed on more freight "
        "(shipments of 2 million tons of grain via Poti in 2026 were agreed)."
    )
    at = piece.index("in 2026")
    start, end = bracket_around(piece, at) or (0, 0)
    assert piece[start:end].startswith("shipments of 2 million tons")
    assert bracket_around("The forum (held on 5 May) gathered 300 people.", 17) is None


def test_a_title_holding_the_whole_phrase_stays() -> None:
    piece = "The ministries agreed to hold a joint exhibition of felt carpets in Aktobe in "
    title = "Hold a joint exhibition of felt carpets in Aktobe"
    assert event_before_date(piece, len(piece), title) is None
