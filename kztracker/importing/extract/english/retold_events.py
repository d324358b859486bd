"""One event told twice on one day in nearly the same words (a photo caption above the story
that repeats its lead, a summary line that repeats a paragraph): one milestone. The titles made
from the two tellings may differ (one cut short, one named by its subject), so the words the
event was told in are compared, pair by pair in their order: most of the shorter telling's
pairs of words in the longer one (single words would make "the minister met X in Y" and "the
minister opened Z in Y" one telling)."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMilestone

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
