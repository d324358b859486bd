"""Dates in Russian text: the publication date from a dateline, then every date against it.

Absolute dates («20 ноября 2024 года», «20.11.2024», «31-10-2018», «28.10.18», «в ноябре 2024
года», «в 2026 году»), relative ones («сегодня», «вчера», «в ноябре прошлого года», «в следующем
году») resolved against the publication date, and periods («на 2026-2028 годы») told apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.lexicon import IN_WORD, load


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: PartialDate | None  # None for a period, or a relative date with nothing to resolve it
    period: bool = False
    own_year: bool = False  # the text wrote the year out («20 ноября 2024 года», «20.11.2024»)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("dates")
    month = data["month_pattern"]
    month_in = data["month_in_pattern"]
    shifts = "|".join(data["year_shifts"])
    days = "|".join(data["days"])
    weeks = "|".join(data["week_shifts"]).replace(" ", r"\s+")
    months = "|".join(data["month_shifts"]).replace(" ", r"\s+")
    weekdays = "|".join(data["weekdays"])
    year = data["year_word"]
    asides = "|".join(data["year_asides"])
    parts = "|".join(data["month_parts"]).replace(" ", r"\s+")
    abbreviated = "|".join(
        re.escape(a).replace(r"\ ", r"\s?") for a in data["this_year_abbreviations"]
    )
    # the small words between the numbers and names (data: dates.json date_glue)
    glue = data["date_glue"]
    during, since, until, both = glue["during"], glue["from"], glue["until"], glue["and"]
    in_, for_ = "|".join(glue["in"]), glue["for"]
    of_year, in_year = glue["year_of"], glue["year_in"]
    after_day = "|".join(data["year_after_day"])
    after_start = "|".join(glue["year_of_or_short"])
    mention = (
        rf"(?P<dmy>(?:(?:\b{during}\s+)?\b{since}\s+(?P<d0>\d{{1,2}})\s+{until}\s+)?"
        rf"\b(?P<d>\d{{1,2}})(?:\s*(?:[-–]|{both})\s*\d{{1,2}})?\s+(?P<m>{month})\b\.?"
        # «22 августа прошлого года»: the year may be told relative to the page's
        rf"(?:(?:\s+(?:{asides}),)?\s+(?P<y>\d{{4}})(?:\s*(?:{after_day}))?"
        rf"|\s+(?P<ds>{shifts})\s+{of_year}\b)?)"
        rf"|(?P<num>\b(?P<nd>\d{{1,2}})(?P<ns>[./-])(?P<nm>\d{{1,2}})(?P=ns)"
        rf"(?P<ny>\d{{4}}|\d{{2}}(?![\d.,:-]\d)))(?![^\Wг])"
        rf"|(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?:\b|(?=T\d\d:)))"
        rf"|(?P<mrel>\b(?:(?:{in_})\s+)?(?:{month_in})\s+(?P<ms>{shifts})\s+{of_year}\b)"
        rf"|(?P<mgen>(?:\b(?:{in_})\s+(?:{parts})\s+)?\b(?P<mg>{month})\s+"
        rf"(?:(?P<mgs>{shifts})\s+{of_year}\b|(?:{abbreviated})))"
        rf"|(?P<my>\b(?:(?:{in_})\s+(?:(?:{parts})\s+)?)?(?P<mm>{month_in}|{month})\s+"
        rf"(?P<my_y>\d{{4}})(?:\s*(?:{after_day}))?)"
        rf"|(?P<min>\b(?:{in_})\s+(?P<mi>{month_in})\b)"
        rf"|(?P<mpart>\b(?:{in_})\s+(?:{parts})\s+(?P<mp>{month})\b"
        rf"(?!\.?\s+(?:\d{{4}}|(?:{shifts})\s+{of_year}\b|{abbreviated})))"
        rf"|(?P<span>(?:\b(?P<sin>{in_}|{since})\s+)?\b(?P<sy1>\d{{4}})\s*[-–—]\s*(?P<sy2>\d{{4}})"
        rf"\s*(?:{year})?"
        rf"|\b{for_}\s+\d{{4}}\s*(?:{year})(?![\w-]))"
        rf"|(?P<frm>\b{since}\s+(?P<fy>\d{{4}})\s*(?:{after_start})?\s+{until}\s+\d{{4}}"
        rf"\s*(?:{year})?(?![\w-]))"
        rf"|(?P<yrel>\b(?:{in_})\s+(?P<ys>{shifts})\s+{in_year}\b)"
        rf"|(?P<ygen>\b(?P<ys2>{shifts})\s+{of_year}\b)"
        rf"|(?P<yr>\b(?P<yy>(?:19|20)\d\d)\s*(?:{year})(?![\w-]))"
        rf"|(?P<rel>\b(?P<rd>{days})\b)"
        rf"|(?P<wk>\b(?:{weeks})\b)|(?P<mo>\b(?:{months})\b)"
        rf"|(?P<wd>\b(?:{in_})\s+(?P<wdn>{weekdays})\b)"
    )
    dateline = (
        rf"(?:\b(\d{{1,2}})\s+({month}),?\s+(\d{{4}})"
        rf"|\b(\d{{1,2}})([./-])(\d{{1,2}})\5(\d{{4}}|\d{{2}}(?![\d.,:-]\d))(?![^\Wг])"
        # «2025-11-12T14:28:00+05:00»: a machine stamp joins the time with a «T»
        rf"|\b(\d{{4}})-(\d{{2}})-(\d{{2}})(?:\b|(?=T\d\d:)))"
    )
    return re.compile(mention, re.IGNORECASE), re.compile(dateline, re.IGNORECASE)


def has_place_dateline(text: str) -> bool:
    """«Астана, 14 марта 2025 года.», «АСТАНА. КАЗИНФОРМ – 10 июня»: the story opens with a
    place and its date (a page's bare publication stamp is no dateline)."""
    return _place_dateline(text) is not None


def _place_dateline(text: str) -> re.Match[str] | None:
    """The first «<place>, <day> <month>» line of the page's head; a weekday before a date
    («суббота, 23 ноября 2024 г.», a site's calendar) is no place."""
    data = load("dates")
    head = "\n".join(text.splitlines()[: data["dateline_window_lines"] + 2])
    place = r"^\W*([^\W\d_][\w-]*)(?:\s+[^\W\d_][\w-]*)?\s*[,.]\s*(?:[^\W\d_]+\s*[-–—]\s*)?"
    weekdays = set(data["weekday_names"])
    for found in re.finditer(
        place + rf"(\d{{1,2}})\s+({data['month_pattern']})\b(?:\s+(\d{{4}}))?",
        head,
        re.IGNORECASE | re.MULTILINE,
    ):
        if found.group(1).casefold() not in weekdays:
            return found
    return None


def in_dateline(sentence: str, start: int) -> bool:
    """«Пекин, 23 декабря /агентство/ -- X и Y планируют ...»: the date at `start` is the place
    dateline the sentence opens with, the day of the report."""
    found = _place_dateline(sentence)
    return found is not None and found.start(2) <= start < found.end()


def story_day(text: str, published: PartialDate | None) -> PartialDate | None:
    """«05.02.2025 ... Караганда, 4 февраля. Вчера ...»: the day a place dateline gives the
    story (in the year of the page's stamp when it names none; a December dateline under a
    January stamp is of the year before); its «вчера» is the day before that. None without a
    dateline or a stamp."""
    found = _place_dateline(text)
    if found is None or published is None:
        return None
    day, month = int(found.group(2)), _month(found.group(3))
    if found.group(4):
        return _safe(int(found.group(4)), month, day)
    turned = published.month is not None and month > published.month + 1
    return _safe(published.year - turned, month, day)


def _scheduled(before: str) -> bool:
    last = before.split()[-1:]
    return bool(last) and any(
        last[0].casefold().startswith(stem) for stem in load("dates")["scheduled_stems"]
    )


def _shift(table: str, phrase: str) -> int:
    shifts: dict[str, int] = load("dates")[table]
    return shifts[" ".join(phrase.casefold().split())]


def _month(word: str) -> int:
    word = word.casefold()
    months: dict[str, int] = load("dates")["months"]
    # The longest stem that starts the word: "марта" is March, "мая" May.
    best = max((stem for stem in months if word.startswith(stem)), key=len)
    return months[best]


def month_word(word: str) -> bool:
    """A month's name in the genitive or the locative («апреля», «апреле»)."""
    data = load("dates")
    pattern = f"{data['month_pattern']}|{data['month_in_pattern']}"
    return re.fullmatch(pattern, word, re.IGNORECASE) is not None


def _safe(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def _full_year(digits: str) -> int:
    """«28.10.18»: a two-digit year is of this century (announcements are recent)."""
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def publication_date(text: str) -> PartialDate | None:
    """The date of a dateline near the top or the very end of the text, if it has one.

    A dateline date starts its line, follows a label («Опубликовано», "date"), a time or a
    place and a comma («Исламабад, 23 сентября 2025 года»), so a date inside the story («основан
    15 марта 1931 года») is not taken for the publication date.
    """
    data = load("dates")
    lines = [line for line in text.splitlines() if line.strip()]
    head = lines[: data["dateline_window_lines"]]
    tail = lines[-data["dateline_tail_lines"] :] if len(lines) > len(head) else []
    labels = tuple(label.casefold() for label in data["dateline_labels"])
    _mention, dateline = _patterns()
    for line in [*head, *tail]:
        for found in dateline.finditer(line):
            before = line[: found.start()].strip().casefold()
            if (
                before
                and not (
                    _timed(line, found.end()) and len(line.split()) <= data["stamp_line_words"]
                )
                and not (
                    before.endswith((",", "|", "/", "•", "·"))
                    or re.fullmatch(r"[\d:.\s|/,-]*", before)
                    or before.startswith(labels)
                    and len(before.split()) <= 3
                )
            ):
                continue
            date = _dateline(found.groups())
            if date is not None:
                if _calendar(before, line, found.end()):
                    return _timed_date(head) or date
                return date
    return None


def _calendar(before: str, line: str, end: int) -> bool:
    """«суббота, 23 ноября 2024 г.»: a weekday-led date with no clock time, a site's calendar
    (the day the page was saved) rather than the article's stamp."""
    weekday = before.rstrip(",").strip()
    return weekday in load("dates")["weekday_names"] and not _timed(line, _year_end(line, end))


# «, в 19:15»: a clock time after a date
_CLOCK = re.compile(r"\s*,?\s*(?:" + IN_WORD + r"\s+)?\d{1,2}:\d{2}\b")
# «20 ноября 2024 года», «… 2024 г.»: the word for the year after a full date
_YEAR_AFTER = re.compile(r"\s*(?:" + "|".join(load("dates")["year_after_day"]) + ")")


def _year_end(line: str, end: int) -> int:
    found = _YEAR_AFTER.match(line[end:])
    return end + found.end() if found else end


def _timed_date(lines: list[str]) -> PartialDate | None:
    """The first full date of the head a clock time follows («14.03.2019 09:10»)."""
    _mention, dateline = _patterns()
    for line in lines:
        for found in dateline.finditer(line):
            date = _dateline(found.groups())
            if date is not None and _timed(line, _year_end(line, found.end())):
                return date
    return None


def _timed(line: str, at: int) -> bool:
    """«Политика 12 ноября 2025 19:15»: a date a clock time follows is a page's stamp whatever
    rubric stands before it; a story's date has no time of day after it."""
    return _CLOCK.match(line[at:]) is not None


def _dateline(groups: tuple[str | None, ...]) -> PartialDate | None:
    d, m, y, nd, _separator, nm, ny, iy, im, iday = groups
    if d and m and y:
        return _safe(int(y), _month(m), int(d))
    if nd and nm and ny:
        return _safe(_full_year(ny), int(nm), int(nd))
    if iy and im and iday:
        return _safe(int(iy), int(im), int(iday))
    return None


def date_only(text: str, found: list[DateMention]) -> DateMention | None:
    """A sentence that is only a date (and a place, «Астана, 14 марта 2025 года.»): the date of
    the news that follows it. `found`: the sentence's dated mentions."""
    if len(found) != 1:
        return None
    rest = text[: found[0].start] + text[found[0].end :]
    return found[0] if len(re.findall(r"\w+", rest)) <= 1 else None


def dates_in(
    text: str, reference: PartialDate | None, story_year: int | None = None
) -> list[DateMention]:
    """Every date and period in `text`, relative ones resolved against `reference`.
    `story_year`: the year the story last wrote out, for a day and month with no year («9
    августа» after «с 8 по 9 августа 2024 года») when there is no `reference`."""
    mention, _dateline_pattern = _patterns()
    found: list[DateMention] = []
    for match in mention.finditer(text):
        date, period = _resolve(match, reference, story_year)
        own = any(match.group(name) for name in ("y", "num", "iso", "my"))
        found.append(DateMention(match.start(), match.end(), date, period, own and bool(date)))
    return found


def _resolve(
    match: re.Match[str], reference: PartialDate | None, story_year: int | None = None
) -> tuple[PartialDate | None, bool]:
    group = match.group
    shifts: dict[str, int] = load("dates")["year_shifts"]
    ref_year = reference.year if reference else None
    if group("dmy"):
        # «с 8 по 9 августа», «29–30 мая»: a span of days is dated by its first day
        year = int(group("y")) if group("y") else ref_year or story_year
        if group("ds"):  # «22 августа прошлого года»: of the year before the page's
            year = ref_year + shifts[group("ds").casefold()] if ref_year else None
        first = int(group("d0") or group("d"))
        return (_safe(year, _month(group("m")), first) if year else None), False
    if group("num"):
        return _safe(_full_year(group("ny")), int(group("nm")), int(group("nd"))), False
    if group("iso"):
        return _safe(int(group("iy")), int(group("im")), int(group("id"))), False
    if group("mrel"):
        month = _month(group("mrel").split()[-3])
        shift = shifts[group("ms").casefold()]
        return (_safe(ref_year + shift, month) if ref_year else None), False
    if group("mgen"):  # «в конце октября текущего года», «конце октября с.г.»
        shift = shifts[group("mgs").casefold()] if group("mgs") else 0
        return (_safe(ref_year + shift, _month(group("mg"))) if ref_year else None), False
    if group("my"):
        return _safe(int(group("my_y")), _month(group("mm"))), False
    if group("min"):
        return (_safe(ref_year, _month(group("mi"))) if ref_year else None), False
    if group("mpart"):  # «в начале сентября»: of the page's year, like «в сентябре»
        return (_safe(ref_year, _month(group("mp"))) if ref_year else None), False
    if group("span"):
        if group("sin"):  # «в 2026-2029 годах»: work that starts in 2026 («на ...» is a period)
            return _safe(int(group("sy1"))), False
        year_after = re.search(r"\d{4}", group("span"))
        if not group("sy1") and year_after and _scheduled(match.string[: match.start()]):
            return _safe(int(year_after.group())), False  # «запланирован на 2028 год»
        return None, True
    if group("frm"):  # «с 2024 по 2026 год»: work that starts in 2024, like «в 2024-2026 годах»
        return _safe(int(group("fy"))), False
    if group("yrel") or group("ygen"):
        shift = shifts[(group("ys") or group("ys2")).casefold()]
        return (_safe(ref_year + shift) if ref_year else None), False
    if group("yr"):
        return _safe(int(group("yy"))), False
    if group("mo") and reference is not None and reference.month is not None:
        # «в прошлом месяце»: the month before the stamp's, at month precision
        index = reference.year * 12 + reference.month - 1 + _shift("month_shifts", group("mo"))
        return _safe(index // 12, index % 12 + 1), False
    days: dict[str, int] = load("dates")["days"]
    if reference is None or reference.day is None or group("mo"):
        return None, False
    if group("wd"):
        # «в понедельник»: the latest such day up to the stamp, told to its month only, as the
        # text may speak of the coming one
        stamp = reference.first_day()
        back = (stamp.weekday() - load("dates")["weekdays"][group("wdn").casefold()]) % 7
        day = stamp - dt.timedelta(days=back)
        return PartialDate(day.year, day.month), False
    if group("wk"):
        # «на прошлой неделе»: some day of that week, so only its month is known
        day = reference.first_day() + dt.timedelta(days=_shift("week_shifts", group("wk")))
        return PartialDate(day.year, day.month), False
        return None, False
    day = reference.first_day() + dt.timedelta(days=days[group("rd").casefold()])
    return PartialDate(day.year, day.month, day.day), False
