"""Milestones: dated events, done and planned, one per clause that holds a date and an event.

A date alone is not a milestone ("founded in 1993" in a profile is); the clause must carry an
event word (a meeting, a visit, an opening, "will launch", "was held"...). The date keeps the
precision the text gives, and the status follows the tense and the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.english.dates import DateMention, find_dates
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.mentions import OrganizationMention

_EVENT = re.compile(
    r"\b(?:meeting|meetings|conference|forum|summit|visit|visited|visits|session|workshop|seminar|"
    r"congress|symposium|hackathon|exhibition|expo|fair|festival|olympiad|competition|"
    r"ceremony|opening|opened|opens|open|launch|launched|launches|launching|start|starts|"
    r"started|begin|begins|began|complete|completed|completion|finish|deadline|held|hold|"
    r"hosted|host|take place|took place|takes place|established|establish|create|created|"
    r"founded|declared|announced|approved|adopted|presented|present|introduced|introduce|"
    r"deliver|delivered|release|released|publish|published|enrol|enroll|admit|graduate|"
    r"commission|commissioned|built|build|construction|pilot|tour|talks|round table|"
    r"roundtable|training|course|programme|program|review|report|round|call|signing)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|plan|plans|planned|planning|scheduled|expected|to be|aims? to|intends?|"
    r"is set to|are set to|due|upcoming|next|by the end of|is to|are to)\b",
    re.IGNORECASE,
)
_ONGOING = re.compile(r"\b(?:underway|under way|ongoing|in progress|currently)\b", re.IGNORECASE)
_CLAUSES = re.compile(r";\s+|,\s+(?:and|while|whereas|but)\s+|\s+and\s+(?=(?:will|the|a|an)\b)")
_SIGNING_ONLY = re.compile(r"\bsign(?:ed|ing|s)?\b", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:and|but|while|meanwhile|also|additionally|moreover|in addition|furthermore|"
    r"as a result|then)\b,?\s*",
    re.IGNORECASE,
)


def milestones_in(
    article: Article, mentions: list[OrganizationMention], names: dict[str, str],
    core_key: Callable[[str], str], reference: PartialDate | None,
) -> list[DraftMilestone]:
    milestones: list[DraftMilestone] = []
    for index, sentence in enumerate(article.sentences):
        orgs = [names.get(core_key(m.name), m.name) for m in mentions if m.sentence == index]
        for start, clause in _clauses(sentence):
            dates = [d for d in find_dates(clause, reference, _year(sentence.text))
                     if d.date is not None]
            if not dates or not _EVENT.search(clause):
                continue
            event = _EVENT.search(clause)
            if event and _SIGNING_ONLY.fullmatch(event.group()) and not _EVENT.search(
                _SIGNING_ONLY.sub("", clause)
            ):
                continue
            date = dates[0]
            milestones.append(DraftMilestone(
                title=_title(clause, dates),
                date=date.date,
                status=_status(clause, date, reference),
                organizations=_unique(orgs),
                spans=[Span(sentence.start + start, sentence.start + start + len(clause))],
            ))
    return milestones


def _year(text: str) -> int | None:
    match = re.search(r"\b((?:19|20)\d\d)\b", text)
    return int(match.group(1)) if match else None


def _clauses(sentence: Sentence) -> list[tuple[int, str]]:
    pieces = []
    start = 0
    for match in _CLAUSES.finditer(sentence.text):
        pieces.append((start, sentence.text[start : match.start()]))
        start = match.end()
    pieces.append((start, sentence.text[start:]))
    return [(s, p) for s, p in pieces if p.strip()]


def _title(clause: str, dates: list[DateMention]) -> str:
    text = clause
    for date in sorted(dates, key=lambda d: d.start, reverse=True):
        text = text[: date.start] + text[date.end :]
    text = re.sub(r"\b(?:on|in|by|from|until|since|during|of|at)\s*(?=[,.;]|$)", "", text)
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,.;:—–-")
    text = _LEAD.sub("", text)
    words = text.split()
    if len(words) > 14:
        text = " ".join(words[:14]) + "…"
    return text[:1].upper() + text[1:]


def _status(clause: str, date: DateMention, reference: PartialDate | None) -> str:
    last = (date.until or date.date).last_day()
    if reference is not None:
        if last < reference.first_day():
            return "done"
        if date.date.first_day() > reference.last_day():
            return "planned"
    if _FUTURE.search(clause):
        return "planned"
    if _ONGOING.search(clause):
        return "in_progress"
    return "done"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
