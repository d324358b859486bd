"""The occasion a document was signed at: "the ministers signed the document on May 23 on the
margins of a round-table to mark the anniversary", "signed during the Digital Bridge forum".
The signing is the memorandum's date; the round-table or forum is an event of its own, on the
same day, unless the text already tells of it as a milestone that day."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.titles import milestone_title
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "milestones")
_SIGNING = language_file("english", "signing")
_NOUNS = "|".join(_DATA["occasion_nouns"])
# the event's name ends before its date or its signatories: "... Forum on 12 May by X"
_ENDS = _SIGNING["occasion_ends"]
_OCCASION = re.compile(
    fill_slots(
        _SIGNING["occasion"], frames="|".join(_DATA["occasion_frames"]), nouns=_NOUNS, ends=_ENDS
    ),
    re.IGNORECASE,
)
_NOUN = re.compile(r"\b(?:" + _NOUNS + r")\b", re.IGNORECASE)
_AHEAD = re.compile(
    fill_slots(_SIGNING["ahead_year"], ahead_year_words="|".join(_DATA["ahead_year_words"])),
    re.I,
)
_TOLD_DAY = re.compile(r"\b(?:" + "|".join(_DATA["occasions_told_day"]) + r")\b", re.I)
_POINTER = re.compile(_SIGNING["occasion_pointer"])


def signing_occasion(
    clause: str, at: int, dates: list[DateMention], day: PartialDate | None, status: str
) -> DraftMilestone | None:
    """The occasion a signing clause names, on the clause's one date (else `day`, the day a
    dateline gives); `at` is where the clause starts in the text."""
    match = _OCCASION.search(clause)
    # "an agreement on supplies before the end of 2017": a deadline, not the signing's day
    told = {
        d.date
        for d in dates
        if d.until is None and not _AHEAD.search(clause[: d.start] + clause[d.start : d.end])
    }
    date = next(iter(told)) if len(told) == 1 else None if told else day
    if match is None or date is None:
        return None
    if not told and _TOLD_DAY.search(match.group("event")):
        return None  # "during a week-long visit" under the dateline's day: not that day
    begins = match.start("event")
    title = milestone_title(match.group("event"), [d for d in dates if d.start >= begins], begins)
    if len(title.split()) < 2:
        return None
    start = at + begins
    title = title.rstrip(" …")  # "... to the Republic of Kazakhstan…": the page's cut
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

    def same_time(a: PartialDate | None, b: PartialDate | None) -> bool:
        """One day told at two precisions ("in November 2017", "on 7 November 2017")."""
        return (
            a is not None
            and b is not None
            and (str(a).startswith(str(b)) or str(b).startswith(str(a)))
        )

    return [
        o
        for o in occasions
        if not _POINTER.match(o.title)  # "that state visit": one told before
        and not any(
            same_time(m.date, o.date) and nouns(m.title) & nouns(o.title) for m in milestones
        )
    ]
