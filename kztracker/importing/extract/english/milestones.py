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
from kztracker.importing.extract.english.dated_phrases import bracket_around, event_before_date
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
from kztracker.importing.extract.english.milestone_naming import (
    completed_work,
    hosted_event,
    named_event,
    named_subject,
    plain_event,
    planned_act,
    told_content,
    told_title,
    visit_before,
    with_antecedent,
    without_frame,
)
from kztracker.importing.extract.english.ratifications import approval_dates, ratifies, same_day
from kztracker.importing.extract.english.reported_talks import talks_after_report, talks_milestone
from kztracker.importing.extract.english.retold_events import retold_once, told_by_day
from kztracker.importing.extract.english.shared_subjects import shared_subject
from kztracker.importing.extract.english.signed_deadlines import signed_deadlines
from kztracker.importing.extract.english.signing_days import (
    DOCUMENTS,
    SIGNED,
    SignedDays,
    occasion_of,
    only_refers,
)
from kztracker.importing.extract.english.signing_occasions import new_occasions
from kztracker.importing.extract.english.story_years import MET_LEAD, explicit_year, latest_year
from kztracker.importing.extract.english.targets import target_title
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
    milestones: list[DraftMilestone] = []
    undated: list[DraftMilestone] = []
    occasions: list[DraftMilestone] = []
    events: dict[str, DateMention] = {}
    context_year = reference.year if reference else None
    told_ahead: int | None = None  # an undated page's context year, told of what is to come
    has_days = bool(_FULL_DATE.search(article.text))
    orgs: list[str] = []
    mentions_at, people_at = by_sentence(mentions), by_sentence(people or [])
    lead = dateline_leads(article, reference)
    story = story_day_leads(article, reference, lead, lambda text: bool(_LEAD_EVENT.search(text)))
    page_year = reference.year if reference else latest_year(article.text)
    told_in = reference.year if reference else story_year(article.text)  # once per article
    signed = SignedDays()
    signers: list[str] = []
    signed_at = told_deadlines = -9
    framing: tuple[int, PartialDate | None] = (-9, None)  # the last framed clause's
    for index, sentence in enumerate(article.sentences):
        previous = orgs
        orgs = [names.get(core_key(m.name), m.name) for m in mentions_at.get(index, [])]
        year = _year(sentence.text) or (context_year if reference is None else None)
        if not _year(sentence.text) and told_ahead and not _FUTURE.search(sentence.text):
            year = None  # "The summit will be held in 2030 ... From May 3-4, X is chairing"
        for start, clause in _clauses(sentence):
            ratification = ratifies(clause)  # an event of its own, not the signing
            refers = only_refers(clause, _EVENT)  # "met to review the memorandum signed in 2019"
            if _signs_document(clause) and not ratification and not refers:
                dated = find_dates(clause, reference, year)
                occasion = occasion_of(
                    sentence, start, clause, dated, lead.get(index) or signed.one()
                )
                signed.note(dated, lead.get(index))
                signers, signed_at = _unique(orgs) if dated else signers, index  # its own day
                if signed_at != told_deadlines:  # the sentence's documents, once
                    milestones += signed_deadlines(sentence.text, sentence.start, reference)
                    told_deadlines = index
                told = {(o.date, o.title) for o in occasions}  # one occasion, many clauses
                if occasion and (occasion.date, occasion.title) not in told:
                    occasion.organizations = _unique(orgs)  # "signed at a round-table": an event
                    occasions.append(occasion)
                continue
            if not (_EVENT.search(clause) or _FUTURE.search(clause) or cue(clause)):
                continue
            if stamp_only(clause):
                continue  # "Created at : 18.04.2019, 17:40": the page's stamp, no event
            if _FIGURE.search(clause):
                continue
            dates = find_dates(clause, reference, year)
            if ratification:
                dates = approval_dates(clause, dates)
            own = bool(dates)
            if (
                not dates
                and index in story
                and (ratification or _LEAD_EVENT.search(clause))
                # "launched a project" tells of it; "met to review the roadmap" is a meeting
                and (ratification or not NOUN.search(clause) or bool(MET_LEAD.search(clause)))
            ):
                # "ASTANA, August 7. The minister met ...": the dateline's day.
                dates = [DateMention(0, 0, story[index])]
            before = milestones[-1].date if milestones else None
            if not dates and same_day(clause) and before is not None:
                dates = [DateMention(0, 0, before)]
            moved = None if dates else offset_day(clause, before)  # "the next day, ..."
            dates = [DateMention(0, 0, moved)] if moved else dates
            if not dates and start and before is not None and _SAME_TRIP.match(clause):
                if milestones[-1].spans and milestones[-1].spans[0].start >= sentence.start:
                    dates = [DateMention(0, 0, PartialDate(before.year, before.month))]
            framed = None if dates else framing_day(clause, milestones)
            if framed is None and not dates:  # "As part of the visit, a meeting will take place"
                framed = framed_month(clause, milestones, article.text)
                if framed is None and index - framing[0] <= 2 and continues_frame(clause):
                    framed = framing[1]  # "In addition, he will take part in ..."
                elif framed is not None:
                    framing = (index, framed)
            if framed is not None:  # "held on the sidelines of the visit": the visit's day
                dates = [DateMention(0, 0, framed)]
            near = signers if index - signed_at <= 2 else []  # the meeting told right after
            met = None if dates else signing_meeting(clause, milestones, signed.one(), near)
            if met is not None:  # "During the meeting, the sides discussed": the signing's
                met.spans = [Span(sentence.start + start, sentence.start + start + len(clause))]
                milestones.append(met)
                continue
            if not dates:
                inherited = event_day(clause, events)
                if inherited is None:
                    undated.extend(
                        undated_events(
                            sentence,
                            start,
                            clause,
                            orgs or _referred(sentence, previous),
                            lambda text: milestone_title(text, []),
                        )
                    )
                    continue
                dates = [inherited]
            for piece_start, piece, date in _by_date(clause, dates):
                date = anchored(clause, piece, date, reference, bool(_FUTURE.search(piece)))
                if _signs_document(piece) and not ratification:
                    continue
                if not_an_event_day(clause, date, own):
                    talks = talks_after_report(clause, date)  # "said Saturday after talks with"
                    if talks is not None:
                        milestones.append(
                            talks_milestone(
                                talks,
                                date,
                                _status("", date, reference),
                                _unique(orgs),
                                sentence.start + start,
                            )
                        )
                    continue  # an aside, the report's day, a term, a lasting state's start
                if founded_before(piece, date, page_year) or recalled(piece, date, page_year):
                    continue  # "the centre was created in 2015": background to the story
                if long_before(date, _status(piece, date, reference), told_in):
                    continue  # "the declaration adopted here in 1978": the story's history
                name = EVENT_NAME.search(piece)
                if name and not date.relative:
                    events.setdefault(event_key(name.group(1)), date)
                title = named_subject(
                    with_antecedent(
                        clause,
                        piece_start,
                        piece,
                        milestone_title(
                            without_frame(piece),
                            [d for d in dates if d.start >= piece_start],
                            piece_start,
                        ),
                    ),
                    mentions_at.get(index, []),
                    names,
                    core_key,
                    [p.organization for p in people_at.get(index, []) if p.organization],
                    sentence.start + start + piece_start,
                    piece,
                )
                title = plain_event(piece) or named_event(piece, title)
                if date.end > date.start >= piece_start:
                    at = date.start - piece_start  # "to host the 7th Congress of X on 14 May"
                    content = hosted_event(piece, at) or told_content(piece, at)  # "that X will"
                    title = (
                        content
                        or planned_act(piece, at)
                        or visit_before(piece, at)
                        or event_before_date(piece, at, title)
                        or title
                    )
                    inner = bracket_around(piece, at)  # "(transit of X in 2023 was agreed)"
                    if inner is not None:
                        title = milestone_title(
                            piece[inner[0] : inner[1]], [date], piece_start + inner[0]
                        )
                if date.end > date.start >= piece_start:  # "the goal of X by 2030": X is it
                    title = (
                        target_title(piece, date.start - piece_start, date.end - piece_start)
                        or title
                    )
                title = shared_subject(sentence.text, start + piece_start, piece, title)
                at = sentence.start + start + piece_start
                title = completed_work(piece, article.text[max(0, at - 600) : at]) or title
                title = told_title(title, piece)  # a long name cut before its verb, names alone
                if len(title.split()) < 2:
                    continue  # "MONGOLIA, - On": a dateline's leftovers tell of nothing
                milestones.append(
                    DraftMilestone(
                        title=title,
                        date=date.date,
                        status=_status(piece, date, reference),
                        organizations=_unique(orgs),
                        spans=[
                            Span(
                                sentence.start + start + piece_start,
                                sentence.start + start + piece_start + len(piece),
                            )
                        ],
                    )
                )
                if VISIT.search(title) and date.date.month and date.date.year:
                    framing = (index, PartialDate(date.date.year, date.date.month))  # its trip's
        found_year = explicit_year(sentence.text)
        if (
            found_year
            and reference is None
            and not (
                # An undated article's present is the day its news happened ("on 4 March 2026"),
                # not a year it looks back to ("had grown by 30 percent in 2025").
                has_days and not _FULL_DATE.search(sentence.text)
            )
        ):
            context_year = found_year
            # A year told only of what is to come is not the year the rest is told in.
            told_ahead = found_year if _FUTURE.search(sentence.text) else None
        elif reference is None and not found_year and _PRESENT.search(sentence.text):
            context_year = None  # "this year he received ...": a present no year told before is
    milestones = restated_once(milestones)  # the headline's event told again in the lead
    milestones = retold_once(milestones, article.text)  # a caption repeating the lead
    milestones = told_by_day(milestones, article.text)  # "the Forum in June", then its days
    milestones += new_occasions(occasions, milestones)
    visits = any(VISIT.search(m.title) for m in milestones)
    return milestones + [m for m in undated if not (visits and VISIT.search(m.title))]


# "X will attend the summit on 2 July, and will pay a state visit to Y": the same trip's month.
_SAME_TRIP = re.compile(_DATA["same_trip"])
_PRESENT = re.compile(r"\b(?:" + "|".join(_DATA["present_words"]) + r")\b", re.IGNORECASE)
_FULL_DATE = re.compile(
    r"\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b|\b[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


# "These collaborations are preparing ...": a sentence that points back to the one before.
_REFERRING = re.compile(r"(?:" + "|".join(_DATA["referring_openings"]) + r")\b")
# Where one piece of a clause ends and the next date's begins: "met B, who arrived on Sunday".
_SEPARATORS = tuple(_DATA["piece_separators"])


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


def _by_date(clause: str, dates: list[DateMention]) -> list[tuple[int, str, DateMention]]:
    """One piece of the clause per date: "open on 1 September and close on 31 October"."""
    if len(dates) == 1:
        return [(0, clause, dates[0])]
    pieces = []
    start = 0
    for current, following in zip(dates, dates[1:], strict=False):
        between = clause[current.end : following.start]
        cut = next((between.rfind(sep) for sep in _SEPARATORS if sep in between), -1)
        end = current.end + (cut if cut >= 0 else len(between))
        pieces.append((start, clause[start:end], current))
        start = end
    pieces.append((start, clause[start:], dates[-1]))
    return [(s, p, d) for s, p, d in pieces if p.strip()]


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


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
