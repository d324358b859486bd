"""English milestones on unseen pages: a target's title is the target ("the goal of sourcing
half its power from wind by 2040"), a wire credit's date dates the page, an event told before
", during which documents were signed" keeps its day, and the story's history (a since-clause,
an event decades before the page) is no milestone of it."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.english.targets import target_title
from tests.importing.drafting import draft_of


def _dated(text: str) -> list[tuple[str, str]]:
    return [(str(m.date), m.title) for m in draft_of(text).milestones if m.date is not None]


@pytest.mark.parametrize(
    ("sentence", "year", "words"),
    [
        (
            "Building the line will add to the region's goal of sourcing half its power"
            " from wind by 2040.",
            "2040",
            ("half", "power", "wind"),
        ),
        (
            "The mill will be the group's first plant abroad, which is aiming for zero"
            " emissions by 2055.",
            "2055",
            ("zero", "emissions"),
        ),
        (
            "Backed by both governments, the park will help the ministry's target of reaching"
            " 20% of power from the sun by 2031.",
            "2031",
            ("20%", "sun"),
        ),
        (
            "The strategy's main aim is that, by 2029, at least 30% of students should spend"
            " a term abroad, with more each year.",
            "2029",
            ("30%", "students", "abroad"),
        ),
        (
            "The ministers confirmed their plans to bring yearly trade up to $7 billion"
            " (€6.4 billion) by 2029.",
            "2029",
            ("trade", "$7 billion"),
        ),
    ],
)
def test_a_target_is_titled_by_what_is_to_be_reached(
    sentence: str, year: str, words: tuple[str, ...]
) -> None:
    dated = _dated(f"Partners of Kazakhstan\n17 March 2024\n{sentence}\n")
    titles = [title for date, title in dated if date == year]
    assert titles, dated
    assert all(word in titles[0] for word in words), titles
    assert "(" not in titles[0]  # a bracketed aside goes


def test_a_deadline_without_a_target_word_keeps_the_clause_title() -> None:
    sentence = "The new terminal will be built by 2027."
    assert target_title(sentence, sentence.index("by 2027"), len(sentence) - 1) is None
    assert target_title("The talks were held in 2020.", 24, 28) is None


def test_a_wire_credit_dates_the_page_and_its_weekdays() -> None:
    draft = draft_of(
        "Two presidents talk trade and transit\n"
        "TASHKENT , (Wire Point News - 14th Mar, 2024 ) :The President of Uzbekistan on"
        " Thursday held talks with his Kazakh counterpart, who arrived on a state visit to"
        " Tashkent on Wednesday.\n\nThe sides discussed transport, energy and water.\n"
    )
    assert str(draft.document.published_on) == "2024-03-14"
    dated = [(str(m.date), m.title) for m in draft.milestones if m.date is not None]
    assert any(d == "2024-03-14" and "talks" in t for d, t in dated), dated
    # the visit is the counterpart's, told in its own piece with its own day
    assert any(d == "2024-03-13" and t.startswith("Kazakh counterpart arrived") for d, t in dated)
    assert not any("Wire Point" in t or "(" in t for _, t in dated)


def test_an_agency_credit_without_a_place_dates_the_page() -> None:
    draft = draft_of(
        "Ministers meet in Astana\n"
        "(Steppe Daily / Partner Wire - 3rd June, 2021) The two ministers met in Astana"
        " today to discuss grain exports.\n\nThey agreed to meet again in the autumn.\n"
    )
    assert str(draft.document.published_on) == "2021-06-03"


def test_a_forum_during_which_documents_were_signed_keeps_its_day() -> None:
    dated = _dated(
        "Deals at the border forum\n20 June 2024\n"
        "The deputy minister attended the 2nd Border Trade Forum held on June 18 in Khorgos,"
        " during which 12 documents worth $300 million were signed.\n"
    )
    assert any(d == "2024-06-18" and "Forum" in t for d, t in dated), dated


@pytest.mark.parametrize(
    "sentence",
    [
        "She said the new office in Almaty matters, as in this city the charter of the"
        " association was adopted in 1981.",
        "He recalled that since the country declared its independence in December 1991,"
        " investment from abroad has grown to $20 billion.",
    ],
)
def test_the_story_s_history_is_no_milestone(sentence: str) -> None:
    dated = _dated(f"Partners of Kazakhstan\n17 March 2024\n{sentence}\n")
    assert not any(d.startswith(("1981", "1991")) for d, _ in dated), dated


def test_an_event_a_few_years_back_stays() -> None:
    dated = _dated(
        "Partners of Kazakhstan\n17 March 2024\n"
        "The third summit of the five presidents was held in Ashgabat in August 2021.\n"
    )
    assert any(d == "2021-08" for d, _ in dated), dated


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "The power company has drawn up a roadmap for the construction of the first"
            " heating plant this year.",
            "2024",
            "Construction of the first heating plant",
        ),
        (
            "The two universities agreed on the opening of a joint laboratory in 2026.",
            "2026",
            "Opening of a joint laboratory",
        ),
    ],
)
def test_an_event_told_as_a_noun_before_its_date_is_the_milestone(
    sentence: str, date: str, title: str
) -> None:
    dated = _dated(f"Partners of Kazakhstan\n17 March 2024\n{sentence}\n")
    assert (date, title) in dated, dated


def test_a_verb_that_governs_the_event_noun_keeps_its_title() -> None:
    sentence = "The governor launched the construction of a brick plant near Taraz on 5 March."
    dated = _dated(f"Partners of Kazakhstan\n17 March 2024\n{sentence}\n")
    assert any(d == "2024-03-05" and "launched" in t for d, t in dated), dated


def test_a_frame_after_the_subject_is_left_out_of_the_title() -> None:
    dated = _dated(
        "Partners of Kazakhstan\n17 March 2024\n"
        "In 2023 the Steppe Medical University, within its development plan and the national"
        " Leaders 2030 scheme, began to teach one group of students in English.\n"
    )
    titles = [t for d, t in dated if d == "2023"]
    assert titles and "Steppe Medical University began to teach" in titles[0], dated
    assert "Leaders" not in titles[0]


def test_a_visitor_named_before_who_is_the_title_s_subject() -> None:
    dated = _dated(
        "Leaders meet in Bishkek\n9 October 2024\n"
        "The Kyrgyz president on Wednesday held talks with his Kazakh counterpart Aibek Dosov,"
        " who arrived on a state visit to Bishkek on Tuesday.\n"
    )
    assert ("2024-10-08", "Aibek Dosov arrived on a state visit to Bishkek") in dated, dated
