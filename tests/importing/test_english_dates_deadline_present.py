"""An undated English page's present is never a deadline it names: after "by 2031", a "this
year" or a bare month is not read in 2031, while a year the story is told in still serves."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.date_roles import deadline_year
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_this_year_after_a_deadline_is_not_the_deadline_year() -> None:
    dated = _dated(
        "Kazakhstan plans new research hubs\n\n"
        "The agency intends to open nine joint laboratories with Finnish partners by 2031. "
        "This year the agency will open two laboratories in Aktau, its head said.\n"
    )
    assert [d for d, _ in dated] == ["2031"]


def test_a_year_the_story_is_told_in_still_dates_this_year() -> None:
    dated = _dated(
        "Kazakhstan plans new research hubs\n\n"
        "In March 2027 the agency signed up nine Finnish partners. "
        "This year the agency will open two laboratories in Aktau.\n"
    )
    assert [d for d, t in dated if "laboratories" in t] == ["2027"]


def test_deadline_words_before_a_year() -> None:
    assert deadline_year("to be finished by ")
    assert deadline_year("a plan for 2025-")
    assert not deadline_year("was founded in ")
