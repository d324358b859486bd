"""Date expressions in English news text, resolved to `PartialDate`s that keep their precision.

"Oct. 17-18" is a day (the first), "October 2024" a month, "in 2026" a year. Expressions
without a year take it from the sentence ("ConnectED 2024 ... on Oct. 17-18"), else from the
publication date. Relative ones ("last week", "yesterday") need the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.lexicon import MONTHS, WEEKDAYS
from kztracker.importing.extract.english.slash_dates import readings
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "dates")
_FRAGMENTS: dict[str, str] = _DATA["fragments"]


def _pattern(source: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(fill_slots(source, **_FRAGMENTS), re.IGNORECASE if ignore_case else 0)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, _pattern(source, ignore_case)) for kind, source, ignore_case in _DATA["patterns"]
]
_QUALIFIERS = frozenset(_DATA["qualifiers"])
_QUALIFIER_GAP = re.compile(_DATA["qualifier_gap"])
_NUMBERS: dict[str, int] = _DATA["number_words"]
_YEAR_LEADS = frozenset(_DATA["year_leads"])
# "was held on 22 October": something done, so never a month still to come.
_PAST_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_DATA["past_before"])
    + r")\s+(?:(?:"
    + "|".join(_DATA["past_before_links"])
    + r")\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# "took place in Berlin on 3 May", "is expected to open in December": the clause's tense, a
# few words before the date, tells which year a day without one falls in.
_LINKS = "|".join(_DATA["clause_date_links"])  # "on", "in": what may stand before the date
_GAP = (
    rf"(?:\s+(?!{_DATA['gap_stops']}\b)[^\s,;.]+){{0,{int(_DATA['between_words'])}}}?"
    rf"\s+(?:(?:{_LINKS})\s+)?(?:the\s+)?$"
)
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:" + "|".join(_DATA["past_in_clause"]) + r")\b" + _GAP, re.IGNORECASE
)
_FUTURE_IN_CLAUSE = re.compile(
    r"\b(?:" + "|".join(_DATA["future_in_clause"]) + r")\b(?:\s+[^\s,;.]+){0,8}?\s+"
    rf"(?:(?:{_LINKS})\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the sentence
    end: int
    date: PartialDate
    until: PartialDate | None = None  # the last day of a range ("Oct. 17-18")
    relative: bool = False
    deadline: bool = False  # a year told as a deadline or a term's end ("through 2020")


def find_dates(
    sentence: str, reference: PartialDate | None = None, context_year: int | None = None
) -> list[DateMention]:
    """Every date expression in `sentence`, in order, without overlaps. On a page without a
    date, a sentence told as of its day ("is to be signed today, on 28 February") lends no
    day the context's year: that day's year is the page's, which is not known."""
    if reference is None and _TODAY.search(sentence):
        context_year = None
    year = context_year or year_in(sentence)
    nearest = year is None and reference is not None
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    kinds: list[str] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "year" and _names_a_thing(sentence, match.start("year")):
                continue
            try:
                mention = _resolve(
                    kind, match, year or (reference.year if reference else None), reference
                )
                if (
                    mention is not None
                    and nearest
                    and kind in ("dmy", "mdy", "glued", "month")
                    and not (match.groupdict().get("year") or mention[2])
                ):
                    before = sentence[:start]
                    done = bool(_PAST_BEFORE.search(before) or _PAST_IN_CLAUSE.search(before))
                    coming = not done and bool(_FUTURE_IN_CLAUSE.search(before))
                    first = nearest_year(mention[0], reference, done, coming)
                    until = mention[1]  # a range within the month ("Oct. 17-18"): its year
                    until = until and PartialDate(first.year, until.month, until.day)
                    mention = (first, until, False)
            except ValueError:
                mention = None
            if mention is None:
                continue
            if kind == "ahead" and not _FUTURE_IN_CLAUSE.search(sentence[:start]):
                continue  # "was built in ten months": a duration, no date
            if kind == "relative" and reference is not None and _ahead(sentence, match):
                # "will host the congress on Friday": the coming Friday
                mention = (
                    _relative(_NEXT + " " + match.group("rel").casefold(), reference),
                    None,
                    True,
                )
            taken.append((start, end))
            year_at = match.start("year") if match.groupdict().get("year") else start
            deadline = bool(_DEADLINE_LEAD.search(sentence[:year_at]))
            found.append(DateMention(start, end, *mention, deadline=deadline))
            kinds.append(kind)
    return _spans(sentence, _named_weekdays(sentence, _without_qualifiers(sentence, found, kinds)))


def _named_weekdays(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "on Thursday 29 June 2023", "on Tuesday, 3 December", "on Monday (October 16)": the
    weekday names the day written right after it, not one counted from the page's date (which
    may be read wrong, or be a later day), so it goes and the written day stays."""
    kept = []
    for mention in found:
        after = next((m for m in found if m.start > mention.start), None)
        if (
            mention.relative
            and after is not None
            and not after.relative
            and after.date.day is not None
            and sentence[mention.start : mention.end].split()[-1].casefold() in WEEKDAYS
            and re.fullmatch(r"\s*[,(]?\s*(?:the\s+)?", sentence[mention.end : after.start])
        ):
            continue
        kept.append(mention)
    return kept


_SPAN_OPENS = re.compile(_DATA["span_opens"], re.IGNORECASE)
_SPAN_JOINS = re.compile(_DATA["span_joins"], re.IGNORECASE)


def _spans(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """ "from September 28 to October 8": one date, the first, running until the second."""
    found = sorted(found, key=lambda d: d.start)
    kept: list[DateMention] = []
    for mention in found:
        first = kept[-1] if kept else None
        if (
            first is not None
            and first.until is None
            and not first.relative
            and not mention.relative
            and first.date.precision == mention.date.precision
            and first.date.first_day() < mention.date.first_day()
            and _SPAN_OPENS.search(sentence[: first.start])
            and _SPAN_JOINS.match(sentence[first.end : mention.start])
        ):
            kept[-1] = replace(first, end=mention.end, until=mention.until or mention.date)
            continue
        kept.append(mention)
    return kept


def _without_qualifiers(
    sentence: str, found: list[DateMention], kinds: list[str]
) -> list[DateMention]:
    """ "September 29 - 30 this year": "this year" says which year, it is no date of its own."""
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    kept: list[DateMention] = []
    for n, i in enumerate(order):
        before = found[order[n - 1]] if n else None
        if (
            kinds[i] in _QUALIFIERS
            and before is not None
            and before.date.precision != "year"
            and _QUALIFIER_GAP.match(sentence[before.end : found[i].start])
            and kept
        ):
            # "March of this year", said in August: this March, not the next one.
            year = found[i].date.year
            kept[-1] = replace(
                before,
                date=PartialDate(year, before.date.month, before.date.day),
                until=before.until and PartialDate(year, before.until.month, before.until.day),
            )
            continue
        kept.append(found[i])
    return kept


def nearest_year(
    date: PartialDate, reference: PartialDate | None, done: bool = False, coming: bool = False
) -> PartialDate:
    """ "In January", said in October 2025: the coming January, 2026; with `coming` (a clause
    told in the future), never a past one."""
    if reference is None or reference.month is None or date.month is None:
        return date
    # News looks back a few months and ahead most of a year.
    distance = date.month - reference.month
    year = date.year + (1 if distance < -4 else -1 if distance > 8 else 0)
    if done:  # "was held on 22 October", said in September: last October, never a coming one
        later = (date.month, date.day or 1) > (reference.month, reference.day or 31)
        year = reference.year - later
    elif coming:  # "is expected in December", said in March: this December, not last
        earlier = (date.month, date.day or 31) < (reference.month, reference.day or 1)
        year = reference.year + earlier
    return PartialDate(year, date.month, date.day)


def year_in(sentence: str) -> int | None:
    """The sentence's year for a day told without one; not a term's ("the 2019-2021 Joint
    Action Plan signed November 9": which November the tense and the page's date tell), nor a
    deadline's ("plans to visit them by late 2016, he said June 20": which June is not told)."""
    for match in _OWN_YEAR.finditer(sentence):
        if not _DEADLINE_LEAD.search(sentence[: match.start()]):
            return int(match.group(1))
    return None


_DEADLINE_LEAD = re.compile(_DATA["deadline_lead"], re.IGNORECASE)
_TODAY = re.compile(r"\b(?:" + "|".join(_DATA["day_words"]) + r")\b", re.IGNORECASE)


_OWN_YEAR = re.compile(
    r"(?<!\d[-–—])(?<!\d\s[-–—]\s)\b((?:19|20)\d\d)\b(?!\s*[-–—]\s*(?:19|20)?\d\d)"
)


def _names_a_thing(sentence: str, position: int) -> bool:
    """A year right after a capitalized word names an event or a ranking ("ConnectED 2024")."""
    before = sentence[:position].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    return bool(word) and word[:1].isupper() and word.casefold() not in _YEAR_LEADS


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("mon").rstrip(".").casefold()]


def _resolve(
    kind: str, match: re.Match[str], year: int | None, reference: PartialDate | None
) -> tuple[PartialDate, PartialDate | None, bool] | None:
    groups = match.groupdict()
    if kind == "numeric" and groups.get("sep") == "/":
        days = readings(match.group())  # the page's stamp read month first is read so here
        day = reference if reference in days else (days[0] if days else None)
        return (day, None, False) if day is not None else None
    if kind in ("iso", "numeric"):
        return PartialDate(int(groups["y"]), int(groups["m"]), int(groups["d"])), None, False
    if kind in ("dmy", "mdy", "glued"):
        y = int(groups["year"]) if groups.get("year") else year
        if y is None:
            return None
        month = _month(match)
        first = PartialDate(y, month, int(groups["day"]))
        last = PartialDate(y, month, int(groups["day2"])) if groups.get("day2") else None
        if kind == "glued" and (last is None or int(groups["day2"]) <= int(groups["day"])):
            return None  # "May 2010" read as days would run backwards: no range
        return first, last, False
    if kind == "my":
        return PartialDate(int(groups["year"]), _month(match)), None, False
    if kind == "month":
        prep = groups["prep"].casefold()  # "In October last year" opens a sentence
        if match.group("mon").rstrip(".") == _DATA["modal_month"] and prep in _MODAL_PREPS:
            return None
        if prep in _STEPS and reference is not None:
            return _relative_month(_month(match), prep, reference), None, True
        return (PartialDate(year, _month(match)), None, False) if year else None
    if kind == "quarter":
        return PartialDate(int(groups["year"])), None, False
    if kind in ("season", "yearend"):
        # "in spring", "by the end of the year": the year the text is written in.
        base = reference.year if reference is not None else year
        if base is None:
            return None
        step = 1 if _STEPS.get((groups.get("prep") or "").casefold()) == 1 else 0
        return PartialDate(base + step), None, reference is not None
    if kind == "range":
        first_year = int(groups["year"])
        second = groups["year2"]
        last_year = int(second) if len(second) == 4 else first_year // 100 * 100 + int(second)
        if last_year <= first_year:
            return None
        return PartialDate(first_year), PartialDate(last_year), False
    if kind == "year":
        return PartialDate(int(groups["year"])), None, False
    if kind == "relative" and reference is not None:
        return _relative(groups["rel"].casefold(), reference), None, True
    if kind == "ahead" and reference is not None:  # "in two weeks": that many units on
        words = groups["rel"].casefold().split()
        count = _NUMBERS.get(words[1]) or int(words[1])
        return _shift(reference, words[2].rstrip("s"), count), None, True
    return None


# "last", "next", "this" before a unit or a weekday: which way it counts from the page's day.
_STEPS: dict[str, int] = _DATA["relative_steps"]
_NEXT = next(word for word, step in _STEPS.items() if step == 1)
_DAYS: dict[str, int] = _DATA["day_words"]  # "yesterday": a day back
_AGO = _DATA["ago_word"]
_MODAL_PREPS = tuple(_DATA["modal_month_preps"])
# "the coming year": the next one.
_COMING = re.compile(r"^the\s+(?:" + "|".join(_DATA["coming_words"]) + r")\s+")
_FUTURE_WEEKDAY = re.compile(r"\b(?:" + "|".join(_DATA["future_weekdays"]) + r")\b", re.IGNORECASE)
_SAID = re.compile(r"\b(?:" + "|".join(_DATA["said_weekday"]) + r")\s+$", re.IGNORECASE)


def _ahead(sentence: str, match: re.Match[str]) -> bool:
    """A bare weekday ("on Friday") in a sentence that tells of what is to come."""
    words = [w for w in match.group("rel").casefold().split() if w != _DATA["weekday_link"]]
    return (
        len(words) == 1
        and words[0] in WEEKDAYS
        and bool(_FUTURE_WEEKDAY.search(sentence[: match.start()]))
        and not _SAID.search(sentence[: match.start()])  # "said Saturday": the day it was said
    )


def _relative_month(month: int, prep: str, reference: PartialDate) -> PartialDate:
    ref_month = reference.month or 1
    if _STEPS[prep] == 1:
        return PartialDate(reference.year + (month <= ref_month), month)
    if _STEPS[prep] == -1:
        return PartialDate(reference.year - (month >= ref_month), month)
    return PartialDate(reference.year, month)


def _relative(phrase: str, reference: PartialDate) -> PartialDate:
    """Resolve against the publication date, no more precisely than the reference allows."""
    phrase = _COMING.sub(_NEXT + " ", phrase)  # "the coming year"
    words = phrase.split()
    unit = words[-1].rstrip("s") if words[-1] != _AGO else words[-2].rstrip("s")
    if words[-1] in WEEKDAYS:
        if reference.day is None:
            return PartialDate(reference.year, reference.month)
        day = reference.first_day()
        target = WEEKDAYS.index(words[-1])
        delta = (day.weekday() - target) % 7
        if _STEPS.get(words[0]) == 1:
            return _day(day + dt.timedelta(days=(target - day.weekday()) % 7 or 7))
        return _day(day - dt.timedelta(days=delta or (7 if _STEPS.get(words[0]) == -1 else 0)))
    if words[-1] == _AGO:
        count = _NUMBERS.get(words[0]) or int(words[0])
        return _shift(reference, unit, -count)
    if phrase in _DAYS:
        return _shift(reference, "day", _DAYS[phrase])
    step = _STEPS.get(words[0], 0)
    return _shift(reference, unit, step)


def _shift(reference: PartialDate, unit: str, count: int) -> PartialDate:
    if unit == "year":
        return PartialDate(reference.year + count)
    if reference.month is None:
        return PartialDate(reference.year)
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + count
        return PartialDate(index // 12, index % 12 + 1)
    if reference.day is None:
        return PartialDate(reference.year, reference.month)
    days = count * (7 if unit == "week" else 1)
    shifted = reference.first_day() + dt.timedelta(days=days)
    # A week is known to the month it fell in, not to a day; one that runs from one month into
    # the next (Monday 30 October to Sunday 5 November) only to its year.
    if unit == "week":
        monday = shifted - dt.timedelta(days=shifted.weekday())
        sunday = monday + dt.timedelta(days=6)
        if monday.month != sunday.month:
            return PartialDate(shifted.year)
        return PartialDate(shifted.year, shifted.month)
    return _day(shifted)


def _day(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)
