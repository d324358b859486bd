"""English milestones told with event words beyond the title stage's list: an inauguration, an
unveiling, a start that "commenced" or "kicked off", a part taken or an arrival, each dated."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "The governor inaugurated a grain terminal of the Turkish investor on 2 March.",
            "2024-03-02",
        ),
        ("A monument to the poet was unveiled in Ankara in late February.", "2024-02"),
        ("Drilling at the joint field commenced on 11 March 2024.", "2024-03-11"),
        ("The Kazakh-Polish business week kicked off in Warsaw on 12 March.", "2024-03-12"),
        (
            "The rector took part in a forum of Asian universities in Seoul on 5 March.",
            "2024-03-05",
        ),
        ("The Hungarian delegation arrived in Astana on 15 March.", "2024-03-15"),
    ],
)
def test_an_event_told_in_other_words_is_dated(sentence: str, date: str) -> None:
    dated = _dated(f"Partners of Kazakhstan\n17 March 2024\n{sentence}\n")
    assert any(d == date for d, _ in dated)
