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
from kztracker.importing.extract.english.agreement_wording import ASIDE, NOUN
from kztracker.importing.extract.english.date_roles import (
    anchored,
    founded_before,
    long_before,
    not_an_event_day,
    recalled,
    signs_other,
    story_year,
)
from kztracker.importing.extract.english.dated_pieces import by_date
from kztracker.importing.extract.english.datelines import (
    dateline_leads,
    stamp_only,
    story_day_leads,
)
from kztracker.importing.extract.english.dates import DateMention, find_dates, year_in
from kztracker.importing.extract.english.day_offsets import offset_day
from kztracker.importing.extract.english.event_days import EVENT_NAME, event_day, event_key
from kztracker.importing.extract.english.framed_events import (
    continues_frame,
    framed_month,
    signing_meeting,
)
from kztracker.importing.extract.english.milestone_reading import ArticleReading, Clause
from kztracker.importing.extract.english.milestone_signings import note_signing
from kztracker.importing.extract.english.milestone_titles import piece_title
from kztracker.importing.extract.english.ratifications import approval_dates, ratifies, same_day
from kztracker.importing.extract.english.reported_talks import talks_after_report, talks_milestone
from kztracker.importing.extract.english.retold_events import retold_once, told_by_day
from kztracker.importing.extract.english.signing_days import DOCUMENTS, SIGNED, only_refers
from kztracker.importing.extract.english.signing_occasions import new_occasions
from kztracker.importing.extract.english.story_years import MET_LEAD, explicit_year, latest_year
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.english.titles import EVENT, milestone_title
from kztracker.importing.extract.english.undated import VISIT, cue, undated_events
from kztracker.importing.extract.english.visits import framing_day, restated_once
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention, by_sentence

_DATA = language_file("english", "milestones")
_EVENT = re.compile(
    EVENT.pattern + r"|\b(?:" + "|".join(_DATA["more_events"]) + r")\b", re.IGNORECASE
)
_FUTURE = re.compile(r"\b(?:" + "|".join(_DATA["future"]) + r")\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(?:" + "|".join(_DATA["ongoing"]) + r")\b", re.IGNORECASE)
# "trade amounted to $3.1 billion in 2024": a figure, not an event.
_FIGURE = re.compile(r"\b(?:" + "|".join(_DATA["figures"]) + r")" + _DATA["figure_amount"])
_LEAD_EVENT = re.compile(r"\b(?:" + "|".join(_DATA["lead_events"]) + r")\b", re.IGNORECASE)
_CLAUSES = re.compile("|".join(_DATA["clause_breaks"]))
_PAST_SIGNING = re.compile(
    rf"\b(?:{SIGNED})\b.*\b(?:{DOCUMENTS})"
    rf"|\b(?:{DOCUMENTS})\w*\b.*\b(?:{'|'.join(_DATA['signed_auxiliaries'])})\s+(?:{SIGNED})\b",
    re.IGNORECASE,
)
_SIGNING_EVENT = re.compile(r"\b(?:" + "|".join(_DATA["signing_events"]) + r")\b", re.IGNORECASE)
# A document's term: "the Cooperation Program ... for 2025-2026".


def milestones_in(
    article: Article,
    mentions: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    reference: PartialDate | None,
    people: list[PersonMention] | None = None,
) -> list[DraftMilestone]:
    """The article's milestones, read clause by clause: each clause either notes a signing or,
    when it tells an event, gives one milestone per date (its own or one the context lends)."""
    reading = _start_reading(article, mentions, names, core_key, reference, people)
    for index, sentence in enumerate(article.sentences):
        reading.previous = reading.orgs
        reading.orgs = [
            names.get(core_key(m.name), m.name) for m in reading.mentions_at.get(index, [])
        ]
        year = _sentence_year(sentence.text, reading)
        for start, text in _clauses(sentence):
            _read_clause(reading, Clause(index, sentence, start, text, year))
        _carry_context_year(sentence.text, reading)
    return _finished(reading)


def _start_reading(
    article: Article,
    mentions: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    reference: PartialDate | None,
    people: list[PersonMention] | None,
) -> ArticleReading:
    """What the whole article tells before any clause is read: its dateline days, the year it
    is told in, whether it writes full dates at all."""
    has_days = bool(_FULL_DATE.search(article.text))
    mentions_at, people_at = by_sentence(mentions), by_sentence(people or [])
    lead = dateline_leads(article, reference)
    story = story_day_leads(article, reference, lead, lambda text: bool(_LEAD_EVENT.search(text)))
    return ArticleReading(
        article=article,
        reference=reference,
        names=names,
        core_key=core_key,
        has_days=has_days,
        mentions_at=mentions_at,
        people_at=people_at,
        lead=lead,
        story=story,
        page_year=reference.year if reference else latest_year(article.text),
        told_in=reference.year if reference else story_year(article.text),
        context_year=reference.year if reference else None,
    )


def _sentence_year(text: str, reading: ArticleReading) -> int | None:
    """The year a sentence's dates without one fall in: its own, or on an undated page the
    context's, unless that year was told only of what is to come and this sentence is not."""
    year = _year(text) or (reading.context_year if reading.reference is None else None)
    if not _year(text) and reading.told_ahead and not _FUTURE.search(text):
        year = None  # "The summit will be held in 2030 ... From May 3-4, X is chairing"
    return year


def _read_clause(reading: ArticleReading, clause: Clause) -> None:
    """A signing clause is noted for the memorandum; a clause that tells an event gets its
    dates (its own, or one the context lends) and a milestone for each dated piece."""
    ratification = ratifies(clause.text)  # an event of its own, not the signing
    refers = only_refers(clause.text, _EVENT)  # "met to review the memorandum signed in 2019"
    if _signs_document(clause.text) and not ratification and not refers:
        note_signing(reading, clause)
        return
    if not _tells_event(clause.text):
        return
    dates = find_dates(clause.text, reading.reference, clause.year)
    if ratification:
        dates = approval_dates(clause.text, dates)
    own = bool(dates)
    if not dates:
        dates = _lent_dates(reading, clause, ratification)
    if not dates:
        dates = _dateless(reading, clause)
        if not dates:
            return
    for piece_start, piece, date in by_date(clause.text, dates):
        _read_piece(reading, clause, dates, (piece_start, piece, date), ratification, own)


def _tells_event(text: str) -> bool:
    """A clause with an event word, a future or an undated event's cue; not a page's stamp,
    nor a figure."""
    if not (_EVENT.search(text) or _FUTURE.search(text) or cue(text)):
        return False
    if stamp_only(text):
        return False  # "Created at : 18.04.2019, 17:40": the page's stamp, no event
    return not _FIGURE.search(text)


def _lent_dates(reading: ArticleReading, clause: Clause, ratification: bool) -> list[DateMention]:
    """A day the context lends a clause without one, the first that applies: the dateline's,
    the milestone before's (the same day, a day counted from it, its trip's month), or the
    frame's (the visit a meeting is part of)."""
    text, index = clause.text, clause.index
    if (
        index in reading.story
        and (ratification or _LEAD_EVENT.search(text))
        # "launched a project" tells of it; "met to review the roadmap" is a meeting
        and (ratification or not NOUN.search(text) or bool(MET_LEAD.search(text)))
    ):
        # "ASTANA, August 7. The minister met ...": the dateline's day.
        return [DateMention(0, 0, reading.story[index])]
    milestones = reading.milestones
    before = milestones[-1].date if milestones else None
    if same_day(text) and before is not None:
        return [DateMention(0, 0, before)]
    moved = offset_day(text, before)  # "the next day, ..."
    if moved:
        return [DateMention(0, 0, moved)]
    if clause.start and before is not None and _SAME_TRIP.match(text):
        if milestones[-1].spans and milestones[-1].spans[0].start >= clause.sentence.start:
            return [DateMention(0, 0, PartialDate(before.year, before.month))]
    framed = framing_day(text, milestones)
    if framed is None:  # "As part of the visit, a meeting will take place"
        framed = framed_month(text, milestones, reading.article.text)
        if framed is None and index - reading.framing[0] <= 2 and continues_frame(text):
            framed = reading.framing[1]  # "In addition, he will take part in ..."
        elif framed is not None:
            reading.framing = (index, framed)
    if framed is not None:  # "held on the sidelines of the visit": the visit's day
        return [DateMention(0, 0, framed)]
    return []


def _dateless(reading: ArticleReading, clause: Clause) -> list[DateMention]:
    """A clause still without a day: the meeting told right after a signing takes the
    signing's, an event named before keeps its day, anything else is an undated event."""
    # the meeting told right after
    near = reading.signers if clause.index - reading.signed_at <= 2 else []
    met = signing_meeting(clause.text, reading.milestones, reading.signed.one(), near)
    if met is not None:  # "During the meeting, the sides discussed": the signing's
        met.spans = [Span(clause.at, clause.at + len(clause.text))]
        reading.milestones.append(met)
        return []
    inherited = event_day(clause.text, reading.events)
    if inherited is None:
        reading.undated.extend(
            undated_events(
                clause.sentence,
                clause.start,
                clause.text,
                reading.orgs or _referred(clause.sentence, reading.previous),
                lambda text: milestone_title(text, []),
            )
        )
        return []
    return [inherited]


def _read_piece(
    reading: ArticleReading,
    clause: Clause,
    dates: list[DateMention],
    dated_piece: tuple[int, str, DateMention],
    ratification: bool,
    own: bool,
) -> None:
    """One piece of a clause and its date: a milestone, unless the date is not the event's
    (a report's day, a term, the story's background) or the piece names nothing."""
    piece_start, piece, date = dated_piece
    date = anchored(clause.text, piece, date, reading.reference, bool(_FUTURE.search(piece)))
    if _signs_document(piece) and not ratification:
        return
    if not_an_event_day(clause.text, date, own):
        _talks_after_report(reading, clause, date)
        return  # an aside, the report's day, a term, a lasting state's start
    if _background(piece, date, reading):
        return
    name = EVENT_NAME.search(piece)
    if name and not date.relative:
        reading.events.setdefault(event_key(name.group(1)), date)
    title = piece_title(reading, clause, piece_start, piece, date, dates)
    if len(title.split()) < 2:
        return  # "MONGOLIA, - On": a dateline's leftovers tell of nothing
    at = clause.at + piece_start
    reading.milestones.append(
        DraftMilestone(
            title=title,
            date=date.date,
            status=_status(piece, date, reading.reference),
            organizations=reading.unique_orgs(),
            spans=[Span(at, at + len(piece))],
        )
    )
    if VISIT.search(title) and date.date.month and date.date.year:
        reading.framing = (clause.index, PartialDate(date.date.year, date.date.month))  # its trip's


def _talks_after_report(reading: ArticleReading, clause: Clause, date: DateMention) -> None:
    """A report's day is no event, but the talks it was said after are one."""
    talks = talks_after_report(clause.text, date)  # "said Saturday after talks with"
    if talks is not None:
        reading.milestones.append(
            talks_milestone(
                talks,
                date,
                _status("", date, reading.reference),
                reading.unique_orgs(),
                clause.at,
            )
        )


def _background(piece: str, date: DateMention, reading: ArticleReading) -> bool:
    """A date the story looks back to, not one it happened on."""
    if founded_before(piece, date, reading.page_year) or recalled(piece, date, reading.page_year):
        return True  # "the centre was created in 2015": background to the story
    # "the declaration adopted here in 1978": the story's history
    return long_before(date, _status(piece, date, reading.reference), reading.told_in)


def _carry_context_year(text: str, reading: ArticleReading) -> None:
    """On an undated page, the year the sentences after this one are told in."""
    found_year = explicit_year(text)
    if (
        found_year
        and reading.reference is None
        and not (
            # An undated article's present is the day its news happened ("on 4 March 2026"),
            # not a year it looks back to ("had grown by 30 percent in 2025").
            reading.has_days and not _FULL_DATE.search(text)
        )
    ):
        reading.context_year = found_year
        # A year told only of what is to come is not the year the rest is told in.
        reading.told_ahead = found_year if _FUTURE.search(text) else None
    elif reading.reference is None and not found_year and _PRESENT.search(text):
        reading.context_year = None  # "this year he received ...": a present no year told before is


def _finished(reading: ArticleReading) -> list[DraftMilestone]:
    """Each event told once, the signings' occasions, then the undated events (no undated
    visit when a dated one is told)."""
    text = reading.article.text
    milestones = restated_once(reading.milestones)  # the headline's event told again in the lead
    milestones = retold_once(milestones, text)  # a caption repeating the lead
    milestones = told_by_day(milestones, text)  # "the Forum in June", then its days
    milestones += new_occasions(reading.occasions, milestones)
    visits = any(VISIT.search(m.title) for m in milestones)
    return milestones + [m for m in reading.undated if not (visits and VISIT.search(m.title))]


# "X will attend the summit on 2 July, and will pay a state visit to Y": the same trip's month.
_SAME_TRIP = re.compile(_DATA["same_trip"])
_PRESENT = re.compile(r"\b(?:" + "|".join(_DATA["present_words"]) + r")\b", re.IGNORECASE)
_FULL_DATE = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b|\b[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


# "These collaborations are preparing ...": a sentence that points back to the one before.
_REFERRING = re.compile(r"(?:" + "|".join(_DATA["referring_openings"]) + r")\b")


def _signs_document(text: str) -> bool:
    """A signing the memorandum holds, not a milestone: not one still to come, nor a law
    signed that ratifies a document ("signed the law ratifying the agreement")."""
    if _future(ASIDE.sub(",", text)):
        return False
    if _SIGNING_EVENT.search(text):
        return True  # "the signing ceremony took place on 5 March": the memorandum's date
    return bool(_PAST_SIGNING.search(text)) and not signs_other(text)


def _future(clause: str) -> bool:
    """Said of what is to come; "a joint work plan", "a plan of measures" is a document (the
    agreement nouns of data/agreements.json), not a plan to do."""
    return bool(_FUTURE.search(NOUN.sub("", clause)))


def _referred(sentence: Sentence, previous: list[str]) -> list[str]:
    """ "These collaborations are preparing ...": the organizations of the sentence before."""
    return previous if _REFERRING.match(sentence.text) else []


def _year(text: str) -> int | None:
    return year_in(text)  # not a term's year ("the 2019-2021 plan signed November 9")


def _clauses(sentence: Sentence) -> list[tuple[int, str]]:
    pieces = []
    start = 0
    for match in _CLAUSES.finditer(sentence.text):
        pieces.append((start, sentence.text[start : match.start()]))
        start = match.end()
    pieces.append((start, sentence.text[start:]))
    return [(s, p) for s, p in pieces if p.strip()]


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
