"""What a date in a milestone's clause stands for (date stage): the day of the clause's event, or
something else that is no event's day: a background aside ("The centre, opened in 2016, will
..."), the day the news was told ("reported on Monday"), a document's or a programme's term
("a cooperation programme for 2025-2026", "the results for 2016"), or the start of a lasting state
("has invested $6 billion since 1994", "since the start of cooperation on 19 January 1994").

A term is not a deadline: "scheduled for 2027", "planned for June" keep their date. The words are
data (data/milestones.json, and the phrasings around a date in data/dates.json)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.agreement_wording import NOUN, OTHER_OBJECT, SIGN
from kztracker.importing.extract.english.dates import DateMention, nearest_year
from kztracker.importing.extract.english.signing_days import signed_before
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "milestones")
_ROLES = language_file("english", "dates")  # the phrasings around a date (date_roles keys)
_TERM = re.compile(rf"(?:{NOUN.pattern}).*" + _ROLES["term_for"], re.I | re.S)
_REPORTED = re.compile(r"\b(?:" + "|".join(_DATA["reported"]) + r")" + _ROLES["reported_tail"])
_SCHEDULED = "|".join(_DATA["scheduled_for"])
# "for 2016", "for the period of 2021-2025" with no word of scheduling before "for".
_PERIOD = re.compile(
    r"(?<!\w)(?:(?P<lead>[\w-]+)\s+)?"
    + fill_slots(_ROLES["period_for"], period_nouns=_DATA["period_nouns"]),
    re.IGNORECASE,
)
_SINCE = re.compile(
    fill_slots(_ROLES["since_start"], since_starts=_DATA["since_starts"]), re.IGNORECASE
)
# "since the country declared its independence in December 1991, ...": a since-clause's date.
_SINCE_CLAUSE = re.compile(
    fill_slots(_ROLES["since_clause"], words=str(int(_DATA["since_clause_words"]))),
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:" + "|".join(_DATA["past_markers"]) + r")\b", re.IGNORECASE)
_TERM_BEFORE = re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:{NOUN.pattern})", re.I)
_PERIOD_SUBJECT = re.compile(r"\s+(?:" + "|".join(_DATA["period_subject_verbs"]) + r")\b", re.I)
_PREPOSITION = re.compile(r"(?:" + "|".join(_ROLES["own_prepositions"]) + r")\s+", re.IGNORECASE)
# "The centre, opened in 2016, will ...": a background date between commas.
_BACKGROUND = re.compile(_ROLES["background"])
# "signed ... in 2019" right before the date, unless the signing is still to come.
_SIGNED_BEFORE = re.compile(_ROLES["signed_before"])
_TO_BE_SIGNED = re.compile(_ROLES["to_be_signed"])
_SIGNED_AFTER = re.compile(_ROLES["signed_after"])  # "This year the centre signed ..."
_QUOTED_PRESENT = frozenset(_ROLES["quoted_present"])


def not_an_event_day(clause: str, date: DateMention, own: bool) -> bool:
    """Whether `date` (found in `clause`) is no day of the clause's event."""
    before = clause[: date.start]
    word = _PREPOSITION.match(clause[date.start : date.end])
    if word:  # the date's own match took its preposition: "for 2016", "in 2009"
        before += word.group()
    if own and aside(clause, date):
        return True
    if _QUOTE_OPENS.search(before) and _speech_present(clause, date):
        return True  # "“Today, the world faces new challenges,” he said": the speaker's present
    if not clause[: date.start].strip() and _PERIOD_SUBJECT.match(clause[date.end :]):
        return True  # "This year will be quite eventful": the time told of, no event in it
    if _REPORTED.search(before):
        return True  # the date the news was given, not of an event
    period = _PERIOD.search(before)
    scheduled = bool(period and re.fullmatch(_SCHEDULED, period.group("lead") or "", re.I))
    if date.until is not None and _TERM.search(before) and not scheduled:
        return True  # "a cooperation programme for 2025-2026": its term, no event
    if date.until is not None and _TERM_BEFORE.match(clause[date.end :]):
        return True  # "the 2019-2021 Joint Action Plan": the document's term
    if period and not scheduled:
        return True  # "the results for 2016", "the programme for 2011-2015"
    if _SINCE_CLAUSE.search(before) and re.match(r"\s*,", clause[date.end :]):
        return True  # "since X declared independence in 1991, ...": where a state began
    return bool(_SINCE.search(before))  # "since 1994": a lasting state, not an event


# A quotation opening right before the date.
_QUOTE_OPENS = re.compile(r"[“\"«‘]\s*$")


def _speech_present(clause: str, date: DateMention) -> bool:
    """ "Today," opening a quotation told in the present, no past act after it: the time the
    speaker speaks of, not a day an event happened on."""
    told = clause[date.start : date.end].strip().casefold()
    rest = clause[date.end :]
    return told in _QUOTED_PRESENT and rest.startswith(",") and not _PAST.search(rest)


def anchored(
    clause: str, piece: str, date: DateMention, reference: PartialDate | None, future: bool
) -> DateMention:
    """A month without its year takes the year another clause of the sentence gives ("began in
    January and is to finish in December 2026"); with a publication date, the year of the
    piece's own tense is meant instead: last January for what began, the coming June for what
    will be held."""
    if reference is None or date.relative or date.end <= date.start or date.date.month is None:
        return date
    if re.search(r"(?:19|20)\d\d", clause[date.start : date.end] + " " + piece):
        return date  # the year is written with it, or in its own piece
    if not re.search(r"\b(?:19|20)\d\d\b", clause):
        return date  # no other clause lent it a year ("in May of the current year")
    past = not future and _PAST.search(piece)
    if not (future or past):
        return date  # no tense to go by ("to wrap up by July")
    moved = nearest_year(
        PartialDate(reference.year, date.date.month, date.date.day), reference, bool(past)
    )
    shift = moved.year - date.date.year
    if shift == 0:
        return date
    until = date.until
    if until is not None:
        until = PartialDate(until.year + shift, until.month, until.day)
    return replace(date, date=moved, until=until)


def aside(clause: str, date: DateMention) -> bool:
    """ "The centre, opened in 2016, will coordinate": a background date, or a signing date."""
    before = clause[: date.start]
    after = clause[date.end :]
    background = _BACKGROUND.search(before) and re.match(r"\s*,", after)
    signing = (
        (_SIGNED_BEFORE.search(before) and not _TO_BE_SIGNED.search(before))
        or (  # "This year the centre signed ...", not "met today to review the MoU signed in 2019"
            _SIGNED_AFTER.match(after) and not signed_before(after[:60])
        )
    )
    return bool(background or signing) and not signs_other(clause)


def signs_other(text: str) -> bool:
    """ "signed the law ratifying the agreement": what was signed is no document of the text."""
    return any(OTHER_OBJECT.match(text[m.end() :]) for m in SIGN.finditer(text))


_FOUNDING = re.compile(r"\b(?:" + "|".join(_DATA["founding_verbs"]) + r")\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:" + "|".join(_DATA["future"]) + r")\b", re.IGNORECASE)


def founded_before(piece: str, date: DateMention, page_year: int | None) -> bool:
    """ "The centre was created on 29 December 2015" in a page of 2018: the founding of a body
    or a tie before the story is background, not one of its events. Only a year before the
    page's own counts, so the news of a founding ("was established on 5 May" this year) stays."""
    if page_year is None or date.relative or date.date.year >= page_year:
        return False
    return bool(_FOUNDING.search(piece)) and not _AHEAD.search(piece)


_RECALLED = re.compile(r"\b(?:" + "|".join(_DATA["recall_verbs"]) + r")\b", re.IGNORECASE)


def recalled(piece: str, date: DateMention, page_year: int | None) -> bool:
    """ "He warmly recalled his working visit to Kazakhstan in September 2017" on a page of
    2019: a memory the speaker told, background to the story, not one of its events."""
    if page_year is None or date.relative or date.date.year >= page_year:
        return False
    return bool(_RECALLED.search(piece)) and not _AHEAD.search(piece)


_HISTORY = int(_DATA["history_years"])
# A year told as still to come: "by 2030", "until 2050", "2025-2030", "will be held in 2028".
_AHEAD_WORDS = "|".join(_DATA["ahead_year_words"])
_AHEAD_YEAR = re.compile(
    rf"\b(?:{_AHEAD_WORDS})\s+{_ROLES['ahead_year_parts']}$|[-\u2013\u2014]\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_START = re.compile(r"[.;!?]\s|\n")


def deadline_year(before: str) -> bool:
    """Whether the year right after `before` is a deadline or a range's end ("by 2029",
    "until 2050", "2025-2030"): a time still to come, never the present of an undated page."""
    return bool(_AHEAD_YEAR.search(before))


def story_year(text: str) -> int | None:
    """The year an undated page tells its story in: the latest year it names that is not still
    to come in its own words (a deadline, a range's end, a clause told in the future), so a
    target "by 2050" does not make a page of 2016 look like one of 2050. The text alone decides,
    never the day it is read."""
    years = []
    clause_starts = [m.end() for m in _CLAUSE_START.finditer(text)]  # once per page
    for match in _YEAR.finditer(text):
        before = bisect_right(clause_starts, match.start())
        clause = text[clause_starts[before - 1] if before else 0 : match.start()]
        if _AHEAD_YEAR.search(clause) or _AHEAD.search(clause):
            continue
        years.append(int(match.group()))
    return max(years) if years else None


def long_before(date: DateMention, status: str, page_year: int | None) -> bool:
    """ "as the declaration was adopted in this city in 1978" on a page of 2024: a done event
    many years before the page's own is its history, not one of its events. `page_year` is the
    publication date's year, else story_year of the page, found once per article."""
    if status != "done" or date.relative or page_year is None:
        return False
    return date.date.year <= page_year - _HISTORY
