"""English milestone titles that name the event plainly where the page tells it otherwise: the
subject after its verb ("at the university arrived a delegation"), a participation in a named
event, and a capitalized season that begins a name ("the Spring Meetings") rather than a date."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_an_arrival_told_verb_first_is_titled_as_the_arrival() -> None:
    dated = _dated(
        "Guests from Estonia\n\nAstana, 20 May 2025\n"
        "By the invitation of the rector, on May 17, 2025 at the university arrived a "
        "delegation from the Tallinn University (Estonia).\n"
    )
    assert dated == [
        (
            "2025-05-17",
            "Arrival of a delegation from the Tallinn University (Estonia) at the university",
        )
    ]


def test_a_participation_is_titled_by_the_event_not_by_who_took_part() -> None:
    dated = _dated(
        "Finance ministry abroad\n\nAstana, 5 May 2025\n"
        "Vice Minister of Finance Aidar Bekov participated in the Spring Meetings of the "
        "International Monetary Fund (IMF) and the World Bank (WB) held from April 22 to 24, "
        "2025, in Washington.\n"
    )
    assert dated == [
        (
            "2025-04-22",
            "Participation in the Spring Meetings of the International Monetary Fund (IMF) "
            "and the World Bank (WB)",
        )
    ]


def test_a_lower_case_season_is_still_a_date() -> None:
    dated = _dated(
        "Games in Harbin\n\nAstana, 3 March 2025\n"
        "The delegation will visit the Asian Winter Games in Harbin in the winter.\n"
    )
    assert [d for d, _ in dated] == ["2025"]


def test_a_stamp_run_onto_the_title_dates_the_page_and_its_lead() -> None:
    dated = _dated(
        "Kazakh leader opens new plants24/12/2018\n\n"
        "The nationwide telebridge 'Made in Kazakhstan' is taking place in Astana with the "
        "Head of State.\n"
    )
    assert [d for d, _ in dated] == ["2018-12-24"]


def test_a_planned_act_on_an_antecedent_is_titled_by_the_act() -> None:
    dated = _dated(
        "A centre for Astana\n\nAstana, 23 September 2014\n"
        "The agreement provides for a science centre in Astana. "
        "The centre, which the partners are planning to open next year, will host pupils.\n"
    )
    assert dated == [("2015", "Opening of the centre")]


def test_a_pointer_subject_gives_the_title_to_the_phrase_the_date_closes() -> None:
    dated = _dated(
        "Airline sale\n\nAstana, 5 May 2023\n"
        "The meeting covered the sale plan. This involves a review of the terms and "
        "planning the competitive sale of Steppe Air in 2024.\n"
    )
    assert dated == [("2024", "Competitive sale of Steppe Air")]


def test_a_bare_work_noun_takes_the_object_the_text_gave_it() -> None:
    dated = _dated(
        "New clinic\n\nAstana, 2 March 2021\n"
        "The region and a Turkish holding agreed on the construction of a 300-bed children's "
        "clinic in Shymkent. Construction is expected to complete by 2023.\n"
    )
    assert ("2023", "Completion of the construction of a 300-bed children's clinic") in dated
