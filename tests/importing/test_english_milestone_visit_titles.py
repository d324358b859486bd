"""A visit whose date closes a clause that tells of something else ("discussed the results of X's
state visit to Y in May 2025") is the dated event, titled as the visit."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.milestone_naming import visit_before
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_possessed_visit_before_its_date_titles_the_milestone() -> None:
    dated = _dated(
        "Kazakh and Mongolian deputy ministers meet\n\n"
        "The deputy ministers reviewed the roadmap adopted after Mongolian Prime Minister "
        "Luvsan Batbold’s official visit to Kazakhstan in May 2025, the ministry said.\n"
    )
    title = "Official visit of Mongolian Prime Minister Luvsan Batbold to Kazakhstan"
    assert ("2025-05", title) in dated


@pytest.mark.parametrize(
    ("piece", "title"),
    [
        (
            "The talks followed up on the working visit of the Georgian delegation to Aktobe in ",
            "Working visit of the Georgian delegation to Aktobe",
        ),
        ("They recalled Hana Novak's visit to Prague on ", "Visit of Hana Novak to Prague"),
    ],
)
def test_visit_named_before_the_date(piece: str, title: str) -> None:
    assert visit_before(piece, len(piece)) == title


def test_a_visit_paid_is_told_by_its_clause() -> None:
    piece = "The minister paid an official visit to Kazakhstan in "
    assert visit_before(piece, len(piece)) is None


def test_a_visit_framing_the_clause_with_its_year_titles_the_milestone() -> None:
    dated = _dated(
        "Kazakh and Chilean ministers meet\n\n"
        "During Chilean President Ana Rojas's visit to Kazakhstan in 2024, the two countries "
        "decided to open direct flights.\n"
    )
    assert ("2024", "Visit of Chilean President Ana Rojas to Kazakhstan") in dated
