"""Focus areas: the fields an agreement or a programme names ("cooperate in the areas of A, B
and C", "a programme in robotics", bullet lists under "Key areas"), plus the known ones."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftFocusArea, Span
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.normalize import name_key

_WORDS = language_file("english", "focus_areas")


def _pattern(key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(fill_slots(_WORDS[key], help_verbs=_WORDS["help_verbs"]), flags)


# What opens a list of fields: "cooperation in the areas of", "a memorandum on", "priority areas
# include:" (one alternative each in the data).
_AREA_LEAD = re.compile(
    "(?:" + fill_slots("|".join(_WORDS["leads"]), help_verbs=_WORDS["help_verbs"]) + ")",
    re.IGNORECASE,
)
_ITEM_TRIM = _pattern("item_trim")
_ITEM_END = _pattern("item_end")
_ITEM_SOFT_END = _pattern("item_soft_end")
_ITEM_TAIL = _pattern("item_tail", 0)  # a capital after "in" opens a place: case counts
# Words that name no particular field when they stand alone: "cooperation in science,
# research and innovation" says nothing about what the partnership is for (nor does a season:
# "an agreement in the autumn").
_GENERIC = frozenset(_WORDS["generic"])
# First words of what follows "in" or "on" without being a field: "on the sidelines of".
_NOT_AREAS = frozenset(_WORDS["not_after_in"])
# A count or kind of fields, not a field: "several areas", "various fields".
_VAGUE = frozenset(_WORDS["vague_first_words"])
_VAGUE_FIELDS = re.compile(
    rf"\b(?:{'|'.join(_VAGUE)})\s+(?:{'|'.join(_WORDS['field_nouns'])})\b", re.IGNORECASE
)
# A lead naming one area ("in the area of A and B") keeps "A and B" whole.
_ONE_AREA = _pattern("one_area")
_VERB = _pattern("verbs", 0)
_ELABORATION = _pattern("elaboration")
# Leads after which a programme's own name may follow: "Another priority is the Young Health
# Program", "attention will be given to ...".
_NAMED = _pattern("named_leads")
# A clause of intent, not a field: "projects focused on strengthening research competencies".
_INTENT = frozenset(_WORDS["intent"])
_ACRONYM = re.compile(r"^[A-Z]{2,5}\b")
_LIST_HEAD = re.compile(_WORDS["list_heads"], re.IGNORECASE)
_CUT = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in _WORDS["cut_before"]) + r")\b.*$", re.IGNORECASE
)
_NEVER_FIRST = frozenset(_WORDS["never_first"])
_CLAUSE = frozenset(_WORDS["clause_words"])
_LONE_ADJECTIVE = re.compile(_WORDS["lone_adjective"], re.IGNORECASE)
_NOUNS_LIKE_ADJECTIVES = frozenset(_WORDS["nouns_like_adjectives"])
_LEAD_VERB = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in _WORDS["lead_verbs"]) + r")\s+(?=\w+\s+\w)",
    re.IGNORECASE,
)
_LIST_HEADING = _pattern("list_heading")
_LIST_SEPARATORS = re.compile(_WORDS["list_separators"])
_PAIR = f" {_WORDS['pair_joiner']} "
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def focus_areas_in(article: Article, known: list[KnownName]) -> list[DraftFocusArea]:
    found: dict[str, DraftFocusArea] = {}

    def add(text: str, start: int, lowercase: bool = False) -> None:
        item = _ITEM_TRIM.sub("", _ITEM_SOFT_END.sub("", text).strip(" ,.;:")).strip(" ,.;:")
        item = _ITEM_TAIL.sub("", re.sub(r"^(?:joint|new|the)\s+", "", item)).strip(" ,.;:")
        item = _LEAD_VERB.sub("", _CUT.sub("", _LIST_HEAD.sub("", item))).strip(" ,.;:")
        if item.endswith(")") and "(" not in item:  # "(in the areas of X, Y, energy)"
            item = item[:-1].rstrip(" ,.;:")
        words = item.split()
        if not 1 <= len(words) <= 9 or len(item) < 3 or not item[:1].isalpha():
            return
        if not _reads_as_field(words, named=not lowercase):
            return
        first = words[0].casefold()
        if len(words) == 1 and item.casefold() in _GENERIC or first in _INTENT or first in _VAGUE:
            return
        if _VAGUE_FIELDS.search(item):
            return
        if lowercase and (
            not (item[:1].islower() or _ACRONYM.match(item))
            or any(c.isdigit() for c in item)
            or words[0] in _NOT_AREAS
            or _VERB.search(item)
        ):
            return
        name = upper_first(item)
        key = name_key(name)
        area = found.setdefault(key, DraftFocusArea(name=name))
        area.spans.append(Span(start, start + len(text)))

    text = article.text
    for sentence in article.sentences:
        led = False
        for match in _AREA_LEAD.finditer(sentence.text):
            if led and _ELABORATION.search(sentence.text[: match.start()]):
                continue  # "..., including joint projects in ecology": parts of an area named
            led = True
            rest = sentence.text[match.end() :]
            end = _ITEM_END.search(rest)
            body = rest[: end.start() if end else len(rest)]
            offset = sentence.start + match.end()
            whole = bool(_ONE_AREA.search(match.group()))
            named = bool(_NAMED.search(match.group()))
            for item in _split_list(body, whole):
                add(item, offset + body.find(item), lowercase=not named)
    # Bulleted lists under a heading that names areas or priorities.
    for n, paragraph in enumerate(article.paragraphs):
        line = text[paragraph.start : paragraph.end]
        if _LIST_HEADING.search(line) and (line.rstrip().endswith(":") or len(line.split()) <= 6):
            for following in article.paragraphs[n + 1 : n + 10]:
                item = text[following.start : following.end]
                bullet = _BULLET.match(item)
                if not bullet:
                    break
                add(_ITEM_END.split(item[bullet.end() :])[0], following.start + bullet.end())
    for record in known:
        for spelling in record.spellings():
            for match in re.finditer(rf"\b{re.escape(spelling)}\b", text, re.IGNORECASE):
                add(record.name, match.start())
    return _without_wrappers(list(found.values()))


def _reads_as_field(words: list[str], named: bool = False) -> bool:
    """Not a clause ("it would serve ..."), an adjective whose noun is elsewhere ("political" of
    "political and economic spheres") or, unless a programme's own name may stand there
    (`named`), a place or body ("the western Kazakh region of X")."""
    folded = [w.casefold().strip(",") for w in words]
    if folded[0] in _NEVER_FIRST or any(w in _CLAUSE for w in folded):
        return False
    if _LONE_ADJECTIVE.fullmatch(folded[-1]) and folded[-1] not in _NOUNS_LIKE_ADJECTIVES:
        return False  # the noun was cut off, or is the trail ("political" of "... spheres")
    names = [w for w in words[1:] if w[:1].isupper() and not w.isupper()]
    return named or len(names) < 2


def _without_wrappers(areas: list[DraftFocusArea]) -> list[DraftFocusArea]:
    """ "Doctoral training in materials science" beside "Materials science": the field alone."""
    keys = {name_key(a.name) for a in areas}
    return [
        a
        for a in areas
        if not any(name_key(a.name).endswith((" in " + k, " on " + k)) for k in keys)
    ]


def _same_head(a: str, b: str) -> bool:
    """Two halves of one field: "real-world evidence" and "real-world data", or "AI" and
    "digital education"."""
    a, b = _ITEM_TRIM.sub("", a.strip()), _ITEM_TRIM.sub("", b.strip())
    if _ACRONYM.match(a) and len(a.split()) == 1:
        return True
    first_a, first_b = a.split()[:1], b.split()[:1]
    return bool(first_a) and first_a == first_b and len(a.split()) > 1 and len(b.split()) > 1


def _split_list(body: str, whole: bool = False) -> list[str]:
    parts = _LIST_SEPARATORS.split(body)
    if (len(parts) > 1 or not whole) and _PAIR in parts[-1]:
        first, second = parts[-1].split(_PAIR, 1)
        if not _same_head(first, second):  # "real-world evidence and real-world data" is one
            parts[-1:] = [first, second]  # "A, B and C"
    items: list[str] = []
    for part in parts:
        # "A and B" inside one item stays together unless the list had commas.
        if len(parts) > 1 and part.startswith(_PAIR[1:]):
            part = part[len(_PAIR) - 1 :]
        if part.strip():
            items.append(part.strip())
    return items
