"""English milestones: an occurrence of its own told inside an earlier dated visit ("As part of
the visit, a meeting between A and B will take place", "During the visit, A will hold talks with
B") is a milestone in that visit's month; what the visit was made of ("during the visit, the
sides will discuss ...") and a vague number of meetings are not."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

PAGE = (
    "Ruritanian premier to visit Kazakhstan\n\n"
    "ASTANA, March 12, 2024. The Prime Minister of Ruritania will pay an official visit to "
    "Kazakhstan on March 20-21, the foreign ministry said.\n\n"
)


def _milestones(text: str) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in extract(read_text(text)).milestones]


def test_a_meeting_taking_place_as_part_of_the_visit_takes_its_month() -> None:
    found = _milestones(
        PAGE + "As part of the visit, a bilateral meeting between the two premiers will take place."
    )
    assert ("Bilateral meeting between the two premiers to take place", PartialDate(2024, 3)) in (
        found
    )


def test_talks_held_during_the_visit_take_its_month() -> None:
    found = _milestones(PAGE + "During the visit, the guest will hold negotiations with the Akim.")
    assert [d for t, d in found if "negotiations" in t] == [PartialDate(2024, 3)]


def test_what_the_visit_is_made_of_is_no_event_of_its_own() -> None:
    found = _milestones(PAGE + "During the visit, the sides will discuss trade and transit.")
    assert [t for t, _ in found if "discuss" in t] == []


def test_a_number_of_meetings_is_no_one_event() -> None:
    found = _milestones(
        PAGE + "During the visit, it is planned to hold a number of meetings with the ministers."
    )
    assert [t for t, _ in found if "meetings" in t] == []


def test_the_visit_told_in_the_forum_sentence_frames_the_meeting() -> None:
    found = _milestones(
        "Deputy premier to visit Ruritania\n\n"
        "ASTANA, June 3, 2024. The deputy premier will visit Ruritania to attend the Transit "
        "Forum on June 10-11, 2024, the ministry said.\n\n"
        "As part of the visit, a meeting between the deputy premier and the Ruritanian "
        "minister will also take place."
    )
    assert [d for t, d in found if t.startswith("Meeting between")] == [PartialDate(2024, 6)]


def test_an_occurrence_told_in_addition_to_the_framed_one_takes_the_month() -> None:
    found = _milestones(
        PAGE
        + "During the visit, the guest will hold negotiations with the Akim.\n\n"
        + "The sides will discuss transit.\n\n"
        + "In addition, the guest will take part in the third meeting of the Joint Business "
        + "Council of Ruritania and Kazakhstan and the opening of a school."
    )
    assert (
        "Third meeting of the Joint Business Council of Ruritania and Kazakhstan",
        PartialDate(2024, 3),
    ) in found


def test_in_addition_without_a_framed_visit_before_dates_nothing() -> None:
    found = _milestones(
        "Ruritania news\n\nIn addition, the guest will take part in the third meeting of the "
        "Joint Business Council of Ruritania and Kazakhstan."
    )
    assert [d for _, d in found if d is not None] == []
