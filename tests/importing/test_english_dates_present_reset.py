"""On an undated page, a sentence that speaks of "this year" tells a present no earlier year
names: a day told after it without a year does not borrow the year of an older event."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_day_after_this_year_does_not_take_an_old_year() -> None:
    dated = _dated(
        "Kazakh-Chilean ties grow\n\n"
        "The first Kazakh delegation visited Santiago on 3 March 1994.\n\n"
        "Since then ties have grown, and this year the two ministries opened a joint office.\n\n"
        "On 9-10 May the Chilean foreign minister paid an official visit to Astana.\n"
    )
    assert not any(d.startswith("1994-05") for d, _ in dated)


def test_a_day_right_after_its_year_keeps_it() -> None:
    dated = _dated(
        "Kazakh-Chilean ties grow\n\n"
        "The ministers met in Santiago on 3 March 2026. "
        "On 9 March the Chilean delegation visited the port of Valparaiso.\n"
    )
    assert "2026-03-09" in [d for d, _ in dated]
