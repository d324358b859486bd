"""Dates in Kazakh: «2024 жылғы 20 қарашада», «20 қараша 2024», «20.11.2024, 10:15», a year
«2019 жылы», a month «2018 жылдың сәуірінде», and the relative words (бүгін, кеше, келесі жылы)
against the publication date. A span of years («2026-2028 жылдарға») is a period, not a date;
a day and month without a year («27 сәуірде») are of the page's year under a dated page, and
left undated rather than guessed without one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.named_years import named_years


@dataclass(frozen=True)
class DateMention:
    date: PartialDate
    start: int
    end: int
    relative: bool = False  # «бүгін», «кеше»: resolved against the publication date


@dataclass(frozen=True)
class _Patterns:
    full: tuple[re.Pattern[str], ...]  # each with named groups year, month, day (some optional)
    period: re.Pattern[str]
    relative_days: dict[str, int]
    relative_years: dict[str, int]
    relative: re.Pattern[str]
    stamp: re.Pattern[str]
    months: tuple[str, ...]
    day_month: re.Pattern[str]  # what may follow «осы жылдың»: «5 наурызында», «наурызында»
    bare_day_month: re.Pattern[str]  # «27 сәуірде», «26–27 сәуір»: no year of its own
    bare_month: re.Pattern[str]  # «қыркүйек айында»: a month alone, with the word for month


def _forms(months: tuple[str, ...], named: bool = True) -> dict[str, str]:
    """The regex of each date form; with `named`, groups year, month and day are named."""

    def group(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    year = group("year", r"(?:19|20)\d\d")
    day = group("day", r"\d{1,2}")
    # «Қаң 17, 2023»: a site's short month name is a whole word («Қазақстан» is no «Қаз»)
    short = "|".join(data("dates")["month_abbreviations"])
    month = group("month", f"{'|'.join(months)}|(?:{short})(?!\\w)") + r"\w*"
    month_number = group("month", r"\d{1,2}")
    day_2, month_2 = group("day", r"\d\d"), group("month", r"\d\d")
    raw = data("dates")
    year_word = r"(?:\s*(?:" + "|".join(re.escape(w) for w in raw["year_after"]) + r")(?![\w]))?"
    alone = "|".join(re.escape(w) for w in raw["year_alone_after"])
    # «2025 жылдың 6–11 қазан күндері»: a span of days is dated by its first day
    days = rf"{day}(?:\s*[-–—]\s*\d{{1,2}})?"
    return {
        "textual_ymd": rf"{year}{year_word}\s+{days}[-\s]+{month}",
        # «28 қар. 2017»: a short month may keep its dot
        "textual_dmy": rf"{days}[-\s]+{month}\.?,?\s+{year}(?:{year_word})?",
        # «Қаңтар 17, 2023», «Қаң 17, 2023 14:28»: the month first, a comma before the year
        "textual_mdy": rf"{month}\s+{day},\s+{year}",
        # «20.11.2024», and on page stamps «02-04-2025», «02/04/2025»
        "numeric": rf"{day}[./-]{month_number}[./-]{year}",
        "iso": rf"{year}-{month_2}-{day_2}",
        "year_month": rf"{year}{year_word}\s+{month}",
        "year": rf"{year}(?=\s*(?:{alone})(?!\w))",
    }


@cache
def _patterns() -> _Patterns:
    raw = data("dates")
    months = tuple(raw["months"])
    forms = _forms((*months, *raw["month_stems"]))
    full = tuple(
        re.compile(rf"(?<![\w.-]){pattern}(?![\w-])", re.IGNORECASE) for pattern in forms.values()
    )
    periods = "|".join(re.escape(w) for w in raw["period_words"])
    period = re.compile(
        rf"(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|\d\d)(?![-.\d])\s*(?:{periods})?"
    )
    relative_words = sorted(
        [*raw["relative_days"], *raw["relative_years"], *raw["relative_spans"]],
        key=len,
        reverse=True,
    )
    relative = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(w) for w in relative_words) + r")(?![\w-])",
        re.IGNORECASE,
    )
    plain = _forms((*months, *raw["month_stems"]), named=False)
    prefixes = "|".join(re.escape(w) for w in raw["stamp_prefixes"])
    clock = r"\s*[,|/]?\s*\d{1,2}:\d{2}"  # «, 14:28», «| 14:28»
    time = rf"(?:{clock})?"
    place = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?"  # «Астана, 15 қазан»
    numeric = f"(?:{plain['numeric']}|{plain['iso']})"
    textual = f"(?:{plain['textual_dmy']}|{plain['textual_ymd']}|{plain['textual_mdy']})"
    # A line that opens with a date: after a word such as «date», a numeric date (with its time),
    # or a written date with a clock time or alone on its line (or before a bar: «12 Қараша
    # 2025 | GMT +5»). A story sentence rarely opens so. A rubric and a bar may lead the stamp
    # («Жаңалықтар | 17 қаңтар 2023»), and a clock time («19:09, 12 Қараша 2025»).
    marks = re.escape(raw["stamp_marks"])  # «• 02-04-2025»: a bullet before a page's stamp
    rubric = r"(?:[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?\s*[|/]\s*)?"
    # «Outlet 28 қар. 2017 06:43 228»: a site's name, its date and clock time, a view count
    outlet = rf"(?:[^\W\d_][\w.-]*\s+(?={plain['textual_dmy']}{clock}))?"
    weekday = r"\.?(?:\s*,\s*[^\W\d_]{2,3}\.?)?"  # «15 сәу., дс, 12:30»: a short weekday
    stamp = re.compile(
        rf"^\s*(?:[{marks}]\s*)?{rubric}{outlet}(?:{place}\s*,\s*)?(?:\d{{1,2}}:\d{{2}}\s*[,|/]?\s*)?"
        rf"(?:(?:(?:{prefixes})\s*:?\s*){{1,2}}(?:{numeric}|{textual}){time}"
        rf"|{numeric}{time}|{textual}{weekday}(?:{clock}|\s*(?=$|[|/{marks}])))"
        # A dateline: «Қонаев, 2024 жылғы 3 қазан — ...», the place, the date and a dash or stop.
        rf"|^\s*(?:{place}\s*,\s*)?{textual}{time}\s*(?:[—–-]|\.(?=\s))",
        re.IGNORECASE,
    )
    names = "|".join((*months, *raw["month_stems"]))
    day_month = re.compile(rf"\s+(?:(?P<day>\d{{1,2}})[-\s]+)?(?P<month>{names})\w*", re.IGNORECASE)
    bare_day_month = re.compile(
        rf"(?<![\w.,:-])(?P<day>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?[-\s]+(?P<month>(?:{names})\w*)",
        re.IGNORECASE,
    )
    # the word «ай» after the name keeps «Наурыз мерекесі» (the feast) and «Қазанда» (the city)
    month_word = "|".join(re.escape(w) for w in raw["month_words"])
    bare_month = re.compile(
        rf"(?<![\w.,:-])(?<!\d\s)(?P<month>{'|'.join(months)})\s+(?:{month_word})(?![\w-])",
        re.IGNORECASE,
    )
    return _Patterns(
        full,
        period,
        dict(raw["relative_days"]),
        dict(raw["relative_years"]),
        relative,
        stamp,
        months,
        day_month,
        bare_day_month,
        bare_month,
    )


# A saved page may spell a Latin label with Cyrillic look-alike letters («dате»).
_LOOKALIKES = str.maketrans("аеорсухкмтвн", "aeopcyxkmtbh")


def stamp_end(line: str) -> int:
    """Where a date stamp at the line's start ends («date 2025-11-21», «21.12.2023, 14:00»,
    «20 қараша 2024» alone on its line), or 0 when the line opens with none."""
    stamp = _patterns().stamp
    match = stamp.match(line) or stamp.match(line.translate(_LOOKALIKES))
    return match.end() if match else 0


def month_number(word: str) -> int | None:
    """1-12 for a month name in any case form («қарашада» → 11), else None."""
    folded = word.casefold()
    endings = data("dates")["month_endings"]
    # «қарашада», «қыркүйегінде»; not «қазандық» (a boiler house) nor «маусымдық»
    for number, name in enumerate(_patterns().months, start=1):
        if folded.startswith(name) and folded[len(name) :] in endings:
            return number
    short: dict[str, int] = data("dates")["month_abbreviations"]
    if folded in short:
        return short[folded]
    stems: dict[str, int] = data("dates")["month_stems"]
    for stem, number in stems.items():
        if folded.startswith(stem) and folded[len(stem) :] in endings:
            return number
    return None


def find_dates(
    text: str, offset: int = 0, reference: PartialDate | None = None
) -> list[DateMention]:
    """Every date in `text`, most precise reading first where readings overlap."""
    patterns = _patterns()
    periods = [(m.start(), m.end()) for m in patterns.period.finditer(text)]
    found: list[DateMention] = []
    for pattern in patterns.full:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(s <= start < e or start <= s < end for s, e in periods):
                continue
            if _is_term(text, end):
                continue
            if any(m.start <= start + offset < m.end for m in found):
                continue
            date = _date_of(match)
            if date is not None:
                found.append(DateMention(date, start + offset, end + offset))
    for year, start, end in named_years(text):  # «ЭКСПО-2017 көрмесі»
        if not any(m.start <= start + offset < m.end for m in found):
            found.append(DateMention(year, start + offset, end + offset))
    if reference is not None:
        found += _relative(text, offset, reference, found)
        found += _in_stamp_year(text, offset, reference, found)
        found += _month_of_stamp_year(text, offset, reference, found)
    return sorted(found, key=lambda m: m.start)


def _in_stamp_year(
    text: str, offset: int, reference: PartialDate, found: list[DateMention]
) -> list[DateMention]:
    """«27 сәуірде Астанада саммит өтеді», «26–27 сәуір күндері»: a day and month with no year
    under a dated page are of the page's year (a span of days by its first day)."""
    result = []
    for match in _patterns().bare_day_month.finditer(text):
        start = match.start() + offset
        if any(m.start <= start < m.end or start <= m.start < match.end() + offset for m in found):
            continue
        month = month_number(match.group("month"))
        if month is None:
            continue
        try:
            date = PartialDate(reference.year, month, int(match.group("day")))
        except ValueError:
            continue
        result.append(DateMention(date, start, match.end() + offset, relative=True))
    return result


def _month_of_stamp_year(
    text: str, offset: int, reference: PartialDate, found: list[DateMention]
) -> list[DateMention]:
    """«Қыркүйек айының басында ... сапар болды»: a month named with «ай» and no year under a
    dated page is that month of the page's year, told to the month only."""
    result = []
    for match in _patterns().bare_month.finditer(text):
        start = match.start() + offset
        if any(m.start <= start < m.end or start <= m.start < match.end() + offset for m in found):
            continue
        month = month_number(match.group("month"))
        if month is None:
            continue
        date = PartialDate(reference.year, month)
        result.append(DateMention(date, start, match.end() + offset, relative=True))
    return result


def _is_term(text: str, end: int) -> bool:
    """«2027 жылға дейінгі жол картасы»: a year that bounds what a noun covers is a term, not a
    date anything happens on."""
    following = [w.strip(".,;:") for w in text[end : end + 30].casefold().split()[:2]]
    if following and following[0] in words("dates", "year_words"):
        following = following[1:]
    return bool(following) and following[0] in words("dates", "term_words")


def _date_of(match: re.Match[str]) -> PartialDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    month_text = groups.get("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else month_number(month_text)
    day = int(groups["day"]) if groups.get("day") else None
    try:
        return PartialDate(year, month, day if month else None)
    except ValueError:
        return None


def _relative(
    text: str, offset: int, reference: PartialDate, found: list[DateMention]
) -> list[DateMention]:
    patterns = _patterns()
    result = []
    for match in patterns.relative.finditer(text):
        word = " ".join(match.group(1).casefold().split())
        start = match.start() + offset
        if any(m.start <= start < m.end for m in found):
            continue
        spans: dict[str, int] = data("dates")["relative_spans"]
        if word in spans:
            # «өткен аптада», «келесі айда»: some day of that week or month, so only its month
            if reference.day is None and reference.month is None:
                continue
            result.append(
                DateMention(_shifted(reference, spans[word]), start, match.end() + offset, True)
            )
            continue
        if word in patterns.relative_days:
            if reference.day is None:
                continue  # «бүгін» against a month-only stamp would be a guess
            when = reference.first_day() + dt.timedelta(days=patterns.relative_days[word])
            result.append(
                DateMention(
                    PartialDate(when.year, when.month, when.day), start, match.end() + offset, True
                )
            )
        else:
            date, end = _in_year(text, match.end(), reference.year + patterns.relative_years[word])
            result.append(DateMention(date, start, end + offset, relative=True))
    return result


def _shifted(reference: PartialDate, days: int) -> PartialDate:
    """The month `days` from the stamp: a shift of ±30 is a month's, ±7 a week's."""
    if reference.day is None or abs(days) >= 28:
        assert reference.month is not None
        index = reference.year * 12 + reference.month - 1 + round(days / 30)
        return PartialDate(index // 12, index % 12 + 1)
    when = reference.first_day() + dt.timedelta(days=days)
    return PartialDate(when.year, when.month)


def _in_year(text: str, end: int, year: int) -> tuple[PartialDate, int]:
    """«осы жылдың 5 наурызында»: the day and month a relative year holds, and where they end."""
    inside = _patterns().day_month.match(text, end)
    if inside:
        day = int(inside.group("day")) if inside.group("day") else None
        try:
            return PartialDate(year, month_number(inside.group("month")), day), inside.end()
        except ValueError:
            pass
    return PartialDate(year), end


def publication_date(text: str, stamps: list[tuple[int, int]]) -> PartialDate | None:
    """The date of the first stamp line that reads as a date; a weekday-led date with no time
    («Жұма, 19 Сәуір 2024», a site's calendar) gives way to a date the head of the page gives
    with its clock time («25 Желтоқсан, 2017 сағат 15:24»), the article's own."""
    for start, end in stamps:
        dates = find_dates(text[start:end])
        if dates and dates[0].date.day is not None:
            if _calendar(text[start:end]):
                timed = _timed_date(text)
                if timed is not None:
                    return timed
            return dates[0].date
    return None


def _calendar(line: str) -> bool:
    first = line.strip().split(",")[0].strip().casefold()
    return first in words("dates", "weekdays") and _TIME.search(line) is None


_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


def _timed_date(text: str) -> PartialDate | None:
    """The first full date in the page's head a clock time follows within a few words."""
    lines = text.splitlines()[: data("dates")["timed_stamp_lines"]]
    for line in lines:
        for mention in find_dates(line):
            after = line[mention.end : mention.end + 16]
            if mention.date.day is not None and _TIME.search(after):
                return mention.date
    return None
