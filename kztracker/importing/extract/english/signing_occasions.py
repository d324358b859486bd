"""The occasion a document was signed at: "the ministers signed the document on May 23 on the
margins of a round-table to mark the anniversary", "signed during the Digital Bridge forum".
The signing is the memorandum's date; the round-table or forum is an event of its own, on the
same day, unless the text already tells of it as a milestone that day."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.titles import milestone_title

_DATA = json.loads((Path(__file__).parent / "data" / "milestones.json").read_text("utf-8"))
_NOUNS = "|".join(_DATA["occasion_nouns"])
_ENDS = r"\s(?:on\s+(?:\d|[A-Z][a-z]+\.?\s+\d|[A-Z][a-z]+day\b)|by\s)"
_OCCASION = re.compile(
    r"\b(?:" + "|".join(_DATA["occasion_frames"]) + r")\s+(?:the\s+|a\s+|an\s+)?"
    # the event's name ends before its date or its signatories: "... Forum on 12 May by X"
    r"(?P<event>(?:[\w’'-]+\s+){0,4}?(?:" + _NOUNS + r")\b(?:(?!" + _ENDS + r")[^,;.])*)",
    re.IGNORECASE,
)
_NOUN = re.compile(r"\b(?:" + _NOUNS + r")\b", re.IGNORECASE)


def signing_occasion(
    clause: str, at: int, dates: list[DateMention], day: PartialDate | None, status: str
) -> DraftMilestone | None:
    """The occasion a signing clause names, on the clause's one date (else `day`, the day a
    dateline gives); `at` is where the clause starts in the text."""
    match = _OCCASION.search(clause)
    told = {d.date for d in dates if d.until is None}
    date = next(iter(told)) if len(told) == 1 else None if told else day
    if match is None or date is None:
        return None
    begins = match.start("event")
    title = milestone_title(match.group("event"), [d for d in dates if d.start >= begins], begins)
    if len(title.split()) < 2:
        return None
    start = at + begins
    return DraftMilestone(
        title=title[0].upper() + title[1:],
        date=date,
        status=status,
        spans=[Span(start, start + len(match.group("event")))],
    )


def new_occasions(
    occasions: list[DraftMilestone], milestones: list[DraftMilestone]
) -> list[DraftMilestone]:
    """The occasions no milestone of the same day already tells of ("the forum" twice)."""

    def nouns(title: str) -> set[str]:
        return {n.casefold() for n in _NOUN.findall(title)}

    return [
        o
        for o in occasions
        if not any(m.date == o.date and nouns(m.title) & nouns(o.title) for m in milestones)
    ]
