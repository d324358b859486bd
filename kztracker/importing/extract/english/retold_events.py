"""One event told twice: on one day in nearly the same words (a photo caption above the story
that repeats its lead, a summary line that repeats a paragraph): one milestone. The titles made
from the two tellings may differ (one cut short, one named by its subject), so the words the
event was told in are compared, pair by pair in their order: most of the shorter telling's
pairs of words in the longer one (single words would make "the minister met X in Y" and "the
minister opened Z in Y" one telling)."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.language_files import language_file

# How much of the shorter telling the longer one must hold to be the same telling.
_SHARED = 0.65
# Fewer pairs of words than this tell too little to be recognised as told again.
_FEWEST = 6


def retold_once(milestones: list[DraftMilestone], text: str) -> list[DraftMilestone]:
    """The first telling of each event of a day, the later tellings' spans added to it."""
    kept: list[DraftMilestone] = []
    for milestone in milestones:
        twin = next((k for k in kept if _retold(k, milestone, text)), None)
        if twin is None:
            kept.append(milestone)
        else:
            twin.spans = twin.spans + milestone.spans
    return kept


def _retold(first: DraftMilestone, later: DraftMilestone, text: str) -> bool:
    if first.date is None or first.date != later.date or first.status != later.status:
        return False
    one, other = _told(first, text), _told(later, text)
    shorter = min(len(one), len(other))
    return shorter >= _FEWEST and len(one & other) >= _SHARED * shorter


def _told(milestone: DraftMilestone, text: str) -> set[tuple[str, str]]:
    """The pairs of neighbouring words of the telling; figures (the day) left out, as both
    tellings of one day share them."""
    told = " ".join(text[s.start : s.end] for s in milestone.spans).casefold()
    words = [w for w in re.findall(r"[\w’'-]+", told) if not w.isdigit()]
    return set(zip(words, words[1:], strict=False))


_DATA = language_file("english", "milestones")
# The nouns that name one event told twice, once by its month, once by its day.
_NAMED = re.compile(
    r"\b(" + "|".join(_DATA["named_event_nouns"] + _DATA["retold_event_nouns"]) + r")s?\b",
    re.IGNORECASE,
)


def told_by_day(milestones: list[DraftMilestone], text: str) -> list[DraftMilestone]:
    """ "Kazakhstan to host the Forum in June" in the headline and "The Forum will be held on June
    8-9": one event, told the second time to the day; the month's telling goes, its spans
    added to the day's, and its title too where only it names the event. Only when both name
    the event by the same noun and tell it alike (both to come, or both done). Only the
    headline's month: below it, a month is what an event framed by a visit of known days takes
    (framed_events.py), an occurrence of its own."""
    head = text.find("\n", len(text) - len(text.lstrip()))  # the headline's end
    kept: list[DraftMilestone] = []
    for milestone in milestones:
        headline = bool(milestone.spans) and milestone.spans[0].end <= head  # told first there
        day = _by_day(milestone, milestones) if headline else None
        if day is None:
            kept.append(milestone)
        else:
            day.spans = day.spans + milestone.spans
            if _PROPER.search(milestone.title) and not _PROPER.search(day.title):
                day.title = milestone.title  # "Astana International Forum", not "The Forum"
    return kept


# An event's own name: capitalized words before its noun ("Astana International Forum").
_PROPER = re.compile(
    r"\b(?!(?:"
    + "|".join(_DATA["not_proper_openings"])
    + r")\s)[A-Z][\w’'-]*\s+(?:(?:of\s+|and\s+)?[A-Z][\w’'-]*\s+){0,5}"
    r"(?:" + "|".join(_DATA["named_event_nouns"]) + r")s?\b"
)


def _by_day(month: DraftMilestone, milestones: list[DraftMilestone]) -> DraftMilestone | None:
    date = month.date
    if date is None or date.month is None or date.day is not None:
        return None
    nouns = {n.casefold() for n in _NAMED.findall(month.title)}
    for other in milestones:
        told = other.date
        if (
            told is not None
            and told.day is not None
            and (told.year, told.month) == (date.year, date.month)
            and other.status == month.status
            and nouns & {n.casefold() for n in _NAMED.findall(other.title)}
        ):
            return other
    return None
