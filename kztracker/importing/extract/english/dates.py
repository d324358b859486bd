"""Date expressions in English news text, resolved to `PartialDate`s that keep their precision.

"Oct. 17-18" is a day (the first), "October 2024" a month, "in 2026" a year. Expressions
without a year take it from the sentence ("ConnectED 2024 ... on Oct. 17-18"), else from the
publication date. Relative ones ("last week", "yesterday") need the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.lexicon import MONTHS, WEEKDAYS

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(
        rf"\b(?P<day>[0-3]?\d){_ORD}(?:(?:{_DASH}|\s+(?:and|to)\s+)(?P<day2>[0-3]?\d){_ORD})?"
        rf"\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
    )),
    ("mdy", re.compile(
        rf"\b{_MONTH}\s+(?P<day>[0-3]?\d){_ORD}(?!\d)(?:(?:{_DASH}|\s+(?:and|to)\s+)"
        rf"(?P<day2>[0-3]?\d){_ORD}(?!\d))?(?:,?\s+{_YEAR})?\b"
    )),
    ("my", re.compile(
        rf"\b(?:(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of|"
        rf"the start of|start of)[- ]?)?{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b"
    )),
    ("month", re.compile(
        rf"\b(?P<prep>in|on|by|until|till|since|from|during|of|early|mid|late|next|last|this)"
        rf"[- ]{_MONTH}(?!\s*\d)\b"
    )),
    ("quarter", re.compile(
        rf"\b(?:(?:in|by|during|for)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|"
        rf"4th)\s+(?:quarter|half)|Q[1-4]|H[12]|spring|summer|autumn|fall|winter)"
        rf"(?:\s+of)?,?\s+{_YEAR}\b", re.IGNORECASE
    )),
    ("season", re.compile(
        r"\b(?P<prep>in|by|during|this|next|until|from)\s+(?:the\s+)?(?:spring|summer|autumn|fall|"
        r"winter)\b(?!\s*(?:of\s+)?(?:19|20)\d\d)", re.IGNORECASE
    )),
    ("yearend", re.compile(
        r"\b(?:(?:by|before|until|at|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+year"
        r"|(?:later|earlier)\s+this\s+year|this\s+year)\b", re.IGNORECASE
    )),
    ("range", re.compile(rf"\b{_YEAR}\s*[-–—]\s*(?P<year2>(?:19|20)?\d\d)\b(?!\s*[-–—])")),
    ("year", re.compile(
        rf"(?:\b(?P<prep>[Ii]n|[Bb]y|[Uu]ntil|till|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom|[Dd]uring|"
        rf"throughout|for|[Tt]he year|end of|beginning of|start of|early|late|mid-?|within|"
        rf"through|of)(?:\s+|(?<=-))"
        rf"(?:the\s+)?"
        rf"|^|(?<=[.:;!?]\s)){_YEAR}\b(?![-–—]\d)(?!\s*[%])"
    )),
    ("relative", re.compile(
        r"\b(?P<rel>today|yesterday|tomorrow|(?:last|next|this|earlier this|later this)\s+"
        r"(?:week|month|year)|(?:a|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?"
        r"\s+ago|(?:on|last|next|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
        r"|Sunday))\b", re.IGNORECASE
    )),
]
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the sentence
    end: int
    date: PartialDate
    until: PartialDate | None = None  # the last day of a range ("Oct. 17-18")
    relative: bool = False


def find_dates(
    sentence: str, reference: PartialDate | None = None, context_year: int | None = None
) -> list[DateMention]:
    """Every date expression in `sentence`, in order, without overlaps."""
    year = context_year or _year_in(sentence)
    nearest = year is None and reference is not None
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "year" and _names_a_thing(sentence, match.start("year")):
                continue
            try:
                mention = _resolve(kind, match, year or (reference.year if reference else None),
                                   reference)
                if mention is not None and nearest and kind in ("dmy", "mdy", "month") and not (
                    match.groupdict().get("year") or mention[2]
                ):
                    mention = (_nearest_year(mention[0], reference), mention[1], False)
            except ValueError:
                mention = None
            if mention is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, *mention))
    return sorted(found, key=lambda m: m.start)


def _nearest_year(date: PartialDate, reference: PartialDate | None) -> PartialDate:
    """"In January", said in October 2025: the coming January, 2026."""
    if reference is None or reference.month is None or date.month is None:
        return date
    # News looks back a few months and ahead most of a year.
    distance = date.month - reference.month
    year = date.year + (1 if distance < -4 else -1 if distance > 8 else 0)
    return PartialDate(year, date.month, date.day)


def _year_in(sentence: str) -> int | None:
    match = re.search(r"\b((?:19|20)\d\d)\b", sentence)
    return int(match.group(1)) if match else None


def _names_a_thing(sentence: str, position: int) -> bool:
    """A year right after a capitalized word names an event or a ranking ("ConnectED 2024")."""
    before = sentence[:position].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    return bool(word) and word[:1].isupper() and word.casefold() not in (
        "in", "by", "until", "since", "from", "during", "throughout", "for", "the", "early",
        "late", "mid", "of", "before", "after", "within", "through",
    )


def _month(match: re.Match[str]) -> int:
    return MONTHS[match.group("mon").rstrip(".").casefold()]


def _resolve(
    kind: str, match: re.Match[str], year: int | None, reference: PartialDate | None
) -> tuple[PartialDate, PartialDate | None, bool] | None:
    groups = match.groupdict()
    if kind in ("iso", "numeric"):
        return PartialDate(int(groups["y"]), int(groups["m"]), int(groups["d"])), None, False
    if kind in ("dmy", "mdy"):
        y = int(groups["year"]) if groups.get("year") else year
        if y is None:
            return None
        month = _month(match)
        first = PartialDate(y, month, int(groups["day"]))
        last = PartialDate(y, month, int(groups["day2"])) if groups.get("day2") else None
        return first, last, False
    if kind == "my":
        return PartialDate(int(groups["year"]), _month(match)), None, False
    if kind == "month":
        if match.group("mon").rstrip(".") == "May" and groups["prep"] in ("of",):
            return None
        if groups["prep"] in ("next", "last", "this") and reference is not None:
            return _relative_month(_month(match), groups["prep"], reference), None, True
        return (PartialDate(year, _month(match)), None, False) if year else None
    if kind == "quarter":
        return PartialDate(int(groups["year"])), None, False
    if kind in ("season", "yearend"):
        # "in spring", "by the end of the year": the year the text is written in.
        base = reference.year if reference is not None else year
        if base is None:
            return None
        step = 1 if (groups.get("prep") or "").casefold() == "next" else 0
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
    return None


def _relative_month(month: int, prep: str, reference: PartialDate) -> PartialDate:
    ref_month = reference.month or 1
    if prep == "next":
        return PartialDate(reference.year + (month <= ref_month), month)
    if prep == "last":
        return PartialDate(reference.year - (month >= ref_month), month)
    return PartialDate(reference.year, month)


def _relative(phrase: str, reference: PartialDate) -> PartialDate:
    """Resolve against the publication date, no more precisely than the reference allows."""
    words = phrase.split()
    unit = words[-1].rstrip("s") if words[-1] != "ago" else words[-2].rstrip("s")
    if words[-1] in WEEKDAYS:
        if reference.day is None:
            return PartialDate(reference.year, reference.month)
        day = reference.first_day()
        target = WEEKDAYS.index(words[-1])
        delta = (day.weekday() - target) % 7
        if words[0] == "next":
            return _day(day + dt.timedelta(days=(target - day.weekday()) % 7 or 7))
        return _day(day - dt.timedelta(days=delta or (7 if words[0] == "last" else 0)))
    if words[-1] == "ago":
        count = _NUMBERS.get(words[0]) or int(words[0])
        return _shift(reference, unit, -count)
    if phrase in ("today", "yesterday", "tomorrow"):
        return _shift(reference, "day", {"today": 0, "yesterday": -1, "tomorrow": 1}[phrase])
    step = {"last": -1, "next": 1}.get(words[0], 0)
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
    # A week is known to the month it fell in, not to a day.
    if unit == "week":
        return PartialDate(shifted.year, shifted.month)
    return _day(shifted)


def _day(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)
