"""An event a headline dates by its month and the story by its days is one milestone, on the
day, under the name the headline gives it when the story only says "the Summit"."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_the_headline_month_gives_way_to_the_story_days() -> None:
    found = _dated(
        "Almaty to host the Caspian Digital Summit in September\n"
        "Published: 2 July 2026\n\n"
        "The Summit will be held on September 15-16 under the patronage of the Ministry of "
        "Digital Development.\n"
    )
    assert len(found) == 1
    date, title = found[0]
    assert date == "2026-09-15"
    assert "Caspian Digital Summit" in title


def test_two_events_of_one_month_stay_two() -> None:
    found = _dated(
        "Almaty to host the Caspian Digital Summit in September\n"
        "Published: 2 July 2026\n\n"
        "A trade fair of Caspian exporters will be held on September 3 in Aktau.\n"
    )
    assert len(found) == 2
