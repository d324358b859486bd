"""English milestones: the meeting or the visit a signing was made at, told right after it
("During the meeting, the sides discussed ...", "During their official visit to Ruritania, the
delegates toured ..."), is an event of its own: the meeting on the signing's day, titled by the
signing's sides, the visit in the signing's month; not when the text already told of it, nor
far from the signing."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

SIGNED = (
    "Published: 5 May 2024\n\n"
    "On May 3, 2024, the Ruritanian University and the Kazakh Medical Centre signed a "
    "memorandum of cooperation.\n\n"
)


def _milestones(text: str) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in extract(read_text(text)).milestones]


def test_the_meeting_after_a_signing_is_on_its_day() -> None:
    found = _milestones(SIGNED + "During the meeting, the sides discussed student exchanges.")
    assert found == [
        ("Meeting of Ruritanian University and Kazakh Medical Centre", PartialDate(2024, 5, 3))
    ]


def test_the_visit_after_a_signing_is_in_its_month() -> None:
    found = _milestones(
        SIGNED + "During their official visit to Ruritania, the delegates toured two museums."
    )
    assert ("Official visit to Ruritania", PartialDate(2024, 5)) in found


def test_a_meeting_already_told_is_not_told_again() -> None:
    found = _milestones(
        "Published: 5 May 2024\n\n"
        "On May 3, 2024, the rector met the Ruritanian ambassador, and the Ruritanian University "
        "and the Kazakh Medical Centre signed a memorandum.\n\n"
        "During the meeting, the sides discussed student exchanges."
    )
    assert [t for t, _ in found if t.startswith("Meeting of")] == []


def test_a_meeting_far_from_the_signing_is_not_its_occasion() -> None:
    found = _milestones(
        SIGNED
        + "The centre opened a new wing. It treats children. It trains nurses.\n\n"
        + "During the meeting, the sides discussed student exchanges."
    )
    assert [t for t, _ in found if t.startswith("Meeting of")] == []
