"""Extraction of focus areas and milestones: what counts as a field or an event, and titles
that read as headlines."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def _names(items: list) -> list[str]:
    return [item.name for item in items]


AREAS = """Ministry and Uppsala University sign memorandum

The Ministry of Health of the Republic of Kazakhstan and Uppsala University signed a \
memorandum of understanding, opening a new stage of cooperation in science, research and \
innovation. The first pillar of the partnership is the use of genomic evidence and genomic \
data. The parties also agreed to cooperate in the area of rural telemedicine, including joint \
projects in broadband, mobile clinics and remote monitoring. Another priority is the \
Healthy Schools Initiative in Kazakhstan. Swedish experts will help the ministry modernise \
rural clinics and expand cancer screening.
"""


def test_focus_areas_drop_generic_words_and_elaborations_and_keep_halves_together() -> None:
    names = _names(draft_of(AREAS).focus_areas)
    assert "Genomic evidence and genomic data" in names  # one field, not two
    assert "Rural telemedicine" in names
    assert "Healthy Schools Initiative" in names  # a programme's own name, without the place
    assert {"Rural clinics", "Cancer screening"} <= set(names)  # what experts help to do
    for generic in ("Science", "Research", "Innovation", "Broadband", "Mobile clinics"):
        assert generic not in names


UNDATED = """University hospital progress report

The Kazakh Medical University and Charité signed an agreement. Efforts are underway to \
obtain accreditation from the Joint Commission International, one of the oldest hospital \
accreditors. These partners are training 300 nurses, updating the curricula, and opening \
12 simulation centres. A joint board meeting of the Kazakh Medical University and Charité \
was held at the university campus. Regional banks have EUR 40 million already committed by \
the European Investment Bank to the project. The Minister of Health visited the newly opened \
Almaty Simulation Centre of the Kazakh Medical University.
"""


def test_undated_events_plans_work_in_progress_and_money_are_milestones() -> None:
    events = {m.title: m for m in draft_of(UNDATED).milestones}
    plan = events["Obtain accreditation from the Joint Commission International"]
    assert (plan.status, plan.date) == ("planned", None)
    assert events["Training 300 nurses"].status == "in_progress"
    assert events["Opening 12 simulation centres"].status == "in_progress"
    assert "Updating the curricula" not in events  # no number: too vague to track
    assert (
        events["EUR 40 million committed by the European Investment Bank to the project"].status
        == "done"
    )
    held = [m for title, m in events.items() if "held" in title]
    assert len(held) == 1 and held[0].status == "done"
    assert "Charité" in held[0].organizations
    opened = events["Almaty Simulation Centre of the Kazakh Medical University opened"]
    assert opened.status == "done"
    assert any(t.startswith("The Minister of Health visited") for t in events)


TITLES = """Steppe Rail and Nordwerk plan a depot

Published: 3 March 2026

A delegation of Steppe Rail led by Chairman Arman Kulov, including its regional directors, \
visited the Nordwerk plant in Kassel on 2 March 2026, KazRailNews.kz reports. Nordwerk \
President Tobias Brandt said the company would also open a repair depot in Kostanay in \
June 2026. In line with the new national transport strategy, the year 2027 has been officially \
declared the Year of Railway Workers in Kazakhstan. The first 20 shunting locomotives will be \
assembled at the Kostanay depot by the end of 2027, according to the ministry. Engineers from \
both companies will meet in Kostanay in April 2026 to review the designs of the depot, the \
tracks, the signalling and the maintenance halls that the two sides have been discussing \
since the first contacts between the two sides several years ago.
"""


def _titles_by_date() -> dict[PartialDate | None, str]:
    return {m.date: m.title for m in draft_of(TITLES).milestones}


def test_milestone_titles_drop_attribution_and_who_led_a_delegation() -> None:
    title = _titles_by_date()[PartialDate(2026, 3, 2)]
    assert title.startswith("Delegation of Steppe Rail visited the Nordwerk plant")
    assert "reports" not in title and "KazRailNews" not in title
    assert "led by" not in title and "…" not in title
    assert not any("according to" in m.title for m in draft_of(TITLES).milestones)


def test_milestone_titles_keep_a_subject_and_lose_auxiliary_verbs() -> None:
    titles = _titles_by_date()
    assert titles[PartialDate(2026, 6)] == "Nordwerk to open a repair depot in Kostanay"
    every = [m.title for m in draft_of(TITLES).milestones]
    declared = [t for t in every if "Year of Railway Workers" in t]
    assert declared == ["2027 declared the Year of Railway Workers in Kazakhstan"]
    assert any(t.startswith("First 20 shunting locomotives to be assembled") for t in every)
    for title in every:
        assert title.split()[0].casefold() not in {"has", "have", "was", "were", "will", "would"}


def test_long_milestone_titles_end_at_a_clause_boundary() -> None:
    title = _titles_by_date()[PartialDate(2026, 4)]
    assert title.startswith("Engineers from both companies to meet in Kostanay")
    assert len(title.split()) <= 14
    assert not title.endswith("…")
    assert title.split()[-1].casefold() not in {"the", "of", "in", "to", "and", "a"}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "It has also been decided that the next meeting of the council will be held in "
            "Tashkent in spring 2027.",
            "Next meeting of the council to be held in Tashkent",
        ),
        (
            "Earlier, on 12 March 2025, the ministry and the bank opened a regional office in "
            "Aktobe, as reported by Zakon.kz.",
            "Ministry and the bank opened a regional office in Aktobe",
        ),
        (
            "The parties noted that by 2028 at least 1,000 teachers will have completed the "
            "retraining course.",
            "At least 1,000 teachers to have completed the retraining course",
        ),
        (
            "A round table on green finance was held at the Astana International Financial "
            "Centre on 3 June 2025.",
            "Round table on green finance held at the Astana International Financial Centre",
        ),
    ],
)
def test_milestone_titles_read_as_headlines(sentence: str, title: str) -> None:
    draft = draft_of(f"Published: 5 May 2026\n\nNews\n\n{sentence}")
    assert [m.title for m in draft.milestones] == [title]


@pytest.mark.parametrize(
    "stamp", ["Posted on 12/03/2025", "2025-03-12T10:45:00+05:00", "Published: 12-03-2025"]
)
def test_publication_dates_in_more_stamps_resolve_today(stamp: str) -> None:
    draft = draft_of(
        f"University news\n{stamp}\n\nToday, the Steppe University and Fjell College held a "
        "joint seminar."
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2025, 3, 12)]


def test_a_weekday_in_a_sentence_about_what_is_to_come_is_the_coming_one() -> None:
    draft = draft_of(
        "University news\n12 March 2025\n\nThe Steppe University will host the congress on "
        "Friday. On Monday, the Steppe University held a seminar."
    )
    assert [(m.date, m.status) for m in draft.milestones] == [
        (PartialDate(2025, 3, 14), "planned"),
        (PartialDate(2025, 3, 10), "done"),
    ]


def test_an_event_held_on_the_sidelines_of_a_visit_told_before_takes_its_day() -> None:
    draft = draft_of(
        "Visit news\n12 March 2025\n\nOn 5 March, Prime Minister of Georgia Irakli Kobakhidze "
        "arrived in Astana on an official visit. During the visit, the sides discussed "
        "transport. The Steppe business forum was held on the sidelines of the visit."
    )
    assert [m.date for m in draft.milestones] == [PartialDate(2025, 3, 5)] * 2
    assert "forum" in draft.milestones[1].title


def test_the_headline_event_told_again_in_the_lead_is_one_milestone() -> None:
    draft = draft_of(
        "12 March 2025: Steppe University delegation visited Fjell College\n"
        "On 12 March 2025, a delegation from Steppe University visited Fjell College.\n"
        "During the visit, a meeting was held with the college's leadership."
    )
    assert [(m.date, "meeting" in m.title.casefold()) for m in draft.milestones] == [
        (PartialDate(2025, 3, 12), False),
        (PartialDate(2025, 3, 12), True),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "The Steppe University and Fjell College signed a memorandum of cooperation. The "
        "signing ceremony took place on 5 March in Astana.",
        "The signing of the memorandum between the Steppe University and Fjell College took "
        "place on 5 March in Astana.",
    ],
)
def test_a_signing_told_as_an_event_is_the_memorandums_date_only(told: str) -> None:
    draft = draft_of(f"University news\n12 March 2025\n\n{told}")
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2025, 3, 5)]
    assert draft.milestones == []


def test_a_datelines_leftovers_are_no_milestone_nor_swallow_the_event() -> None:
    draft = draft_of(
        "Ministers meet\n date 2023-08-17 MONGOLIA, August 17 - On August 17, 2023, the Foreign "
        "Minister of Mongolia Batbayar Dorj met with the Foreign Minister of Georgia Ilia "
        "Darchiashvili."
    )
    assert [(m.date, "met" in m.title) for m in draft.milestones] == [
        (PartialDate(2023, 8, 17), True)
    ]
