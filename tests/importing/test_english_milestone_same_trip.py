"""A second future act joined to a dated one in the same sentence ("X will attend the summit on
9 June, and will pay a state visit to Y") is part of the same trip: dated to its month."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_the_joined_visit_takes_the_trip_month() -> None:
    dated = _dated(
        "Partners of Kazakhstan\n2 June 2026\n"
        "The Emir of Qatar will attend the Astana forum on 9 June, and will pay a state visit "
        "to Kyrgyzstan.\n"
    )
    assert [d for d, t in dated if "state visit" in t] == ["2026-06"]


def test_an_act_in_another_sentence_keeps_no_date() -> None:
    dated = _dated(
        "Partners of Kazakhstan\n2 June 2026\n"
        "The Emir of Qatar will attend the Astana forum on 9 June.\n"
        "Officials say the Emir, at some point, will pay a state visit to Kyrgyzstan.\n"
    )
    assert [d for d, t in dated if "state visit" in t] == []
