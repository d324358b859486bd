"""Diplomatic wording of events: a minister who "received" an ambassador or a delegation held a
meeting, and a foundation stone "of the X was laid" is an event even with its object between."""

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
            "The Minister of Energy received the newly appointed Ambassador of Chile on 9 June.",
            "2026-06-09",
        ),
        (
            "The governor of Pavlodar region received a delegation from Gdansk on 2 June.",
            "2026-06-02",
        ),
        (
            "The foundation stone of the Polish-Kazakh glass factory was laid on 1 June.",
            "2026-06-01",
        ),
    ],
)
def test_the_wording_tells_a_dated_event(sentence: str, date: str) -> None:
    dated = _dated(f"Partners of Kazakhstan\n12 June 2026\n{sentence}\n")
    assert [d for d, _ in dated] == [date]


def test_a_received_grant_is_no_meeting() -> None:
    dated = _dated("Partners of Kazakhstan\n12 June 2026\nThe institute received funding in May.\n")
    assert dated == []
