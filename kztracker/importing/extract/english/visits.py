"""A visit or a named event inside another event's sentence ("signed during the state visit
of the President of X to Y", "at the site of the XIV International Economic Forum") is an
event of its own, on that sentence's date. The words that frame such a visit are data
(data/visits.json)."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "visits")
_FRAME = "|".join(map(re.escape, _DATA["frames"]))
_KIND = "|".join(map(re.escape, _DATA["kinds"]))
# "during the state visit of the President of X to Y": the visit, told in a frame.
_VISIT = re.compile(fill_slots(_DATA["framed_visit"], frames=_FRAME, kinds=_KIND), re.IGNORECASE)


_EVENT = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _DATA["event_frames"])) + r")\s+the\s+"
    r"(?P<visit>(?:[A-Z0-9][\w’'.-]*\s+(?:of\s+|on\s+|for\s+|and\s+)?){0,7}"
    r"(?i:" + "|".join(_DATA["event_nouns"]) + r")\b(?:\s+[“\"][^”\"]{2,80}[”\"])?"
    r"(?:\s+(?:19|20)\d\d)?)"
)


def framing_visits(
    article: Article, reference: PartialDate | None, known: list[DraftMilestone]
) -> list[DraftMilestone]:
    found: list[DraftMilestone] = []
    for sentence in article.sentences:
        match = _VISIT.search(sentence.text) or _EVENT.search(sentence.text)
        if not match:
            continue
        dates = [d for d in find_dates(sentence.text, reference) if d.date.precision != "year"]
        if not dates:
            continue
        date = dates[0].date
        visit = match.group("visit")
        head = visit.split()[0].casefold()
        if any(m.date == date and head in m.title.casefold() for m in known + found):
            continue
        status = "planned" if reference is not None and date > reference else "done"
        found.append(
            DraftMilestone(
                title=upper_first(visit),
                date=date,
                status=status,
                spans=[Span(sentence.start + match.start(), sentence.start + match.end())],
            )
        )
    return found


_REFERRED: dict[str, list[str]] = _DATA["referred_events"]
# An occurrence of its own ("was held", "opened"), not what the framing event was made of.
_HELD = re.compile(r"\b(?:" + "|".join(_DATA["held"]) + r")\b", re.IGNORECASE)
_REFERS = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _DATA["event_frames"] + _DATA["frames"])) + r")\s+"
    r"(?:"
    + "|".join(_DATA["referring_determiners"])
    + r")\s+(?:[\w-]+\s+){0,2}?(?P<noun>"
    + "|".join(_REFERRED)
    + r")\b",
    re.IGNORECASE,
)


def framing_day(clause: str, earlier: list[DraftMilestone]) -> PartialDate | None:
    """ "The business forum was held on the sidelines of the visit": the day of the latest
    event told before that the noun names back (a visit, a forum, talks); None without one."""
    match = _REFERS.search(clause)
    if not match or not _HELD.search(clause):
        return None  # "During the visit, the sides discussed ...": the visit itself
    words = _REFERRED[match.group("noun").casefold()]
    for milestone in reversed(earlier):
        if milestone.date and any(re.search(rf"\b{w}\b", milestone.title, re.I) for w in words):
            return milestone.date
    return None


def restated_once(milestones: list[DraftMilestone]) -> list[DraftMilestone]:
    """One event told twice on one day ("X delegation visited Y" in the headline and "A
    delegation from X visited Y" in the lead) is one milestone: the first, the later one's
    spans added; told twice means nearly all the shorter title's words are in the longer."""
    kept: list[DraftMilestone] = []
    for milestone in milestones:
        words = _words(milestone.title)
        twin = next(
            (
                k
                for k in kept
                if k.date == milestone.date
                and min(len(words), len(_words(k.title))) >= 3
                and len(words & _words(k.title)) >= 0.8 * min(len(words), len(_words(k.title)))
            ),
            None,
        )
        if twin is None:
            kept.append(milestone)
        else:
            twin.spans = twin.spans + milestone.spans
    return kept


def _words(title: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", title.casefold()) if len(w) > 3}
