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


def test_a_list_of_names_after_a_dash_leaves_the_title_to_the_event() -> None:
    draft = extract(
        read_text(
            "Published: 8 September 2015\n\n"
            "According to him, on September 11 Ruritania will hold the Conference of the "
            "Coastal States' Leaders - the Presidents of Ruritania, Freedonia and Sylvania."
        )
    )
    assert [m.title for m in draft.milestones] == ["Conference of the Coastal States' Leaders"]


def test_the_event_a_country_hosts_on_a_day_titles_it() -> None:
    draft = extract(
        read_text(
            "Published: 1 July 2022\n\n"
            "Speaking at a conference on foreign policy, the minister noted the country is "
            "getting ready to host the 7th Congress of Leaders of Coastal Religions on "
            "September 14-15."
        )
    )
    assert ("7th Congress of Leaders of Coastal Religions", PartialDate(2022, 9, 14)) in [
        (m.title, m.date) for m in draft.milestones
    ]


def test_what_was_announced_titles_the_date_inside_it() -> None:
    draft = extract(
        read_text(
            "Ruritania and Kazakhstan are set to strengthen their ties as the Ambassador of "
            "Kazakhstan announced that direct air flights between the two countries will begin "
            "in May 2023."
        )
    )
    assert [(m.title, m.date) for m in draft.milestones] == [
        ("Direct air flights between the two countries to begin", PartialDate(2023, 5))
    ]
