"""The date a page gives itself: a dateline at the head ("29 april, 2024", "31.10.2025",
"date 2017-11-08 ASTANA ...", "Astana, 12 March 2025 –", "23.09.2014 13:05 The ...", the date
in a wire credit "TASHKENT (Agency - 14th Mar, 2024)"), or a line holding only a date and a
time anywhere (a timestamp at the foot, a date after a ticker).

What may lead a dateline and what may follow it are data (data/datelines.json)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.extract.english.lexicon import MONTHS, WEEKDAYS
from kztracker.importing.extract.english.slash_dates import readings, slashed_day
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "datelines")
# Ordinal endings of a day ("14th"), as dates.py reads them.
_ORD = language_file("english", "dates")["fragments"]["ord"]
_LINKS = "|".join(_DATA["lead_links"])
_MONTHS: dict[str, int] = {**MONTHS, **_DATA["template_months"]}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_LEAD = "|".join(re.escape(w) for w in sorted(_DATA["lead_words"], key=len, reverse=True))
_TIME = _DATA["time"]
_DATE = (
    r"(?:(?P<d1>[0-3]?\d)" + _ORD + r"(?:\s+|-)(?P<m1>" + _MONTH + r")\.?,?(?:\s+|-)"
    r"(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>[0-3]?\d)" + _ORD + r",?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    r"|(?P<d4>[0-3]?\d)(?P<s4>[./-])(?P<m4>[0-3]?\d)(?P=s4)(?P<y4>(?:19|20)\d\d)"
    r"|" + _DATA["year_first"] + r")(?!\d|\.\d)"
)
# A weekday before a stamp's date ("Posted: Wed 12 Mar 2025", "Published Tuesday, 3 June 2025").
_WEEKDAY = r"(?:(?:" + "|".join(w[:3] for w in WEEKDAYS) + r")[a-z]*\.?,?\s+)?"
# After a lead word: "on" or "at", a colon, a time ("Last updated on: 3 May", "Updated 12:05 PM,").
_LEAD_TAIL = r"(?:\s+(?:" + _LINKS + r"))?\s*:?\s*(?:" + _TIME + r",?\s+)?" + _WEEKDAY
# At the head: a date opening its line, after a lead word or a place ("ASTANA.", "Astana,").
_HEAD = re.compile(
    r"^\s*(?:(?:" + _LEAD + r")" + _LEAD_TAIL + r"|(?:[A-Z][\w’'-]+(?:\s[A-Z][\w-]+)?"
    r"(?:,\s*[A-Z][a-z]+)?[,.]\s*))?"
    + _DATE
    + r"(?:,?\s*"
    + _TIME
    + r")?(?=\.?(?:\s|$)|[:,;|–—-])",
    re.IGNORECASE,
)
# Anywhere: a line with a date and nothing but a time, a counter or a separator beside it.
_ALONE = re.compile(
    rf"^\s*[|•·–—-]?\s*(?:(?:{_LEAD})\s*:?\s*{_WEEKDAY})?{_DATE}(?:\s*,?\s*{_TIME})?"
    rf"(?:\s+{_DATA['counter']})?\s*[|•·–—-]?\s*$",
    re.IGNORECASE,
)
# At the head: a date closing a short line after a separator ("Company news | 2 July 2024"),
# or a site's trail of labels ("Home / News / 2 July 2024").
_AFTER_LABEL = re.compile(
    rf"^(?:[^|•·\n]{{1,60}}[|•·]|(?:{_DATA['trail_label']}{_DATA['trail_separator']}){{1,4}})"
    rf"\s*{_DATE}(?:,?\s*{_TIME})?\s*$",
    re.IGNORECASE,
)
# A date and a time together on one line (after a currency ticker, a menu).
_STAMPED = re.compile(_DATE + r",?\s+" + _TIME + r"\b", re.IGNORECASE)
# A byline's date ("by Desk Writers Almaty (AFP) Mar 03, 2019"): the post's, before any header.
_BYLINE = re.compile(
    r"^\s*(?i:(?:"
    + _DATA["byline_verbs"]
    + r")\s+)?(?i:"
    + _DATA["byline_word"]
    + r")\s+"
    + _DATA["byline_between"]
    + "(?i:"
    + _DATE
    + r")(?!,?\s+[a-z])"
)
_SHORT_STAMP = re.compile(_DATA["short_stamp"])
_SPACED_STAMP = re.compile(fill_slots(_DATA["spaced_stamp"], time=_TIME))
# "TASHKENT , (Wire Point News - 14th Mar, 2024 ) :": the date inside the agency's credit.
_CREDIT = re.compile(
    r"^\s*(?:"
    + _DATA["wire_credit_place"]
    + r")?\(\s*"
    + _DATA["wire_credit_name"]
    + r"(?i:"
    + _DATE
    + r")\s*\)"
)
# An outlet's name between a head dateline and its lead, closed by a colon: part of the dateline.
_CREDIT_AFTER = re.compile(_DATA["credit_after_dateline"])
_ANY_DATE = re.compile(_DATE, re.IGNORECASE)
# A stamp that names the publication itself, where a page also shows when it was updated.
_PUBLISHED = re.compile(
    rf"(?:^|[|•·]\s*|\s{{2,}})(?:{'|'.join(_DATA['publication_words'])})\s*(?:{_LINKS})?\s*:?\s*"
    rf"{_DATE}(?:,?\s*{_TIME})?",
    re.IGNORECASE,
)
_GLUED = re.compile(fill_slots(_DATA["glued_stamp"], date=_DATE), re.IGNORECASE)
_TRAILING = re.compile(fill_slots(_DATA["trailing_stamp"], date=_DATE), re.IGNORECASE)
_FILLERS = [
    re.compile(_DATA["bare_line_codes"]),
    *(re.compile(f, re.IGNORECASE) for f in _DATA["bare_line_fillers"]),
]


def _date(match: re.Match[str]) -> PartialDate | None:
    for n in "12345":
        if match.group(f"y{n}"):
            month = match.group(f"m{n}")
            number = _MONTHS.get(month.casefold().rstrip(".")) if not month.isdigit() else None
            if n == "4" and match.group("s4") == "/":  # "03/15/2024": month first if need be
                days = readings(match.group())
                return days[0] if days else None
            try:
                return PartialDate(
                    int(match.group(f"y{n}")),
                    number or int(month),
                    int(match.group(f"d{n}")),
                )
            except ValueError:  # "31.02.2024" is no day
                return None
    return None


def dateline(text: str) -> tuple[PartialDate, int, int] | None:
    """The page's own date and the [start, end) of the dateline text that states it."""
    found = _dateline(text)
    return _slashed(text, _past_today_bar(text, found)) if found else None


def _slashed(text: str, found: tuple[PartialDate, int, int]) -> tuple[PartialDate, int, int]:
    """A slashed stamp both of whose readings are days: the one its line's weekday or the
    page's own days point to (slash_dates.py)."""
    if len(readings(text[found[1] : found[2]])) < 2:
        return found
    start = text.rfind("\n", 0, found[1]) + 1
    end = text.find("\n", found[2])
    end = len(text) if end < 0 else end
    rest = text[:start] + "\n" + text[end:]
    told = [d.date for d in find_dates(rest, None, found[0].year) if not d.relative]
    day = slashed_day(text[start:end], told)
    return (day, found[1], found[2]) if day is not None else found


# "Thu. Sep 19th, 2024" at a page's top: a site's bar showing the day it was viewed.
_TODAY_BAR = re.compile(r"^\s*(?:" + "|".join(w[:3] for w in WEEKDAYS) + r")[a-z]*\.?,?\s", re.I)


def _past_today_bar(text: str, found: tuple[PartialDate, int, int]) -> tuple[PartialDate, int, int]:
    """A weekday-led stamp above the post's own earlier stamp ("Thu. Sep 19th, 2024", then
    "05.04.2022 Press Team") is the site's bar of the day the page was viewed, not its date: a
    post is never published after the day it is read, so the earlier stamp below is the post's."""
    line_start = text.rfind("\n", 0, found[1]) + 1
    if not _TODAY_BAR.match(text[line_start : found[2]]):
        return found
    end = text.find("\n", found[2])
    if end < 0:
        return found
    later = _dateline(text[end:])
    if later is None or later[0].first_day() >= found[0].first_day():
        return found
    return later[0], later[1] + end, later[2] + end


def _dateline(text: str) -> tuple[PartialDate, int, int] | None:
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    head = lines[: int(_DATA["head_lines"])]
    for line in head:
        found = _BYLINE.match(line.group())
        day = _date(found) if found else None
        if found and day is not None:
            return day, line.start() + found.start(), line.start() + found.end()
    for line in head:  # "Updated: 5 May ... Published: 3 May": the first publication's day
        found = _PUBLISHED.search(line.group())
        day = _date(found) if found else None
        if found and day is not None:
            return day, line.start() + found.start(), line.start() + found.end()
    for pattern, where in (
        (_HEAD, head),
        (_CREDIT, head),
        (_ALONE, lines),
        (_AFTER_LABEL, head),
        (_STAMPED, head),
    ):
        for line in where:
            found = pattern.match(line.group()) if pattern is not _STAMPED else None
            if pattern is _STAMPED:
                found = pattern.search(line.group())
            if found:
                day = _date(found)
                if day is not None:
                    end = found.end()
                    if pattern is _HEAD:  # "Washington, 3 May 2026, The Steppe Post: ..."
                        credit = _CREDIT_AFTER.match(line.group(), end)
                        end = credit.end() if credit else end
                    return day, line.start() + found.start(), line.start() + end
    return (
        _bare_line(head)
        or _short_stamp(head)
        or _short_stamp(lines, _SPACED_STAMP, 0)
        or _glued(head)
        or _glued(head, _TRAILING)
    )


_BODY_WORDS = int(_DATA["body_line_words"])


def _glued(
    head: list[re.Match[str]], pattern: re.Pattern[str] | None = None
) -> tuple[PartialDate, int, int] | None:
    """ "... launches large hi-tech enterprises24/12/2018": a title with its stamp run on; with
    `_TRAILING`, a numeric stamp after the title's last word ("... Meetings 28.04.2025"). Only
    above the first line of prose: on a short page the head reaches the foot, whose licence or
    copyright dates are no stamp of the post."""
    for line in head:
        if len(line.group().split()) >= _BODY_WORDS and re.search(r"[^\W\d_][.!?]", line.group()):
            break
        found = (pattern or _GLUED).search(line.group())
        if found and pattern is _TRAILING and not found.group("y4"):
            continue  # "Forum held on 12 May 2025": the title's event day, not a stamp
        day = _date(found) if found else None
        if found and day is not None:
            return day, line.start() + found.start(), line.start() + found.end()
    return None


def _bare_line(head: list[re.Match[str]]) -> tuple[PartialDate, int, int] | None:
    """ "USD 470.5 EUR 510.2 12 March 2025", "13:05, 12 March 2025 | GMT +5": a head line with
    a date and no other word (a ticker's codes and figures, a time, a weekday, a zone)."""
    for line in head:
        found = _ANY_DATE.search(line.group())
        day = _date(found) if found else None
        if found is None or day is None:
            continue
        rest = line.group()[: found.start()] + " " + line.group()[found.end() :]
        for filler in [re.compile(_TIME), *_FILLERS]:
            rest = filler.sub(" ", rest)
        if not re.search(r"[^\W\d_]{2,}", rest):
            return day, line.start() + found.start(), line.start() + found.end()
    return None


def _short_stamp(
    head: list[re.Match[str]], pattern: re.Pattern[str] = _SHORT_STAMP, century: int = 2000
) -> tuple[PartialDate, int, int] | None:
    """ "(14.05.19) The delegation ...": a two-digit year opening a head line; with
    `_SPACED_STAMP` and no century, a line "11 12 2021, 10:54" anywhere."""
    for line in head:
        found = pattern.match(line.group())
        if found:
            try:
                day = PartialDate(century + int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                continue
            return day, line.start() + found.start(), line.start() + found.end()
    return None


_WIRE = re.compile(_DATA["wire_prefix"])


def wire_prefix_end(line: str) -> int:
    """How many characters of `line` a wire dateline ("ASTANA. KAZINFORM –") takes; 0 if none."""
    match = _WIRE.match(line)
    return match.end() if match and match.end() < len(line) else 0


# A wire dateline ends in a full stop or a dash ("ASTANA, August 7." "Astana, 26 May 2025 —"); a
# bare "date 2024-11-21" before a repeated headline is the page's metadata, not a dateline.
_WIRE_END = tuple(_DATA["wire_end"])
# An outlet's short name in brackets right after the dateline, then its end: "(TDI):".
_OUTLET_AFTER = re.compile(r"^\([A-Z][\w .-]{0,30}\)\s*[:—–-]")


def dateline_leads(
    article: Article, reference: PartialDate | None, stamps: bool = True
) -> dict[int, PartialDate]:
    """The sentence a dateline on its own line's head opens ("ASTANA, Kazakhstan, August 7.
    The minister met ..."), with that day; only a day that is the publication date. Without
    `stamps`, a page's bare date line above the lead ("15 October 2025") opens none: it dates
    the page, not what its lead tells."""
    if reference is None or reference.day is None:
        return {}
    for index, sentence in enumerate(article.sentences[:4]):
        line_start = article.text.rfind("\n", 0, sentence.start) + 1
        told = [s for s in article.sentences[:index] if re.search(r"[^\W\d_]", s.text)]
        if told:  # the head is what stands before the sentence, not a sentence before it
            line_start = max(line_start, told[-1].end)
        head = article.text[line_start : sentence.start]
        outlet = _OUTLET_AFTER.match(sentence.text)
        if outlet:  # "Moscow, 12 April 2026 (TDI): The minister met ...": the outlet is head
            head += outlet.group()
        if not re.search(r"[^\W\d_]", sentence.text):
            continue  # the full stop a dateline leaves behind
        if (
            not re.search(r"(?<![\w-])[a-z]{3,}", sentence.text)
            and sentence.text.rstrip()[-1:] in _WIRE_END
            and any(d.date == reference for d in find_dates(sentence.text, reference))
        ):
            return {index + 1: reference}  # "ASTANA, Kazakhstan, June 11." a sentence alone
        dated = [d for d in find_dates(head, reference) if d.date == reference]
        if dated and (head.rstrip()[-1:] in _WIRE_END or _wire_only(head[dated[-1].end :])):
            return {index: reference}  # "date 2022-03-04 ASTANA. KAZINFORM The forum ..."
        if (
            stamps
            and (not head.strip() or _wire_only(head))
            and _stamp_above(article.text, line_start, reference)
        ):
            # "15 October 2025" on its own line, the lead below it, perhaps after its wire
            # dateline ("ASTANA. KAZINFORM – Eight memoranda were signed ...")
            return {index: reference}
    return {}


def story_day_leads(
    article: Article,
    reference: PartialDate | None,
    leads: dict[int, PartialDate],
    tells_event: Callable[[str], bool],
) -> dict[int, PartialDate]:
    """`leads` and the sentence after an opening one told on the page's day ("X announced on
    Friday that ... The two leaders met at the Kremlin"): the meeting is that day's story. Not
    when the opening tells the event itself ("On 22 June, A met B. At the meeting, ...")."""
    if reference is None or reference.day is None:
        return leads
    found = dict(leads)
    for index, sentence in enumerate(article.sentences[:3]):
        dates = find_dates(sentence.text, reference)
        if dates and all(d.date == reference for d in dates):
            if not tells_event(sentence.text):
                following = index + 1
                while following < len(article.sentences) - 1 and _fragment(
                    article.sentences[following].text
                ):
                    following += 1  # "..., News.Az reports.": the credit cut at its full stop
                found.setdefault(following, reference)
            break
    return found


def _fragment(text: str) -> bool:
    """A piece of a sentence cut at an abbreviation's full stop ("Az reports.")."""
    return len(text.split()) < 3


def _wire_only(text: str) -> bool:
    """`text` is a wire dateline and nothing more ("ASTANA. KAZINFORM – ")."""
    match = _WIRE.match(text)
    return bool(match and text.strip() and match.end() == len(text))


def _stamp_above(text: str, start: int, reference: PartialDate) -> bool:
    """The last line with words before `start` holds only the publication date (and a time)."""
    lines = [line for line in text[:start].splitlines() if line.strip()]
    if not lines:
        return False
    line = lines[-1].strip()
    glued = _GLUED.search(line)
    if glued is not None:  # "... hi-tech enterprises24/12/2018": the title's stamp run on
        return _date(glued) == reference
    dates = find_dates(line, reference)
    if len(dates) != 1 or dates[0].date != reference:
        return False
    rest = line[: dates[0].start] + line[dates[0].end :]
    return not re.search(r"[^\W\d_]{3,}", re.sub(_TIME, "", rest))


_STAMP_WORDS = re.compile(
    rf"\b(?:{_LEAD})\b(?:\s*(?:{'|'.join(_DATA['stamp_links'])})\b)?|{_TIME}"
    rf"|\b(?:{_DATA['counter']})\b",
    re.IGNORECASE,
)


_LABEL_SEPARATOR = re.compile(_DATA["stamp_label_separator"])
_LABEL_WORDS = int(_DATA["stamp_label_words"])


def stamp_only(line: str) -> bool:
    """A page's own stamp ("Created at : 18.04.2019, 17:40, Updated at : 18.04.2019, 18:40"):
    dates, times and the words that lead a dateline, nothing that tells of an event; or a line
    of short labels between separators, one with a date ("News release | Sent by the desk on
    05/03/2031 10:15")."""
    if not _ANY_DATE.search(line):
        return False
    rest = _STAMP_WORDS.sub(" ", _ANY_DATE.sub(" ", line))
    if not re.search(r"\w", rest):
        return True
    labels = _LABEL_SEPARATOR.split(rest)
    return len(labels) > 1 and all(
        len(label.split()) <= _LABEL_WORDS and not re.search(r"[.!?;]\s*\S", label)
        for label in labels
    )
