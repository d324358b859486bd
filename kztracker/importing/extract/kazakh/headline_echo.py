"""The headline's echo of the story: a meeting the headline names undated and the body tells
again is one milestone, and every milestone's title opens with a capital."""

from __future__ import annotations

from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.kazakh.event_words import events
from kztracker.importing.extract.kazakh.lexicon import data


def as_headline(milestone: DraftMilestone) -> DraftMilestone:
    """A title cut from the middle of a sentence («театрлар құрылысы») opens with a capital, as
    the titles the user writes and the other languages' do."""
    milestone.title = upper_first(milestone.title)
    return milestone


def without_headline_echo(
    found: list[DraftMilestone], headline_events: dict[int, str]
) -> list[DraftMilestone]:
    """The headline's undated meeting is the one the story tells («... кездесті» twice): one
    meeting, kept where the story tells it (with the organizations of that sentence)."""
    told = {
        (event, m.date)
        for i, m in enumerate(found)
        if i not in headline_events and (event := _event_of(m.title))
    }
    return [
        m
        for i, m in enumerate(found)
        if not (i in headline_events and m.date is None and (headline_events[i], None) in told)
    ]


def _event_of(title: str) -> str | None:
    """The event a title ends in; a delegation's visit («... делегациясының сапары») too."""
    arrival = data("events")["arrival_title"]
    if title.endswith(arrival):
        return arrival
    last = title.split()[-1] if title.split() else ""
    return next((e.title for e in events() if last == e.title), None)
