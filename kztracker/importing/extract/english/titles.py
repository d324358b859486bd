"""A milestone's title drafted from the clause behind it, in the style of a headline.

The clause keeps its subject and what happened; the date (with the preposition that led to it),
who reported or said it ("DKNews.kz reports", "according to the ministry", "X said") and the
auxiliary verbs go ("would be assembled" reads "to be assembled", "has been declared" reads
"declared"); a long title is cut at a clause boundary, not in the middle of a phrase. The words
are data (data/milestone_titles.json; the asides, connectives and preambles data/milestones.json).
"""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.language_files import fill_slots, language_file, one_of

MAX_WORDS = 14
_ASIDES = language_file("english", "milestones")
_WORDS = language_file("english", "milestone_titles")


EVENT_WORDS = one_of(_WORDS["event_words"])
EVENT = re.compile(rf"\b(?:{EVENT_WORDS})\b", re.IGNORECASE)
_LEAD = re.compile(
    r"^\([A-Z][\w .-]{0,30}\)\s*[:—–-]\s*"  # "(TDI): The minister met": an outlet's name
    rf"|^(?:{'|'.join(_ASIDES['title_connectives'])})\b,?\s*"
    # "It has been decided that ...": what was decided is the event.
    r"|" + _WORDS["impersonal_lead"],
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    rf"^(?:(?:{'|'.join(_ASIDES['title_preambles'])}|"
    + one_of(_WORDS["title_openings"])
    + r")\b[^,]{0,120},\s*)",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"^(?:.{0,80}?\b(?:" + one_of(_WORDS["reported_that_verbs"]) + r")\s+that\s+"
    r"|(?:[^,]{0,60},[^,]{0,80},\s*|[A-Z][^,;\"“]{0,80}?\s)"
    r"(?:" + one_of(_WORDS["reported_verbs"]) + r")\s+"
    r"(?:that\s+)?)"
)
# "..., said Peter Foster, President of Air Astana": who said it is not part of what happened.
_SAID_AFTER = re.compile(
    r",\s*(?:" + one_of(_WORDS["said_after_verbs"]) + r")\s+(?:[A-Z][\w’'.-]*\s*){1,4}(?:,.*)?$"
)
# "..., DKNews.kz reports", "..., according to the ministry", "..., KTZ said on Tuesday".
_ATTRIBUTION_AFTER = re.compile(_WORDS["attribution_after"], re.IGNORECASE)
_ACCORDING_BEFORE = re.compile(_WORDS["according_before"], re.IGNORECASE)
# The preposition that led to a date goes with it: "visited Astana in [November 2025] to ...".
_BEFORE_DATE = re.compile(
    r"(?:\b(?:" + one_of(_WORDS["date_prepositions"]) + r")"
    r"(?:\s+the)?(?:\s+(?:" + one_of(_WORDS["date_parts"]) + r")\s+of)?"
    r"|\b(?:" + one_of(_WORDS["date_edges"]) + r"))\s*$",
    re.IGNORECASE,
)
# "in the 2025 school year": the date qualifies a noun, and the phrase keeps its preposition.
_PHRASE_END = re.compile(r"\s*(?:$|[,.;:)]|(?:" + one_of(_WORDS["phrase_end_words"]) + r")\b)")
_STRAY_PREPOSITION = re.compile(_WORDS["stray_preposition"])
_AUXILIARY = "(?:" + one_of(_WORDS["auxiliaries"]) + ")"
_ADVERBS = r"(?:(?:" + one_of(_WORDS["title_adverbs"]) + r")\s+)*"


def _with_verbs(key: str) -> str:
    """The data's pattern, its {auxiliaries} and {adverbs} filled in."""
    return fill_slots(_WORDS[key], auxiliaries=_AUXILIARY, adverbs=_ADVERBS)


# "would be assembled" is planned: "to be assembled"; "would open": "to open".
_PLANNED_PASSIVE = re.compile(_with_verbs("planned_passive"), re.IGNORECASE)
_PLANNED = re.compile(_with_verbs("planned"), re.IGNORECASE)
# "has been officially declared", "were opened": what happened, without the auxiliary.
_PERFECT_PASSIVE = re.compile(_with_verbs("perfect_passive"), re.IGNORECASE)
_LEADING_AUXILIARY = re.compile(_with_verbs("leading_auxiliary"), re.IGNORECASE)
# "A delegation led by Minister X, including rectors, visited": who led it is detail.
_LED_VERBS = one_of(_WORDS["led_verbs"])
_LED_BY = re.compile(
    r"\s+(?:" + one_of(_WORDS["led_by_words"]) + r")\s+by\s+[^,]+?"
    rf"(?:,(?=\s+(?:{_LED_VERBS})\b)|(?=,|$|\s+(?:{_LED_VERBS})\b))"
)
# "The ministries of the two states agreed to hold an exhibition": the event is what was agreed.
_INTENT_LEAD = re.compile(
    r"^[^,;]{0,80}?\b(?:" + one_of(_WORDS["intent_verbs"]) + r")\s+to\s+(?=[a-z])"
)
# A clause's comma, never one that groups a number's digits ("15,000 cars"): an aside cut at such
# a comma would glue the words around the number's rest ("to launch000 cars").
_NOT_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}))"
_INCLUDING = re.compile(r",\s+" + _WORDS["inclusion"] + rf"\s+{_NOT_COMMA}+?(?=,(?!\d{{3}}))")
# "The first students, as the rector noted, to arrive": an aside between commas that is no part
# of what happened goes even from a short title (data/milestones.json 'title_asides').
_ASIDE = re.compile(
    rf",\s+(?:{'|'.join(_ASIDES['title_asides'])})\b{_NOT_COMMA}{{0,100}}?,(?!\d{{3}})\s*",
    re.IGNORECASE,
)
# Where a long title may end: before an aside, a relative or purpose clause, a phrase.
_BOUNDARY = re.compile(r",\s|;\s|\s(?=(?:" + one_of(_WORDS["boundary_words"]) + r")\s)")
# "expects to sign": the infinitive belongs to the verb before it.
_WANTS = re.compile(r"\b(?:" + one_of(_WORDS["wants_words"]) + r")$")
# The first verb of the title: a cut never comes before it.
_VERB = re.compile(
    r"\bto\s+(?:be\s+)?[a-z]\w*|\b(?:" + one_of(_WORDS["first_verbs"]) + r")\b|\b[a-z]\w+ed\b"
)
_FUNCTION_WORDS = frozenset(_WORDS["function_words"])
# A title does not end on a relative or a conjunction: "The plant opened, which".
_DANGLING = re.compile(r",?\s+(?:" + one_of(_WORDS["dangling_words"]) + r")$")
# "the year 2026 has been declared ...": a year that is the subject stays in the title.
_YEAR_HEAD = re.compile(_WORDS["year_head"], re.IGNORECASE)
_YEAR_LEAD = re.compile(_WORDS["year_lead"], re.IGNORECASE)
_AUXILIARY_AFTER = re.compile(rf"\s+{_AUXILIARY}\b", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(_WORDS["leading_article"])


def milestone_title(clause: str, dates: list[DateMention], offset: int = 0) -> str:
    text = _without_dates(clause, dates, offset)
    text = _STRAY_PREPOSITION.sub("", text)
    text = _tidy(text)
    text = _LEAD.sub("", text)
    text = _ACCORDING_BEFORE.sub("", text)
    text = _PREAMBLE.sub("", _PREAMBLE.sub("", text))  # "in Astana, with the support of X, ..."
    text = _REPORTED.sub("", text)
    text = _SAID_AFTER.sub("", text)
    text = _ATTRIBUTION_AFTER.sub("", text)
    text = _ASIDE.sub(" ", _INCLUDING.sub("", text))
    text = _headline(_tidy(_LED_BY.sub("", text)))
    text = _INTENT_LEAD.sub("", text)
    if len(text.split()) > MAX_WORDS:
        text = _shorter(text)
    text = _DANGLING.sub("", text)
    return upper_first(text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r",(?:\s*,)+", ",", text)
    return text.strip(' ,.;:—–-"“”')


def _without_dates(clause: str, dates: list[DateMention], offset: int) -> str:
    """The clause without its dates; a year that is the subject ("the year 2026 has been
    declared ...") stays, since the title would have none otherwise."""
    text = clause
    for date in sorted(dates, key=lambda d: d.start, reverse=True):
        s, e = date.start - offset, date.end - offset
        if not (0 <= s and e <= len(text)):
            continue
        head = _PREAMBLE.sub("", text[:s]).strip()
        if _YEAR_HEAD.fullmatch(head) and _AUXILIARY_AFTER.match(text[e:]):
            text = _YEAR_LEAD.sub("", text[s:])
            continue
        before = _BEFORE_DATE.search(text[:s])
        if before and (_PHRASE_END.match(text[e:]) or not text[: before.start()].strip()):
            # "On 12 May, Almaty hosted": an opening date goes with its preposition.
            s = before.start()
        text = text[:s] + text[e:]
    return text


def _headline(text: str) -> str:
    """Auxiliary verbs and a leading article go, as in a headline."""
    text = _PLANNED_PASSIVE.sub(_WORDS["planned_readings"]["passive"], text)
    text = _PLANNED.sub(_WORDS["planned_readings"]["active"], text)
    text = _PERFECT_PASSIVE.sub("", text)
    text = _LEADING_AUXILIARY.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def _shorter(text: str) -> str:
    """A long title keeps its subject and what happened: asides between commas go first,
    then what follows the last clause boundary within the limit."""
    cue = EVENT.search(text)
    asides = re.findall(rf",(?!\d{{3}}){_NOT_COMMA}{{3,120}}?,(?!\d{{3}})", text)
    for aside in sorted(asides, key=len, reverse=True):
        if len(text.split()) <= MAX_WORDS:
            break
        if cue is None or cue.group() not in aside:
            text = text.replace(aside, "", 1)
            cue = EVENT.search(text)
    if len(text.split()) <= MAX_WORDS:
        return text
    verb = _VERB.search(text) or cue
    return _cut(text, verb.end() if verb else 0)


def _cut(text: str, after: int) -> str:
    """The longest prefix within the limit that ends at a boundary past the event word;
    without one, the words within the limit, less any function words left dangling."""
    limit = len(" ".join(text.split()[:MAX_WORDS]))
    ends = [
        m.start()
        for m in _BOUNDARY.finditer(text)
        if after <= m.start() <= limit and not _WANTS.search(text[: m.start()])
    ]
    if ends and len(text[: ends[-1]].split()) >= 4:
        return text[: ends[-1]].rstrip(" ,;")
    words = text.split()[:MAX_WORDS]
    while len(words) > 4 and words[-1].casefold().strip(",") in _FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;") + "…"
