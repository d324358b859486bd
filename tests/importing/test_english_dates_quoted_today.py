""" "Today," opening a speaker's quotation told in the present ("“Today, the region faces ...”")
is the time the speaker speaks of, not the day of the event the clause names; a past act told
after it ("“Today, we opened ...”") keeps the day."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_HEAD = "Caspian ports forum announced\n12 May 2026\n\n"


def _dated(body: str) -> list[tuple[str, str]]:
    draft = extract(read_text(_HEAD + body + "\n"))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_quoted_present_today_dates_nothing() -> None:
    found = _dated(
        "Speaking about the launch of the ports forum, the minister said: “Today, the Caspian "
        "region faces a shortage of berths and of ferries.”"
    )
    assert found == []


def test_a_quoted_past_act_today_keeps_the_day() -> None:
    found = _dated(
        "At the ceremony the minister said: “Today, we opened the new ferry terminal in Kuryk.”"
    )
    assert [d for d, _ in found] == ["2026-05-12"]
