"""English events named inside another event's sentence (issue 19, third pass): a forum written
with a lower-case noun, a frame such as "during" or "within", and a visit still to come. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft = extract(read_text("Regional news\n\n" + text))
    return sorted((str(m.date), m.title) for m in draft.milestones if m.date)


def test_a_forum_framing_a_signing_is_an_event_of_its_own() -> None:
    dated = _dated(
        "12 March 2026\n\nFive memorandums worth 40 billion tenge were signed during the "
        "Invest Turkestan-2026 forum on March 12."
    )
    assert ("2026-03-12", "Invest Turkestan-2026 forum") in dated


def test_an_upcoming_visit_framing_a_plan_is_a_planned_event() -> None:
    draft = extract(
        read_text(
            "Plant news\n\n2 February 2026\n\nThe new line will be shown within the framework "
            "of the upcoming visit of the Prime Minister to Kostanay this June."
        )
    )
    visits = [m for m in draft.milestones if m.title.startswith("Upcoming visit")]
    assert [(str(m.date), m.status) for m in visits] == [("2026-06", "planned")]


def test_a_figure_is_no_event() -> None:
    assert (
        _dated("9 March 2026\n\nTrade between the two countries amounted to $412 million in 2025.")
        == []
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers also discussed preparations for the Kazakhstan-Oman Business Council, "
        "scheduled for May 14 of the current year in Muscat.",
        "An additional agenda item was the strategic preparation of the Kazakhstan-Oman "
        "Business Council, scheduled for May 14 of the current year in Muscat.",
    ],
)
def test_a_named_event_a_clause_schedules_is_in_its_title(sentence: str) -> None:
    dated = _dated("9 March 2026\n\n" + sentence)
    assert [date for date, _ in dated] == ["2026-05-14"]
    assert "Kazakhstan-Oman Business Council" in dated[0][1]


def test_a_law_ratifying_an_agreement_is_an_event_and_the_visit_of_its_signing_too() -> None:
    dated = _dated(
        "27 November 2025\n\nThe President on Thursday signed the law ratifying the agreement "
        "between Kazakhstan and Oman on air services. The agreement was signed on 3 March "
        "2024 in Muscat as part of the Kazakh President's state visit to Oman."
    )
    assert [date for date, _ in dated] == ["2024-03-03", "2025-11-27"]
    assert "ratifying" in dated[1][1] and "visit" in dated[0][1].casefold()


def test_a_date_stamp_the_site_prints_in_russian_dates_the_english_page() -> None:
    draft = extract(
        read_text(
            "Clinic news\n\nClinic news\n\n14 март 2024, Четверг\n\nToday the Saryarka Heart "
            "Clinic opened a new cardiac rehabilitation ward."
        )
    )
    assert str(draft.document.published_on) == "2024-03-14"
