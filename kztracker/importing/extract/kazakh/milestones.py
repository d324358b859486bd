"""Relate, milestones: visits, meetings, openings, launches and planned agreements, with the
status the verb gives (past -ды/-ді → done; -мақ/-бақ, -ады/-еді, «жоспарлануда» → planned;
-уде, «жатыр» → in progress) and the date the clause gives, tied to the text's memorandum and
its organizations. A signing is the memorandum's date, not a milestone of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, DraftMilestone
from kztracker.importing.extract.kazakh.agreements import is_planned_agreement
from kztracker.importing.extract.kazakh.dates import DateMention
from kztracker.importing.extract.kazakh.document_details import dates_by_sentence
from kztracker.importing.extract.kazakh.endings import case_of
from kztracker.importing.extract.kazakh.event_words import event_in, events, reception
from kztracker.importing.extract.kazakh.first_events import first_event_title, since_title
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.milestone_titles import (
    DELEGATION,
    OFFICIAL,
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
_VISIT = data("events")["visit_word"]  # what a frame word names: «сапар»


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
    named = Coverage((p.start, p.end) for p in people or [])
    lead = _lead_sentence(sentences, stamps or [], published)
    first_body = next((i for i, s in enumerate(sentences) if not s.headline), None)
    if published is None or published.day is None:
        first_body = None
    result: list[DraftMilestone] = []
    seen: set[tuple[str, str | None]] = set()
    told: dict[str, PartialDate | None] = {}  # the events told so far, for «Форум аясында ...»
    headline_events: dict[int, str] = {}  # the headline's milestones by place, and their event
    signings = {span for memo in memoranda for span in memo.spans}
    orgs_at = by_sentence(organizations)
    dates_at = dates_by_sentence(sentences, dates)
    clauses = [
        (index, clause, own)
        for index, sentence in enumerate(sentences)
        for clause, own in _clauses(sentence, dates_at.get(index, []))
    ]
    for index, sentence, own in clauses:
        planned_signing = is_planned_agreement(sentence)
        signed = sentence.span() in signings or sentences[index].span() in signings
        # «... сапары барысында ... меморандумға қол қойылды»: the visit is an event of its own
        found = _signed_during(sentence) if signed else event_in(sentence, named)
        if signed and found is None:
            continue
        # «Алғашқы студенттер 2025 жылдың ақпанында аттанады»: a dated first of something
        since = since_title(sentence) if found is None and own else None
        first = (first_event_title(sentence) or since) if found is None and own else None
        if found is None and not planned_signing and first is None:
            continue
        own = [d for d in own if not said_on(sentence, found[0] if found else None, d)]
        if (
            sentence.headline
            and found
            and found[1].stem == RECEPTION
            and any(reception(s) is not None for s in sentences if not s.headline)
        ):
            continue  # the headline's reception is the one the story tells with its day
        title = first or (
            event_title(sentence, found)
            if found and not planned_signing
            else signing_title(sentence)
        )
        date = own[0].date if own and not (found and _told_before(sentence, found[0])) else None
        if date is None and index == lead and found and _told_of_the_day(sentence, found[0]):
            date = published
        elif date is None and index == first_body and found and _ended(sentence, found[0]):
            date = published  # «23.12.2022 ... Президенттің ... сапары аяқталды»: it ended that day
        if (
            date is None
            and result
            and found
            and not planned_signing
            and (_within_told_event(sentence, found[0]) or _framed_arrival(sentence, found))
        ):
            # «Кездесуде тараптар ...»: what happened at the meeting already told; an event of
            # its own inside it («Форум аясында платформа іске қосылды») is of the frame's day
            inner = _inside_frame(sentence, found[0], named)
            if inner is None:
                continue
            frame, found = _told_key(found[1]), inner
            title = event_title(sentence, found)
            # one told done is of the frame's day; one still to come may fall on any of its days
            date = told.get(frame) if status_of(sentence.text) == "done" else None
        # a clause a converb ends («басталып, ...») takes the tense of the sentence's verb
        status = "planned" if planned_signing else status_of(sentences[index].text)
        if date is not None and published is not None and _after(date, published):
            status = "planned"
        elif since is not None and first == since:
            status = "in_progress"  # «... жылдан бері ... жұмыс істеп келеді»: still going on
        elif status == "planned" and not planned_signing and _long_before(date, published):
            status = "done"  # «2013 жылы құрылған ... шығарады»: the verb is not the event's
        orgs = list(
            dict.fromkeys(names.get(core_key(m.name), m.name) for m in orgs_at.get(index, []))
        )
        # The headline and the body often tell of one event: one milestone per event and date.
        event = found[1].title if found and date else name_key(title)
        marker = (event, date.isoformat() if date else None)
        if marker in seen:
            continue
        seen.add(marker)
        memo = _memorandum_of(orgs, memoranda)
        if sentence.headline and found:
            headline_events[len(result)] = found[1].title
        if found and not sentence.headline:
            told[_told_key(found[1])] = date or told.get(_told_key(found[1]))
        result.append(
            DraftMilestone(
                title=title,
                date=date,
                status=status,
                organizations=orgs or (list(memo.parties) if memo else []),
                memorandum=memo.title if memo else None,
                spans=[sentence.span()],
            )
        )
    return [_as_headline(m) for m in _without_headline_echo(result, headline_events)]


def _as_headline(milestone: DraftMilestone) -> DraftMilestone:
    """A title cut from the middle of a sentence («театрлар құрылысы») opens with a capital, as
    the titles the user writes and the other languages' do."""
    milestone.title = milestone.title[:1].upper() + milestone.title[1:]
    return milestone


def _without_headline_echo(
    found: list[DraftMilestone], headline_events: dict[int, str]
) -> list[DraftMilestone]:
    """The headline's undated meeting is the one the story tells («... кездесті» twice): one
    meeting, kept where the story tells it (with the organizations of that sentence)."""
    told = {
        (event, m.date)
        for i, m in enumerate(found)
        if i not in headline_events and (event := _event_of(m.title))
    }
    return [
        m
        for i, m in enumerate(found)
        if not (i in headline_events and m.date is None and (headline_events[i], None) in told)
    ]


def _signed_during(sentence: Sentence) -> tuple[int, Event] | None:
    """«Мемлекет басшысының Моңғолияға сапары барысында ... қол қойылды», «... сапарын атап
    өтіп, оның барысында ... қол қойылған»: a visit a document was signed during (a frame word
    a few words after it, or «оның барысында» a little further) is a milestone of the signing's
    day."""
    raw = data("events")
    frames = words("agreements", "event_frames")
    kept = tuple(words("events", "framed_events_kept"))
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.lower.startswith(kept):
            continue
        near = tokens[i + 1 : i + 1 + raw["frame_reach"]]
        further = tokens[i + 1 : i + 1 + raw["frame_pronoun_reach"]]
        if any(t.lower in frames for t in near) or any(
            t.lower in frames and k and further[k - 1].lower in raw["frame_pronouns"]
            for k, t in enumerate(further)
        ):
            return i, next(e for e in events() if token.lower.startswith(e.stem))
    return None


def _framed_arrival(sentence: Sentence, found: tuple[int, Event]) -> bool:
    """«Сапар барысында делегация ... барды»: a delegation's going inside a told visit is
    where it went on that visit, no visit of its own."""
    frames = words("agreements", "event_frames")
    return found[1].stem in (DELEGATION, OFFICIAL) and any(
        t.lower in frames for t in sentence.tokens[: found[0]]
    )


def _told_key(event: Event) -> str:
    """The event a frame word names: a delegation's or an official's coming is a «сапар»."""
    return _VISIT if event.stem in (DELEGATION, OFFICIAL) else event.title


def _inside_frame(sentence: Sentence, at: int, people: Coverage) -> tuple[int, Event] | None:
    """The event word after the frame at `at` («Сапар аясында ... сауда үйі ашылды»), in the
    sentence's tokens; None when only the frame names one or a delegation's coming is all."""
    later = sentence.tokens[at + 1 :]
    if not later:
        return None
    text = sentence.text[later[0].start - sentence.start :]
    part = Sentence(later[0].start, sentence.end, text, sentence.paragraph, later)
    found = event_in(part, people)
    if found is None or found[1].stem in (DELEGATION, OFFICIAL, RECEPTION):
        return None
    return at + 1 + found[0], found[1]


def _event_of(title: str) -> str | None:
    """The event a title ends in; a delegation's visit («... делегациясының сапары») too."""
    arrival = data("events")["arrival_title"]
    if title.endswith(arrival):
        return arrival
    last = title.split()[-1] if title.split() else ""
    return next((e.title for e in events() if last == e.title), None)


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


def _within_told_event(sentence: Sentence, at: int) -> bool:
    """«Кездесуде ...», «Кездесу барысында ...», «Сапар аясында ...»: the event word sets the
    scene of what follows (locative, or a frame word after it); it names no new event."""
    tokens = sentence.tokens
    frames = words("agreements", "event_frames")
    following = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    return case_of(tokens[at].text) == "locative" or following in frames


def _ended(sentence: Sentence, at: int) -> bool:
    """The story's first sentence under a dated page tells its event completed («... мемлекеттік
    сапары аяқталды»): it ended the day of the page."""
    return completed(sentence, at) and status_of(sentence.text) == "done"


def _told_of_the_day(sentence: Sentence, at: int) -> bool:
    """A meeting, visit or reception told as done, not one planned or under way."""
    stems = tuple(words("agreements", "dateline_events") | words("events", "dateline_events"))
    return sentence.tokens[at].lower.startswith(stems) and status_of(sentence.text) == "done"
