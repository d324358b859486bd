"""Focus areas: the fields an agreement or a programme names ("cooperate in the areas of A, B
and C", "a programme in robotics", bullet lists under "Key areas"), plus the known ones."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftFocusArea, Span
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.normalize import name_key

_AREA_LEAD = re.compile(
    r"(?:\b(?:cooperat\w*|collaborat\w*|partnership|work together|projects?|memorandum|agreement|"
    r"roadmap)\b[^.;]{0,60}?\b(?:in|on)\s+(?:the\s+)?(?:areas?|fields?|spheres?|domains?)\s+of\s+"
    r"|\b(?:areas?|fields?|directions?|priorities|pillars)\s+of\s+(?:cooperation|"
    r"collaboration|the partnership|the agreement|the memorandum|the roadmap)\s+(?:include|"
    r"includes|including|such as|cover|covers|are|will be)\s*:?\s+"
    r"|\b(?:memorand(?:um|a)(?: of understanding)?|mou|agreement|roadmap|cooperation|"
    r"collaboration|partnership)\s+(?:of cooperation\s+)?(?:on|in)\s+(?-i:(?=[a-z]))"
    r"|\b(?:programme|program|course|degree|training|projects?|exchange|curricul(?:a|um))\s+"
    r"in\s+(?-i:(?=[a-z]))"
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
    r"strengthening of|support for|area of|field of)?\s*(?:the\s+)?",
    re.IGNORECASE,
)
_ITEM_END = re.compile(
    r"\s*(?:,\s*(?:including|which|aimed|as well|with)\b|\s(?:aimed|which|that|to help|in order|"
    r"including|for the|so that|among)\b|[.;:(]|$)",
    re.IGNORECASE,
)
_NOT_AREAS = frozenset({"sidelines", "behalf", "accordance", "line", "order", "addition",
                        "particular", "total", "which", "that", "this", "these", "its", "their",
                        "our", "a", "more", "less", "about", "up"})
# A lead naming one area ("in the area of A and B") keeps "A and B" whole.
_ONE_AREA = re.compile(r"\b(?:area|field|sphere|pillar|priority|direction|attention)\b",
                       re.IGNORECASE)
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|said|says|reported|noted)\b")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def focus_areas_in(article: Article, known: list[KnownName]) -> list[DraftFocusArea]:
    found: dict[str, DraftFocusArea] = {}

    def add(text: str, start: int, lowercase: bool = False) -> None:
        item = _ITEM_TRIM.sub("", text.strip(" ,.;:")).strip(" ,.;:")
        item = re.sub(r"^(?:joint|new|the)\s+", "", item)
        words = item.split()
        if not 1 <= len(words) <= 9 or not item[:1].isalpha():
            return
        if lowercase and (not item[:1].islower() or any(c.isdigit() for c in item)
                          or words[0] in _NOT_AREAS or _VERB.search(item)):
            return
        name = item[:1].upper() + item[1:]
        key = name_key(name)
        area = found.setdefault(key, DraftFocusArea(name=name))
        area.spans.append(Span(start, start + len(text)))

    text = article.text
    for sentence in article.sentences:
        for match in _AREA_LEAD.finditer(sentence.text):
            rest = sentence.text[match.end():]
            end = _ITEM_END.search(rest)
            body = rest[: end.start() if end else len(rest)]
            offset = sentence.start + match.end()
            whole = bool(_ONE_AREA.search(match.group()))
            for item in _split_list(body, whole):
                add(item, offset + body.find(item), lowercase=True)
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
                add(_ITEM_END.split(item[bullet.end():])[0], following.start + bullet.end())
    for record in known:
        for spelling in record.spellings():
            for match in re.finditer(rf"\b{re.escape(spelling)}\b", text, re.IGNORECASE):
                add(record.name, match.start())
    return list(found.values())


def _split_list(body: str, whole: bool = False) -> list[str]:
    parts = re.split(r",\s*(?:and\s+|as well as\s+)?|;\s*|\s+as well as\s+", body)
    if (len(parts) > 1 or not whole) and " and " in parts[-1]:
        parts[-1:] = parts[-1].split(" and ", 1)  # "A, B and C"
    items: list[str] = []
    for part in parts:
        # "A and B" inside one item stays together unless the list had commas.
        if len(parts) > 1 and part.startswith("and "):
            part = part[4:]
        if part.strip():
            items.append(part.strip())
    return items
