"""English milestone titles: when the subject is a name so long that the title is cut before
its verb and tells nothing, the event's own noun phrase titles the milestone."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_long_subject_leaves_the_title_to_the_events_noun_phrase() -> None:
    draft = extract(
        read_text(
            "On May 14, 2025, the Institute of Economy of the Committee of Science of the "
            "Ministry of Science and Higher Education of the Republic of Ruritania together "
            "with Ruritania State University is holding an international scientific conference "
            "«Water Security in Central Asia»."
        )
    )
    assert [(m.title, m.date) for m in draft.milestones] == [
        (
            "International scientific conference «Water Security in Central Asia»",
            PartialDate(2025, 5, 14),
        )
    ]
