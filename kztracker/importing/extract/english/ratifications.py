"""Ratifications: a legislature's ratification or approval of an agreement is an event of its
own ("The Senate has approved the treaty ..., signed on 3 March 2024"), never the agreement's
signing; the date after "signed" there is the treaty's, not the approval's. "On the same day,
the Senate ratified ..." happened on the day of the event told just before. The words are
data/milestones.json ('legislatures', 'approving_verbs', 'same_day') and data/signing.json."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "milestones")
_AGREEMENTS = language_file("english", "agreements")
_SIGNING = language_file("english", "signing")
_RATIFIES = re.compile(
    fill_slots(
        _SIGNING["ratifies"],
        legislatures="|".join(_DATA["legislatures"]),
        approving_verbs="|".join(_DATA["approving_verbs"]),
    ),
    re.IGNORECASE,
)
_PLACE = _SIGNING["signed_place"]  # "signed in Tbilisi on 3 March"
_SIGNED_ON = re.compile(fill_slots(_SIGNING["signed_on"], place=_PLACE), re.IGNORECASE)
# "The decree ratifying it was signed this month": the decree's day; "the agreement, which was
# signed in 2024": the document's.
_SIGNED_MAIN = re.compile(fill_slots(_SIGNING["signed_main"], place=_PLACE), re.I)
_SIGNED_AFTER = re.compile(fill_slots(_SIGNING["signed_after"], place=_PLACE), re.I)
_SAME_DAY = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in _DATA["same_day"]) + r")\b", re.IGNORECASE
)


def ratifies(clause: str) -> bool:
    """A clause that tells of a ratification or a legislature's approval."""
    return bool(_RATIFIES.search(clause))


def approval_dates(clause: str, dates: list[DateMention], offset: int = 0) -> list[DateMention]:
    """The dates of a ratifying clause without those of the document's own signing."""
    return [d for d in dates if not _SIGNED_ON.search(clause[: max(0, d.start - offset)])]


def document_dates(clause: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a ratifying clause that are the document's own signing ("the decree
    ratifying the agreement, signed in February 2024, was signed this month": February; "the
    agreement was signed in May 2024, but its ratification ...": May)."""
    return [
        d
        for d in dates
        if _SIGNED_ON.search(clause[: d.start])
        and (
            not _SIGNED_MAIN.search(clause[: d.start])
            or _SIGNED_AFTER.search(clause[: d.start])
            or _document_signed(clause[: d.start])
        )
    ]


_HEAD = re.compile(r"\b(?:" + "|".join(_AGREEMENTS["document_heads"]) + r")", re.IGNORECASE)
_OTHER = re.compile(r"\b(?:" + "|".join(_AGREEMENTS["other_objects"]) + r")\b", re.IGNORECASE)


def _document_signed(before: str) -> bool:
    """Whether the subject of the "was signed" ending `before` is the document, not a decree or
    law ratifying it: the first noun of its clause is an agreement noun ("The agreement was
    signed", not "The decree on the ratification of the agreement was signed")."""
    clause = re.split(r"[,;]", before)[-1]
    heads = [m.start() for m in _HEAD.finditer(clause)]
    others = [m.start() for m in _OTHER.finditer(clause)]
    return bool(heads) and heads[0] < min(others, default=len(clause))


def same_day(clause: str) -> bool:
    """ "On the same day, ...": the day of the event told just before."""
    return bool(_SAME_DAY.match(clause))
