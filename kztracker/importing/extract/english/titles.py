"""A milestone's title drafted from the clause behind it, in the style of a headline.

The clause keeps its subject and what happened; the date (with the preposition that led to it),
who reported or said it ("DKNews.kz reports", "according to the ministry", "X said") and the
auxiliary verbs go ("would be assembled" reads "to be assembled", "has been declared" reads
"declared"); a long title is cut at a clause boundary, not in the middle of a phrase.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.language_files import language_file

MAX_WORDS = 14
EVENT_WORDS = (
    r"meeting|meetings|conference|forum|summit|visit|visited|visits|session|workshop|seminar|"
    r"congress|symposium|hackathon|exhibition|expo|fair|festival|olympiad|competition|"
    r"ceremony|opening|opened|opens|open|launch|launched|launches|launching|start|starts|"
    r"started|begin|begins|began|complete|completed|completion|finish|deadline|held|hold|"
    r"hosted|host|take place|took place|takes place|established|establish|create|created|"
    r"founded|declared|announced|approved|adopted|presented|present|introduced|introduce|"
    r"deliver|delivered|release|released|publish|published|enrol|enroll|admit|graduate|"
    r"commission|commissioned|built|build|construction|pilot|tour|talks|round table|"
    r"roundtable|training|course|programme|program|review|report|round|call|signing|"
    r"applications?|submitted|submissions?|registration|met|meets|meet|leave|"
    r"leaves|depart|departs|arrive|arrives"
)
EVENT = re.compile(rf"\b(?:{EVENT_WORDS})\b", re.IGNORECASE)
_ASIDES = language_file("english", "milestones")
_LEAD = re.compile(
    r"^\([A-Z][\w .-]{0,30}\)\s*[:—–-]\s*"  # "(TDI): The minister met": an outlet's name
    rf"|^(?:{'|'.join(_ASIDES['title_connectives'])})\b,?\s*"
    # "It has been decided that ...": what was decided is the event.
    r"|^it\s+(?:has|had|was|is)\s+(?:also\s+)?(?:been\s+)?(?:decided|agreed|announced|"
    r"reported|noted|planned|expected)\s+that\s+",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    rf"^(?:(?:{'|'.join(_ASIDES['title_preambles'])}|"
    r"according to|in line with|following|after|before|during|under|in addition to|"
    r"as part of|at|on|in|by|meanwhile|additionally|finally|moreover|also|"
    r"against (?:this|that|the) backdrop)\b[^,]{0,120},\s*)",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"^(?:.{0,80}?\b(?:said|says|noted|added|announced|stated|told(?: \w+)?)\s+that\s+"
    r"|(?:[^,]{0,60},[^,]{0,80},\s*|[A-Z][^,;\"“]{0,80}?\s)"
    r"(?:said|says|noted|added|stated|told reporters|(?:expects|believes)(?!\s+to\b))\s+"
    r"(?:that\s+)?)"
)
# "..., said Peter Foster, President of Air Astana": who said it is not part of what happened.
_SAID_AFTER = re.compile(r",\s*(?:said|says|noted|added)\s+(?:[A-Z][\w’'.-]*\s*){1,4}(?:,.*)?$")
# "..., DKNews.kz reports", "..., according to the ministry", "..., KTZ said on Tuesday".
_ATTRIBUTION_AFTER = re.compile(
    r",?\s+(?:according\s+to\s+[^,;]{2,80}|as\s+reported(?:\s+by\s+[^,;]{2,60})?"
    r"|(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,4}\s+(?:reports|reported|writes|wrote|said|says|"
    r"announced|stated|noted|added|told\s+(?:reporters|journalists|\w+))"
    r"(?:\s+on\s+\w+|\s+(?:last|this)\s+\w+)?)\s*$",
    re.IGNORECASE,
)
_ACCORDING_BEFORE = re.compile(r"^according\s+to\s+[^,]{2,80},\s*", re.IGNORECASE)
# The preposition that led to a date goes with it: "visited Astana in [November 2025] to ...".
_BEFORE_DATE = re.compile(
    r"(?:\b(?:on|in|by|from|until|till|since|during|of|at|for|before|after|as early as|as of)"
    r"(?:\s+the)?(?:\s+(?:end|beginning|start|middle|first half|second half|spring|summer|"
    r"autumn|fall|winter)\s+of)?|\b(?:early|late|mid-?))\s*$",
    re.IGNORECASE,
)
# "in the 2025 school year": the date qualifies a noun, and the phrase keeps its preposition.
_PHRASE_END = re.compile(
    r"\s*(?:$|[,.;:)]|(?:to|and|in|on|at|for|with|when|as|after|before|the|a|an|it|they|he|"
    r"she|we|will|would|is|are|was|were)\b)"
)
_STRAY_PREPOSITION = re.compile(
    r"\b(?:on|in|by|from|until|since|during|of|at|for|before|after)"
    r"(?:\s+the)?(?:\s+end\s+of)?\s*(?=[,.;]|$)"
)
_AUXILIARY = r"(?:has|have|had|was|were|is|are|will|would|shall|could|can|may|might)"
_ADVERBS = r"(?:(?:also|now|already|officially|formally|jointly|soon|then|still|finally)\s+)*"
# "would be assembled" is planned: "to be assembled"; "would open": "to open".
_PLANNED_PASSIVE = re.compile(
    rf"(?<!which )(?<!that )(?<!who )"
    rf"\b(?:will|would|shall|is\s+(?:expected|set|scheduled|due|planned)\s+to|"
    rf"are\s+(?:expected|set|scheduled|due|planned)\s+to|is\s+to|are\s+to)\s+{_ADVERBS}be\s+",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    rf"(?<!which )(?<!that )(?<!who )"
    rf"\b(?:will|would|shall|(?:is|are)\s+(?:expected|set|scheduled|due|going)\s+to)\s+"
    rf"{_ADVERBS}(?=[a-z])",
    re.IGNORECASE,
)
# "has been officially declared", "were opened": what happened, without the auxiliary.
_PERFECT_PASSIVE = re.compile(
    rf"(?<!to )\b(?:has|have|had)\s+{_ADVERBS}(?:been\s+)?{_ADVERBS}(?=\w+(?:ed|en|t)\b)|"
    rf"\b(?:was|were)\s+{_ADVERBS}(?=\w+(?:ed|en|t|wn|ne|ld|de)\b)",
    re.IGNORECASE,
)
_LEADING_AUXILIARY = re.compile(
    rf"^{_AUXILIARY}\s+(?:(?:not|been|be)\s+)?{_ADVERBS}", re.IGNORECASE
)
# "A delegation led by Minister X, including rectors, visited": who led it is detail.
_LED_VERBS = (
    r"visited|met|held|signed|arrived|toured|attended|took part|presented|opened|"
    r"launched"
)
_LED_BY = re.compile(
    rf"\s+(?:led|headed|chaired|accompanied)\s+by\s+[^,]+?"
    rf"(?:,(?=\s+(?:{_LED_VERBS})\b)|(?=,|$|\s+(?:{_LED_VERBS})\b))"
)
# "The ministries of the two states agreed to hold an exhibition": the event is what was agreed.
_INTENT_LEAD = re.compile(
    r"^[^,;]{0,80}?\b(?:agreed|decided|plan|plans|planned|intend|intends|intended|"
    r"(?:is|are) planning|aim|aims)\s+to\s+(?=[a-z])"
)
# A clause's comma, never one that groups a number's digits ("15,000 cars"): an aside cut at such
# a comma would glue the words around the number's rest ("to launch000 cars").
_NOT_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}))"
_INCLUDING = re.compile(rf",\s+including\s+{_NOT_COMMA}+?(?=,(?!\d{{3}}))")
# "The first students, as the rector noted, to arrive": an aside between commas that is no part
# of what happened goes even from a short title (data/milestones.json 'title_asides').
_ASIDE = re.compile(
    rf",\s+(?:{'|'.join(_ASIDES['title_asides'])})\b{_NOT_COMMA}{{0,100}}?,(?!\d{{3}})\s*",
    re.IGNORECASE,
)
# Where a long title may end: before an aside, a relative or purpose clause, a phrase.
_BOUNDARY = re.compile(
    r",\s|;\s|\s(?=(?:which|who|where|while|whereas|as part of|in order to|so that|"
    r"including|with|following|after|within|under|through|to|for|as|on|in|at|from|"
    r"during|by|amid|across|focused|aimed|designed|dedicated|devoted)\s)",
)
# "expects to sign": the infinitive belongs to the verb before it.
_WANTS = re.compile(
    r"\b(?:expects?|plans?|aims?|agreed|wants?|hopes?|intends?|set|due|able|"
    r"going|decided|is|are)$"
)
# The first verb of the title: a cut never comes before it.
_VERB = re.compile(
    r"\bto\s+(?:be\s+)?[a-z]\w*|\b(?:is|are|was|were|has|have|met|held|began|took|gave|"
    r"went|made|won|plans?|aims?)\b|\b[a-z]\w+ed\b"
)
_FUNCTION_WORDS = frozenset(
    "the a an of in on at to for by with and or from as its their his her".split()
)


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
    text = re.sub(r",?\s+(?:which|who|that|and|or|but|while|whereas)$", "", text)
    return text[:1].upper() + text[1:]


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
        if re.fullmatch(r"(?:the\s+year|the)?", head, re.IGNORECASE) and re.match(
            rf"\s+{_AUXILIARY}\b", text[e:], re.IGNORECASE
        ):
            text = re.sub(r"^the\s+year\s+", "", text[s:], flags=re.IGNORECASE)
            continue
        before = _BEFORE_DATE.search(text[:s])
        if before and (_PHRASE_END.match(text[e:]) or not text[: before.start()].strip()):
            # "On 12 May, Almaty hosted": an opening date goes with its preposition.
            s = before.start()
        text = text[:s] + text[e:]
    return text


def _headline(text: str) -> str:
    """Auxiliary verbs and a leading article go, as in a headline."""
    text = _PLANNED_PASSIVE.sub("to be ", text)
    text = _PLANNED.sub("to ", text)
    text = _PERFECT_PASSIVE.sub("", text)
    text = _LEADING_AUXILIARY.sub("", text)
    text = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+(?=[a-z\d])", "", text)
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
