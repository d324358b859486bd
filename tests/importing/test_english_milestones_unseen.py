"""English milestones on pages the rules were not written for: the occasion a document was
signed at, titles without framing asides, and a stand-in subject ("the university") that names
the organization told before it, not one named after it."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_forum_a_document_was_signed_at_is_an_event_of_the_signing_day() -> None:
    dated = _dated(
        "Plants for Kostanay\n"
        "On 14 March 2025 the region and two Turkish investors signed three memoranda at the "
        "Invest Kostanay Forum in Astana.\n"
    )
    assert ("2025-03-14", "Invest Kostanay Forum in Astana") in dated


def test_the_occasion_title_stops_before_its_date_and_its_signatories() -> None:
    dated = _dated(
        "Grid deal\n"
        "The memorandum was signed at the Caspian Energy Summit on 2 June 2026 by the grid "
        "operator and the Baku utility.\n"
    )
    assert ("2026-06-02", "Caspian Energy Summit") in dated
    assert not any("by the grid" in title for _, title in dated)


def test_a_signing_at_a_ministry_has_no_occasion() -> None:
    dated = _dated(
        "Water deal\n"
        "The memorandum was signed at the Ministry of Water Resources on 2 June 2026 by the two "
        "agencies.\n"
    )
    assert not any("Ministry" in title for _, title in dated)


def test_a_framing_aside_between_commas_leaves_the_title() -> None:
    dated = _dated(
        "Academy news\n"
        "In 2023 the academy, within the State Programme of Science, began to implement a joint "
        "course for second-year students studying in Korean.\n"
    )
    assert any(d == "2023" and title.startswith("Academy began to implement") for d, title in dated)


def test_a_stand_in_subject_is_not_replaced_by_the_partner_named_after_it() -> None:
    dated = _dated(
        "Robotics lab\n"
        "In 2026 the university, as part of its partnership with Tomsk Polytechnic University, "
        "will open a joint laboratory of robotics.\n"
    )
    titles = [title for d, title in dated if d == "2026"]
    assert titles and not any(title.startswith("Tomsk") for title in titles)


def test_a_stand_in_subject_still_takes_the_company_named_before_it() -> None:
    dated = _dated(
        "Rail plans\n"
        "Aral Freight Corporation President Daniyar Omarov said the company would open a "
        "logistics hub in Aktau in 2027.\n"
    )
    assert any(d == "2027" and title.startswith("Aral Freight Corporation") for d, title in dated)


def test_stories_listed_under_relevant_news_give_no_milestones() -> None:
    dated = _dated(
        "Ministers meet in Astana\n"
        "12 March 2025\n"
        "The foreign ministers of Kazakhstan and Oman met in Astana today. They discussed trade "
        "and transport corridors and agreed to continue the dialogue.\n"
        "relevant news\n"
        "Uzbekistan will host the water forum on 3 April\n"
        "14.03.2025, 10:20 2356\n"
        "Kazakhstan and Qatar will open a school in 2026\n"
    )
    assert ("2025-03-12", "Foreign ministers of Kazakhstan and Oman met in Astana") in dated
    assert not any(d.startswith(("2025-04", "2026")) for d, _ in dated)
