"""A credit or a link named in passing inside a story paragraph does not take the paragraph
with it; the same words on a short line of their own are still site furniture."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.extract.english.boilerplate import content_paragraphs
from kztracker.importing.read import read_text

# One long paragraph, as copied pages often give a whole story, with the picture's credit inside.
STORY = (
    "Almaty, 14 May 2025. Photo credit: press office of the akimat. The Ministry of Energy of "
    "the Republic of Kazakhstan and Norland Wind Power signed an agreement on a wind farm near "
    "the Caspian coast on Tuesday, and the two sides said that construction of the first forty "
    "turbines would begin in the autumn, that a training centre for local technicians would open "
    "next year and that the project's first power would reach the grid before the end of 2027."
)


def _kept(text: str) -> list[str]:
    return [text[span.start : span.end] for span in content_paragraphs(text)]


def test_a_story_paragraph_that_names_a_credit_in_passing_is_kept() -> None:
    text = "Wind farm agreement signed\n" + STORY + "\n"
    assert STORY in _kept(text)


def test_the_story_behind_an_inline_credit_yields_its_records() -> None:
    draft = extract(read_text("Wind farm agreement signed\n" + STORY + "\n"))
    names = [organization.name for organization in draft.organizations]
    assert "Ministry of Energy of the Republic of Kazakhstan" in names
    assert "Norland Wind Power" in names
    assert len(draft.memoranda) == 1


def test_a_credit_on_a_short_line_of_its_own_is_still_dropped() -> None:
    text = "Wind farm agreement signed\nPhoto credit: Ministry of Energy\n" + STORY + "\n"
    kept = _kept(text)
    assert "Photo credit: Ministry of Energy" not in kept
    assert STORY in kept
