"""Two dated steps told with one subject ("The terminal is to be built in 2027 and be opened in
2028", "The scheme will start in 2026 and will run until 2031"): the second step is titled with
that subject, not with a bare verb."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def _page(sentence: str) -> str:
    return f"Partners of Kazakhstan\n3 February 2026\n{sentence}\n"


def test_a_second_step_after_and_keeps_the_subject() -> None:
    dated = _dated(
        _page("The grain terminal in Aktau is to be built in 2027 and be opened in 2028.")
    )
    assert ("2028", "Grain terminal in Aktau to be opened") in dated


def test_a_second_step_after_a_clause_break_keeps_the_subject() -> None:
    dated = _dated(
        _page("The Turkish-Kazakh scholarship scheme will start in 2026 and will run until 2031.")
    )
    assert [t for d, t in dated if d == "2031"] == ["Turkish-Kazakh scholarship scheme to run"]


def test_a_second_subject_is_its_own() -> None:
    dated = _dated(_page("The first line opens in 2027 and the second line in 2029."))
    assert all(not t.startswith("First line") for d, t in dated if d == "2029")
