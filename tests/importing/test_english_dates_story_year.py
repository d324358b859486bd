"""An undated English page's own year, found from its text alone: what is history on it (a done
event ten or more years before) does not depend on the day the page is read, and a deadline
("by 2060") or a range's end does not make the page look younger than it is."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.date_roles import story_year
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_history_is_measured_from_the_story_year_even_after_today() -> None:
    # Years after today's: a clock-bound reading would find no page year and keep 2030.
    dated = _dated(
        "Kazakh and Omani universities meet\n\n"
        "The rectors of the two universities met in Muscat in March 2042. "
        "The universities held their first joint conference in 2030.\n"
    )
    assert [d for d, _ in dated] == ["2042-03"]


def test_a_deadline_does_not_move_the_story_year() -> None:
    dated = _dated(
        "Kazakh and Omani universities meet\n\n"
        "The rectors of the two universities met in Muscat in March 2016. "
        "The universities held their first joint conference in 2005. "
        "The partners aim to train 500 engineers by 2040.\n"
    )
    assert sorted(d for d, _ in dated) == ["2016-03", "2040"]


def test_story_year_skips_deadlines_ranges_and_future_clauses() -> None:
    text = (
        "The ministers met in May 2016 and set a goal of carbon neutrality by 2060. "
        "A plan for 2025-2030 was adopted. The next forum will be held in 2028."
    )
    assert story_year(text) == 2016
    assert story_year("No year is named here.") is None
