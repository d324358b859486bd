"""An event told inside an earlier dated event ("As part of the visit, a bilateral meeting between
A and B will take place", "During the visit, A will hold negotiations with B"): an occurrence of
its own that happens within that event, so it takes that event's month, the one date the text
gives it (which day of a visit of several days is not told). What the event was made of ("during
the visit, the sides discussed ...") is not one: the clause must name an occurrence (a meeting,
talks, a ceremony) and a verb that makes it happen. The frames and the nouns named back are those
of data/visits.json; the occurrence words are data (data/milestones.json)."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.language_files import language_file

_VISITS = language_file("english", "visits")
_DATA = language_file("english", "milestones")
_REFERRED: dict[str, list[str]] = _VISITS["referred_events"]
_TITLES: dict[str, str] = _DATA["event_titles"]
_FRAME = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _VISITS["event_frames"] + _VISITS["frames"])) + r")\s+"
    r"(?:" + "|".join(_DATA["frame_determiners"]) + r")\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>" + "|".join(_REFERRED) + r")\b",
    re.IGNORECASE,
)
_OCCURS = re.compile(r"\b(?:" + "|".join(_DATA["framed_occurrences"]) + r")\b", re.IGNORECASE)
_NOUN = re.compile(r"\b(?:" + "|".join(_DATA["framed_nouns"]) + r")\b", re.IGNORECASE)
# "a number of meetings with the heads of departments": no one occurrence.
_VAGUE = re.compile(r"\b(?:" + "|".join(_DATA["framed_vague"]) + r")\s+(?:[\w-]+\s+)?$", re.I)


_CONTINUES = re.compile(r"\s*(?:" + "|".join(_DATA["frame_continuations"]) + r")\b", re.IGNORECASE)
_ALSO = re.compile(
    _DATA["also_subject"] + r"(?:" + "|".join(_DATA["also_acts"]) + r")\b", re.IGNORECASE
)


def continues_frame(clause: str) -> bool:
    """ "In addition, the President will take part in the sixth meeting of the Council", "X
    will also meet with the Speaker": a clause that goes on with the occurrences the sentence
    before told within a visit."""
    if _ALSO.match(clause):
        return True  # the act itself is the occurrence: no noun needed
    if not _CONTINUES.match(clause):
        return False
    nouns = [m for m in _NOUN.finditer(clause) if not _VAGUE.search(clause[: m.start()])]
    return bool(_OCCURS.search(clause) and nouns)


def framed_month(clause: str, earlier: list[DraftMilestone], text: str) -> PartialDate | None:
    """The month of the latest earlier event the clause's frame names back (by its title or the
    words it was told in, `text` being the article's), when the clause tells an occurrence of its
    own within it; None otherwise."""
    frame = _FRAME.search(clause)
    if frame is None:
        return None
    rest = clause[: frame.start()] + " " + clause[frame.end() :]
    nouns = [m for m in _NOUN.finditer(rest) if not _VAGUE.search(rest[: m.start()])]
    if not (_OCCURS.search(rest) and nouns):
        return None  # "During the visit, the sides discussed ...": the visit itself
    words = _REFERRED[frame.group("noun").casefold()]
    for milestone in reversed(earlier):
        date = milestone.date
        told = " ".join([milestone.title] + [_sentence_to(text, s.end) for s in milestone.spans])
        if date and any(re.search(rf"\b{w}\b", told, re.I) for w in words):
            return PartialDate(date.year, date.month) if date.month else date
    return None


def _sentence_to(text: str, end: int) -> str:
    """The text of the sentence that ends at `end`, from its start: a milestone's span may hold
    only the piece of its date ("the Forum on 14-15 September"), its verb standing before."""
    start = max(text.rfind(". ", 0, end), text.rfind("\n\n", 0, end), 0)
    return text[start:end]


_MEETING = re.compile(_DATA["signing_meeting"], re.IGNORECASE)


def signing_meeting(
    clause: str, earlier: list[DraftMilestone], day: PartialDate | None, signers: list[str]
) -> DraftMilestone | None:
    """ "On October 25 2018, a memorandum between A and B was signed. During the meeting, the
    sides discussed ...": the meeting the signing was made at is an event of its own on the
    signing's day, titled by the signing's sides; "During their official visit to China, the
    delegates toured ...": the visit, in the signing's month (which of its days is not told).
    Only when no milestone told of such an event yet."""
    match = _MEETING.match(clause)
    if match is None or day is None or day.month is None or not signers:
        return None
    noun = re.sub(r"\s+", " ", match.group("noun"))
    kind = "visit" if _VISIT.search(noun) else "meeting"
    told = re.compile(r"\b(?:" + "|".join(_REFERRED[kind]) + r")\b", re.IGNORECASE)
    if any(told.search(m.title) for m in earlier):
        return None
    if kind == "visit":
        return DraftMilestone(
            title=upper_first(noun), date=PartialDate(day.year, day.month), status="done"
        )
    sides = _TITLES["sides_joiner"].join(signers[:2])
    title = _TITLES["framed_meeting"].format(noun=upper_first(noun), sides=sides)
    return DraftMilestone(title=title, date=day, status="done")


_VISIT = re.compile(r"\b(?:" + "|".join(_REFERRED["visit"]) + r")\b", re.IGNORECASE)
