"""Which verb of a sentence tells the signing, and which of its dates is the signing date."""

from __future__ import annotations

import re
from bisect import bisect_right

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.datelines import dateline_leads, stamp_only
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.ratifications import ratifies
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.language_files import fill_slots, language_file


def signing_verb(text: str) -> re.Match[str] | None:
    """The first signing verb whose object is not something else ("signed the law ratifying
    the agreement" signs a law)."""
    return next(
        (m for m in W.SIGN.finditer(text) if not W.OTHER_OBJECT.match(text[m.end() :])), None
    )


def dated_signing(text: str, first: re.Match[str], dates: list[DateMention]) -> re.Match[str]:
    """The signing verb a date follows ("approved a document ..., signed on 19 April"), else
    `first`."""
    verbs = list(W.SIGN.finditer(text, first.start()))
    proper = [v for v in verbs if v.group().casefold() in W.WORDING["signing_proper"]]
    for verb in proper + verbs:  # "approved on 2 May the treaty, signed on 19 April"
        if any(0 <= d.start - verb.end() <= 4 for d in dates):
            return verb
    return first


def nearest(dates: list[DateMention], position: int) -> DateMention:
    return min(dates, key=lambda d: abs(d.start - position))


def undated_signings(
    memoranda: list[DraftMemorandum],
    article: Article,
    signing_days: dict[int, PartialDate],
    day_of: dict[int, PartialDate | None],
    lead: dict[int, PartialDate],
    reference: PartialDate | None,
) -> None:
    """The day a memorandum without a date of its own was signed: the one signing date of the
    text, else the day its sentence (or "Following the talks" there, the sentence before)
    tells of. Only a sentence that tells of the signing, or the text's only memorandum: "the
    Senate ratified an agreement between A and B" says nothing of when A and B signed it.
    `signing_days`: the day of each sentence that tells of a dated signing."""
    starts = [s.start for s in article.sentences]
    told_at = [_sentences_of(memo, starts) for memo in memoranda]
    wire = dateline_leads(article, reference, stamps=False)
    # A page's bare date stamp dates the page, not its signing (the guide: never from the stamp).
    lead = {index: day for index, day in lead.items() if index in wire}
    for memo in memoranda:
        if memo.signed_on is not None:
            continue
        days = _days_to_lend(memo, memoranda, told_at, signing_days)
        for span in memo.spans:  # the headline's mention may tell no day, the lead's may
            memo.signed_on = _signing_day(
                bisect_right(starts, span.start) - 1,
                len(memoranda),
                article,
                days,
                day_of,
                lead,
                reference,
            )
            if memo.signed_on is not None:
                break


def _sentences_of(memo: DraftMemorandum, starts: list[int]) -> set[int]:
    return {bisect_right(starts, span.start) - 1 for span in memo.spans}


def _days_to_lend(
    memo: DraftMemorandum,
    memoranda: list[DraftMemorandum],
    told_at: list[set[int]],
    signing_days: dict[int, PartialDate],
) -> list[PartialDate]:
    """The signing days `memo` may take: none when every one is told only in sentences of
    documents with other sides ("X signed a deal with Y last week" dates that deal, not the
    contract with Z the text opens on)."""
    same = [set(other.parties) == set(memo.parties) for other in memoranda]
    theirs = set().union(*(at for k, at in enumerate(told_at) if not same[k]))
    theirs -= set().union(*(at for k, at in enumerate(told_at) if same[k]))
    return [] if theirs.issuperset(signing_days) else list(signing_days.values())


def _signing_day(
    at: int,
    count: int,
    article: Article,
    signing_dates: list[PartialDate],
    day_of: dict[int, PartialDate | None],
    lead: dict[int, PartialDate],
    reference: PartialDate | None,
) -> PartialDate | None:
    """The day a memorandum told of in sentence `at` was signed (`count` memoranda in all)."""
    text = article.sentences[at].text if at >= 0 else ""
    tells = signing_verb(text) is not None and not (ratifies(text) and not _SIGNED.search(text))
    after_event = tells and at > 0 and W.FOLLOWING.match(text)
    if after_event and (day_of.get(at - 1) or lead.get(at - 1)):
        # "Following the meeting, the ministers signed ...": the meeting's day, before any
        # other signing the text dates ("last year the Declaration was signed")
        return day_of.get(at - 1) or lead.get(at - 1)
    if len(set(signing_dates)) == 1 and (tells or count == 1):
        return signing_dates[0]  # "The document was signed on ...": the one told of
    if tells:
        day = day_of.get(at) or lead.get(at)
        if day is None and at > 0 and W.FOLLOWING.match(text):
            day = lead.get(at - 1)  # "Following the talks, ... signed": their day
        return day
    return None


_SIGNED = re.compile(r"\b(?:" + "|".join(W.WORDING["signing_proper"]) + r")\b", re.IGNORECASE)


# "since March 2020", "as of 1 May": no day an event happened on.
_NOT_TOLD = re.compile(
    fill_slots(
        language_file("english", "signing")["not_told_day"],
        not_told=W.alternatives("not_told"),
        reported=W.alternatives("reported"),
    ),
    re.IGNORECASE,
)


# "Earlier, X signed ...": a sentence about an earlier, untold time.
_EARLIER = re.compile(r"^\W*(?:" + W.alternatives("earlier") + r")\b", re.IGNORECASE)


def told_day(
    article: Article,
    index: int,
    dates: list[DateMention],
    latest: PartialDate,
    day_of: dict[int, PartialDate | None],
) -> PartialDate | None:
    """The day sentence `index` tells of ("On 21 November ...", "Today ..."), else the day the
    sentences before tell of; a starting point ("since March 2020") is no such day."""
    text = article.sentences[index].text
    if _EARLIER.match(text):
        return None  # "Earlier, X signed ...": a time before the one told of, left undated
    if stamp_only(text):
        return None  # "16 August 2021" on its own line: the page's date, no day it tells of
    told = [
        d.date
        for d in dates
        if d.date.precision != "year"
        and not d.date > latest
        and not _NOT_TOLD.search(text[: d.start])
    ]
    return told[0] if told else day_of.get(index - 1)
