"""What one sentence tells of a signing: its verb, whether the signing is still to come, the
dates it may be on, and the date of the signing it tells (split from agreements.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.dates import DateMention, find_dates
from kztracker.importing.extract.english.ratifications import document_dates, ratifies
from kztracker.importing.extract.english.signing_dates import dated_signing, nearest, signing_verb


@dataclass
class SentenceSigning:
    signs: re.Match[str] | None  # the signing verb
    future: bool  # "will sign", "is to be signed", "the importance of signing"
    all_dates: list[DateMention]  # every date of the sentence
    dates: list[DateMention]  # those a signing told there may be on
    signed: PartialDate | None  # the date nearest the signing verb


def read_signing(
    text: str, reference: PartialDate | None, year: int | None, reference_day: PartialDate
) -> SentenceSigning:
    """The signing `text` (one sentence) tells of, dated against `reference` (or `year`, for a
    text without a date stamp); reference_day stands for the reference, or a far future."""
    signs = signing_verb(text)
    future = bool(
        signs
        and (
            W.NOT_YET.search(W.own_clause(text, signs.start(), signs.end()))
            or W.NOT_YET_AFTER.match(text[signs.end() :])
        )
    )
    if signs and signs.group().casefold() in W.WORDING["non_finite"]:
        future = future or W.planned_signing(text, signs)  # "importance of signing"
    all_dates = find_dates(text, reference, year)
    if ratifies(text):  # the document's own dates, not the ratification's day
        all_dates = document_dates(text, all_dates)
    dates = [
        d
        for d in all_dates
        if d.until is None
        and not W.REPORTED_ON.search(text[: d.start])
        and not W.VALIDITY.search(text[: d.start + 6])
        # "an agreement on X through 2020": the date found holds the lead, the term's end
        and not (d.deadline and W.VALIDITY.search(text[: d.end]))
        and not (d.date > reference_day and not future)  # "signed ..., and will open on"
    ]
    if signs and dates:
        signs = dated_signing(text, signs, dates)
    signed = nearest(dates, signs.start()).date if signs and dates else None
    return SentenceSigning(signs, future, all_dates, dates, signed)


_TO_COME = re.compile(W.WORDING["signing_to_come"])


def signing_to_come(text: str, read: SentenceSigning, before: str) -> bool:
    """Whether `text` says the document the sentence `before` told of is still to be signed:
    "A and B agreed on an MoU. The MoU will be signed soon." The one before must tell of it by a
    verb that agrees, not one that signs."""
    if not (read.signs and read.future and _TO_COME.match(text)):
        return False
    earlier = signing_verb(before)
    return earlier is not None and earlier.group().casefold() not in W.WORDING["signing_proper"]
