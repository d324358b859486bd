"""Relate, milestones: visits, meetings, openings, launches and planned agreements, with the
status the verb gives (past -ды/-ді → done; -мақ/-бақ, -ады/-еді, «жоспарлануда» → planned;
-уде, «жатыр» → in progress) and the date the clause gives, tied to the text's memorandum and
its organizations. A signing is the memorandum's date, not a milestone of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, DraftMilestone
from kztracker.importing.extract.kazakh.agreements import is_planned_agreement
from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.document_details import dates_by_sentence
from kztracker.importing.extract.kazakh.endings import case_of
from kztracker.importing.extract.kazakh.event_words import event_in, reception
from kztracker.importing.extract.kazakh.first_events import first_event_title, since_title
from kztracker.importing.extract.kazakh.framed_events import (
    framed_arrival,
    inside_frame,
    signed_during,
    told_key,
    within_told_event,
)
from kztracker.importing.extract.kazakh.headline_echo import as_headline, without_headline_echo
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.milestone_titles import (
    RECEPTION,
    Event,
    completed,
    event_title,
    reported,
    signing_title,
)
from kztracker.importing.extract.kazakh.said_dates import said_on
from kztracker.importing.extract.kazakh.segment import Sentence, Span
from kztracker.importing.extract.mentions import (
    Coverage,
    OrganizationMention,
    PersonMention,
    by_sentence,
)
from kztracker.normalize import name_key

# «басталып, ...»: a verb that joins the next clause
_CONVERB = tuple(data("endings")["converb_endings"])


@cache
def _status_patterns() -> dict[str, re.Pattern[str]]:
    raw = data("agreements")["status"]
    return {
        status: re.compile("|".join(raw[status])) for status in ("planned", "in_progress", "done")
    }


def status_of(clause: str) -> str:
    """The status the clause's last verb gives: Kazakh puts the verb at the clause's end."""
    patterns = _status_patterns()
    raw = data("agreements")["status"]
    done_words = frozenset(raw["done_words"])
    found = re.findall(r"[\w-]+", reported().sub("", clause).casefold())
    planned = re.compile("|".join(raw["planned_words"]))
    if any(planned.search(word) for word in found):
        return "planned"
    for word in reversed(found):
        if word in done_words:
            return "done"
        if len(word) < 4:
            continue
        for status in ("planned", "in_progress", "done"):
            if patterns[status].search(word):
                return status
    return "done"


@dataclass
class _Story:
    """What every clause is read against, and what the clauses so far have made."""

    sentences: list[Sentence]
    memoranda: list[DraftMemorandum]
    names: dict[str, str]
    core_key: Callable[[str], str]
    published: PartialDate | None
    named: Coverage
    lead: int | None
    first_body: int | None
    signings: set[Span]
    orgs_at: dict[int, list[OrganizationMention]]
    result: list[DraftMilestone] = field(default_factory=list)
    seen: set[tuple[str, str | None]] = field(default_factory=set)
    told: dict[str, PartialDate | None] = field(default_factory=dict)  # for «Форум аясында ...»
    headline_events: dict[int, str] = field(default_factory=dict)  # headline's, by place


@dataclass
class _Clause:
    """One clause that tells an event: its place, words, dates and what is decided of it."""

    index: int
    sentence: Sentence
    own: list[DateMention]
    planned_signing: bool
    found: tuple[int, Event] | None
    since: str | None
    first: str | None
    title: str = ""
    date: PartialDate | None = None


def milestones_in(
    sentences: list[Sentence],
    organizations: list[OrganizationMention],
    dates: list[DateMention],
    memoranda: list[DraftMemorandum],
    names: dict[str, str],
    core_key: Callable[[str], str],
    published: PartialDate | None = None,
    people: list[PersonMention] | None = None,
    stamps: list[Span] | None = None,
) -> list[DraftMilestone]:
    """One milestone per sentence that holds an event word and is not itself a signing; one
    dated after the story's own date is planned whatever its verb reads as. `stamps`: the
    date-stamp lines, whose day a meeting told right after one takes."""
    story = _story(sentences, organizations, memoranda, names, core_key, published, people, stamps)
    for index, sentence, own in _all_clauses(sentences, dates):
        clause = _event_clause(story, index, sentence, own)
        if clause is None or not _dated(story, clause):
            continue
        _record(story, clause, _clause_status(story, clause))
    return [as_headline(m) for m in without_headline_echo(story.result, story.headline_events)]


def _story(
    sentences: list[Sentence],
    organizations: list[OrganizationMention],
    memoranda: list[DraftMemorandum],
    names: dict[str, str],
    core_key: Callable[[str], str],
    published: PartialDate | None,
    people: list[PersonMention] | None,
    stamps: list[Span] | None,
) -> _Story:
    """The whole text's facts each clause needs: who is named, which sentence leads under a
    dated stamp, the first body sentence (only when the page gives a day), the signings'
    sentences and each sentence's organizations."""
    first_body = next((i for i, s in enumerate(sentences) if not s.headline), None)
    if published is None or published.day is None:
        first_body = None
    return _Story(
        sentences=sentences,
        memoranda=memoranda,
        names=names,
        core_key=core_key,
        published=published,
        named=Coverage((p.start, p.end) for p in people or []),
        lead=_lead_sentence(sentences, stamps or [], published),
        first_body=first_body,
        signings={span for memo in memoranda for span in memo.spans},
        orgs_at=by_sentence(organizations),
    )


def _all_clauses(
    sentences: list[Sentence], dates: list[DateMention]
) -> list[tuple[int, Sentence, list[DateMention]]]:
    """Every sentence's clauses, in order, each with its sentence's place and its own dates."""
    dates_at = dates_by_sentence(sentences, dates)
    return [
        (index, clause, own)
        for index, sentence in enumerate(sentences)
        for clause, own in _clauses(sentence, dates_at.get(index, []))
    ]


def _event_clause(
    story: _Story, index: int, sentence: Sentence, own: list[DateMention]
) -> _Clause | None:
    """The clause's event (or planned signing, or dated first of something) and its title;
    None when it tells none, is a signing with no visit, or is the headline's reception."""
    sentences = story.sentences
    planned_signing = is_planned_agreement(sentence)
    signed = sentence.span() in story.signings or sentences[index].span() in story.signings
    # «... сапары барысында ... меморандумға қол қойылды»: the visit is an event of its own
    found = signed_during(sentence) if signed else event_in(sentence, story.named)
    if signed and found is None:
        return None
    # «Алғашқы студенттер 2025 жылдың ақпанында аттанады»: a dated first of something
    since = since_title(sentence) if found is None and own else None
    first = (first_event_title(sentence) or since) if found is None and own else None
    if found is None and not planned_signing and first is None:
        return None
    own = [d for d in own if not said_on(sentence, found[0] if found else None, d)]
    if (
        sentence.headline
        and found
        and found[1].stem == RECEPTION
        and any(reception(s) is not None for s in sentences if not s.headline)
    ):
        return None  # the headline's reception is the one the story tells with its day
    title = first or (
        event_title(sentence, found) if found and not planned_signing else signing_title(sentence)
    )
    return _Clause(index, sentence, own, planned_signing, found, since, first, title)


def _dated(story: _Story, clause: _Clause) -> bool:
    """Set the clause's date: its own, else the page's for a lead or ending told that day, else
    a told frame's; False when it only tells more of an event already told."""
    sentence, found, published, own = clause.sentence, clause.found, story.published, clause.own
    date = own[0].date if own and not (found and _told_before(sentence, found[0])) else None
    if (
        date is None
        and clause.index == story.lead
        and found
        and _told_of_the_day(sentence, found[0])
    ):
        date = published
    elif date is None and clause.index == story.first_body and found and _ended(sentence, found[0]):
        date = published  # «23.12.2022 ... Президенттің ... сапары аяқталды»: it ended that day
    clause.date = date
    if (
        date is None
        and story.result
        and found
        and not clause.planned_signing
        and (within_told_event(sentence, found[0]) or framed_arrival(sentence, found))
    ):
        return _moved_into_frame(story, clause, found)
    return True


def _moved_into_frame(story: _Story, clause: _Clause, found: tuple[int, Event]) -> bool:
    """«Кездесуде тараптар ...»: what happened at the meeting already told; an event of its own
    inside it («Форум аясында платформа іске қосылды») is of the frame's day. False when the
    clause names no event of its own inside the frame."""
    sentence = clause.sentence
    inner = inside_frame(sentence, found[0], story.named)
    if inner is None:
        return False
    frame, clause.found = told_key(found[1]), inner
    clause.title = event_title(sentence, inner)
    # one told done is of the frame's day; one still to come may fall on any of its days
    clause.date = story.told.get(frame) if status_of(sentence.text) == "done" else None
    return True


def _clause_status(story: _Story, clause: _Clause) -> str:
    """Planned, in progress or done: the sentence's verb, unless the date says otherwise."""
    date, published = clause.date, story.published
    # a clause a converb ends («басталып, ...») takes the tense of the sentence's verb
    status = "planned" if clause.planned_signing else status_of(story.sentences[clause.index].text)
    if date is not None and published is not None and _after(date, published):
        status = "planned"
    elif clause.since is not None and clause.first == clause.since:
        status = "in_progress"  # «... жылдан бері ... жұмыс істеп келеді»: still going on
    elif status == "planned" and not clause.planned_signing and _long_before(date, published):
        status = "done"  # «2013 жылы құрылған ... шығарады»: the verb is not the event's
    return status


def _record(story: _Story, clause: _Clause, status: str) -> None:
    """Add the clause's milestone with its sentence's organizations (or its memorandum's
    parties), unless one of the same event and date is already told."""
    sentence, found, date, title = clause.sentence, clause.found, clause.date, clause.title
    orgs = list(
        dict.fromkeys(
            story.names.get(story.core_key(m.name), m.name)
            for m in story.orgs_at.get(clause.index, [])
        )
    )
    # The headline and the body often tell of one event: one milestone per event and date.
    event = found[1].title if found and date else name_key(title)
    marker = (event, date.isoformat() if date else None)
    if marker in story.seen:
        return
    story.seen.add(marker)
    memo = _memorandum_of(orgs, story.memoranda)
    if sentence.headline and found:
        story.headline_events[len(story.result)] = found[1].title
    if found and not sentence.headline:
        story.told[told_key(found[1])] = date or story.told.get(told_key(found[1]))
    story.result.append(
        DraftMilestone(
            title=title,
            date=date,
            status=status,
            organizations=orgs or (list(memo.parties) if memo else []),
            memorandum=memo.title if memo else None,
            spans=[sentence.span()],
        )
    )


def _clauses(
    sentence: Sentence, dates: list[DateMention]
) -> list[tuple[Sentence, list[DateMention]]]:
    """«Құрылыс 2025 жылы басталып, 2027 жылы пайдалануға беріледі»: clauses a converb and a
    comma join, each with a date and an event of its own, are events of their own; else the
    sentence is one."""
    cuts = [
        t.end
        for k, t in enumerate(sentence.tokens[1:], start=1)
        if t.text == "," and sentence.tokens[k - 1].lower.endswith(_CONVERB)
    ]
    if not cuts or len(dates) < 2:
        return [(sentence, dates)]
    bounds = list(zip([sentence.start, *cuts], [*cuts, sentence.end], strict=True))
    parts = []
    for start, end in bounds:
        text = sentence.text[start - sentence.start : end - sentence.start]
        tokens = [t for t in sentence.tokens if start <= t.start < end]
        part = Sentence(start, end, text, sentence.paragraph, tokens, sentence.headline)
        own = [d for d in dates if start <= d.start < end]
        if not own or event_in(part) is None:
            return [(sentence, dates)]
        parts.append((part, own))
    return parts


def _after(date: PartialDate, published: PartialDate) -> bool:
    """Whether `date` lies wholly after `published`, at the precision both give."""
    own = (date.year, date.month or 0, date.day or 0)
    cut = (published.year, published.month or 0, published.day or 0)
    precision = 1 + (date.month is not None) + (date.day is not None)
    return own[:precision] > cut[:precision]


def _long_before(date: PartialDate | None, published: PartialDate | None) -> bool:
    """Whether `date` lies wholly before the year of `published`: what happened in an earlier
    year is done whatever tense the sentence's last verb has."""
    return date is not None and published is not None and date.year < published.year


def _memorandum_of(
    organizations: list[str], memoranda: list[DraftMemorandum]
) -> DraftMemorandum | None:
    """The text's one memorandum, or of several the one whose parties the event names."""
    if len(memoranda) == 1:
        return memoranda[0]
    sharing = [m for m in memoranda if set(m.parties) & set(organizations)]
    return sharing[0] if len(sharing) == 1 else None


def _told_before(sentence: Sentence, at: int) -> bool:
    """«Ұлттық құрылтайдың IV отырысында көтерген бастамалар»: the event word in the locative
    before a past participle sets the background of a relative clause, no event of its day."""
    tokens = sentence.tokens
    following = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    endings = tuple(words("events", "told_before_endings"))
    return case_of(tokens[at].text) == "locative" and following.endswith(endings)


def _lead_sentence(
    sentences: list[Sentence], stamps: list[Span], published: PartialDate | None
) -> int | None:
    """The story's first sentence when a dated place line («Астана, 2025 жылғы 12 ақпан.») opens
    it right before: what it tells happened that day."""
    if published is None or published.day is None:
        return None
    body = [i for i, s in enumerate(sentences) if not s.headline]
    if not body:
        return None
    first = sentences[body[0]]
    return body[0] if any(0 <= first.start - stamp.end <= 2 for stamp in stamps) else None


def _ended(sentence: Sentence, at: int) -> bool:
    """The story's first sentence under a dated page tells its event completed («... мемлекеттік
    сапары аяқталды»): it ended the day of the page."""
    return completed(sentence, at) and status_of(sentence.text) == "done"


def _told_of_the_day(sentence: Sentence, at: int) -> bool:
    """A meeting, visit or reception told as done, not one planned or under way."""
    stems = tuple(words("agreements", "dateline_events") | words("events", "dateline_events"))
    return sentence.tokens[at].lower.startswith(stems) and status_of(sentence.text) == "done"
