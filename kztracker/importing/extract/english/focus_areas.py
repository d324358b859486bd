"""Focus areas: the fields an agreement or a programme names ("cooperate in the areas of A, B
and C", "a programme in robotics", bullet lists under "Key areas"), plus the known ones."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftFocusArea, Span
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.language_files import language_file
from kztracker.normalize import name_key

_WORDS = language_file("english", "focus_areas")

_HELP_VERBS = r"reform|expand|improve|develop|strengthen|moderni[sz]e|build|process|upgrade"
_AREA_LEAD = re.compile(
    r"(?:\b(?:cooperat\w*|collaborat\w*|partnership|work together|projects?|memorandum|agreement|"
    r"roadmap)\b[^.;]{0,60}?\b(?:in|on)\s+(?:the\s+)?(?:areas?|fields?|spheres?|domains?)\s+of\s+"
    r"|\b(?:areas?|fields?|directions?|priorities|pillars)\s+of\s+(?:cooperation|"
    r"collaboration|the partnership|the agreement|the memorandum|the roadmap)\s+(?:include|"
    r"includes|including|such as|cover|covers|are|will be)\s*:?\s+"
    r"|\b(?:memorand(?:um|a)(?: of understanding)?|mou|agreement|roadmap|cooperation|"
    r"collaboration|partnership|letter of intent)\s+(?:of cooperation\s+)?(?:on|in)\s+"
    r"(?-i:(?=[a-z]))"
    # "a memorandum with the Fraunhofer Society on ...", "an agreement covering 2025-2027 on"
    r"|\b(?:memorand(?:um|a)(?: of understanding)?|mou|agreement|roadmap|letter of intent)\s+"
    r"(?:(?:with|covering|signed)\b[^.;,]{0,60}?|yesterday|today|on \w+day)\s+on\s+(?:the\s+)?"
    r"(?-i:(?=[a-z]))"
    r"|\b(?:students|researchers|specialists|doctors|scholarships?)\s+in\s+(?-i:(?=[a-z]))"
    r"|\b(?:met|meet|gathered|gather|convened)\b[^.;]{0,60}?\bto discuss\s+(?-i:(?=[a-z]))"
    r"|\b(?:memorand(?:um|a)|agreement|roadmap|programme|program|plan|strategy|project)\s+"
    r"for\s+(?:strengthening|developing|improving|promoting|expanding|moderni[sz]ing)\s+"
    # "a Framework for 2025-2031, which focuses on ...": what the document itself is about
    r"|\b(?:agreement|memorandum|roadmap|partnership|programme|program|framework|projects?)"
    r"(?:\s+for\s+[\d–-]+)?(?:,?\s+which)?\s+(?:focus(?:es|ed)?|cent(?:red|ered))\s+on\s+"
    r"(?-i:(?=[a-z]))"
    r"|\bdiscussions?\b[^.;]{0,40}?\b(?:focus(?:ed)?|cent(?:red|ered))\s+on\s+(?:the role of\s+)?"
    r"(?-i:(?=[a-z]))"
    r"|\b(?:partnerships?|collaborations?|cooperation)\b[^.;]{0,60}?\b(?:are|is)\s+"
    r"(?:advancing|promoting|supporting)\s+"
    r"|\ba leader in\s+(?!the\b)(?-i:(?=[a-z]))"
    # "experts will help the ministry reform family medicine, expand vaccination coverage ..."
    rf"|\bwill help\s+(?:[\w-]+\s+){{0,3}}?(?=(?:{_HELP_VERBS})\s+"
    r"(?!(?:a|an|the|its|their|more)\b)(?-i:[a-z]))"
    r"|\b(?:work|projects?|activities|cooperation)\s+involving\s+(?-i:(?=[a-z]))"
    r"|\bpriorit(?:y|ies)\s+in\s+(?-i:(?=[a-z]))"
    r"|\b(?:programmes?|programs?|course|degree|training|projects?|exchange|"
    r"curricul(?:a|um))\s+in\s+(?-i:(?=[a-z]))"
    r"|(?<=\s)covering\s+(?-i:(?=[a-z]))"
    r"|\b(?:priority|key|main)\s+(?:areas|fields|directions)\s+(?:include|are|cover)\s*:?\s*"
    r"|\b(?:covers?|includes?|has)\s+(?:\w+\s+)?(?:main\s+|key\s+|priority\s+)?(?:areas|"
    r"directions|priorities|fields|components)\s*:\s*"
    r"|\b(?:pillars? of the (?:partnership|cooperation|agreement|memorandum) is|"
    r"(?:another|a further|the first|the second|a key|the main) (?:priority|pillar|area|"
    r"direction) is|attention will be (?:given|paid) to|agreed to cooperate in|"
    r"will (?:cooperate|collaborate|work together) (?:in|on))\s+"
    r"(?:the (?:area|field|sphere)s? of\s+)?)",
    re.IGNORECASE,
)
_ITEM_TRIM = re.compile(
    r"^(?:the\s+)?(?:use of|expansion of|development of|introduction of|promotion of|"
    r"strengthening of|support for|area of|field of)?\s*(?:the\s+)?"
    # "advanced approaches to early diagnosis", "efforts to strengthen ...": the field itself
    r"(?:(?:expanded|advanced|improved|modern)\s+)?(?:approaches to|efforts to \w+|"
    r"(?:applied |joint |basic )?research (?:in|on))?\s*"
    rf"(?:(?:{_HELP_VERBS})\s+(?=[a-z]))?",
    re.IGNORECASE,
)
_ITEM_END = re.compile(
    r"\s*(?:,\s*(?:including|which|aimed|as well|with)\b|\s(?:aimed|which|that|to help|in order|"
    r"including|for the|so that)\b|[.;:(]|$)",
    re.IGNORECASE,
)
# Where one item of a list stops: "prevention programmes for X among young people".
_ITEM_SOFT_END = re.compile(
    r"\s(?:among|via|designed|intended|developed|rather than|to (?:be|ensure|drive|help)|"
    r"in \w+ing)\b.*$",
    re.IGNORECASE,
)
# When or where, after the field: "... on 8 May", "... yesterday", "... in Kazakhstan".
_ITEM_TAIL = re.compile(
    r"\s+(?:(?:on|in|by|from|until|since|during)\s+(?:the\s+)?(?:\d|(?:early |late )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter|\w+day)\b|[A-Z])"
    r"|(?:yesterday|today|tomorrow|this|last|next)\b).*$"
)
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
_ONE_AREA = re.compile(
    r"\b(?:area|field|sphere|pillar|priority|direction|attention)\b", re.IGNORECASE
)
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|said|says|reported|noted)\b")
_ELABORATION = re.compile(r"\b(?:including|such as)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# Leads after which a programme's own name may follow: "Another priority is the Young Health
# Program", "attention will be given to ...".
_NAMED = re.compile(r"\bis\s*$|\battention\b", re.IGNORECASE)
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
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def focus_areas_in(article: Article, known: list[KnownName]) -> list[DraftFocusArea]:
    found: dict[str, DraftFocusArea] = {}

    def add(text: str, start: int, lowercase: bool = False) -> None:
        item = _ITEM_TRIM.sub("", _ITEM_SOFT_END.sub("", text).strip(" ,.;:")).strip(" ,.;:")
        item = _ITEM_TAIL.sub("", re.sub(r"^(?:joint|new|the)\s+", "", item)).strip(" ,.;:")
        item = _LEAD_VERB.sub("", _CUT.sub("", _LIST_HEAD.sub("", item))).strip(" ,.;:")
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
        name = item[:1].upper() + item[1:]
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
        if re.search(r"\b(?:areas?|priorities|directions)\b", line, re.IGNORECASE) and (
            line.rstrip().endswith(":") or len(line.split()) <= 6
        ):
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
    parts = re.split(r",\s*(?:and\s+|as well as\s+)?|;\s*|\s+as well as\s+", body)
    if (len(parts) > 1 or not whole) and " and " in parts[-1]:
        first, second = parts[-1].split(" and ", 1)
        if not _same_head(first, second):  # "real-world evidence and real-world data" is one
            parts[-1:] = [first, second]  # "A, B and C"
    items: list[str] = []
    for part in parts:
        # "A and B" inside one item stays together unless the list had commas.
        if len(parts) > 1 and part.startswith("and "):
            part = part[4:]
        if part.strip():
            items.append(part.strip())
    return items
