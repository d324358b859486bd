"""Resolve: which mentions are actors, and which spellings are one organization.

Outlets and press services that only report («... баспасөз қызметінің хабарлауынша», «BAQ.KZ»),
venues, and a parent named only to place its subordinate («... министрлігіне қарасты Ұлттық
кітапхана») are set aside. A short form joins the full name it is part of («Бөкетов университеті»
and «Академик Е.А. Бөкетов атындағы Қарағанды зерттеу университеті»), an acronym the name its
letters begin («ҚазҰУ»), unless the longer name belongs to another country («Ұлттық кітапхана» is
not «Армения Республикасының Ұлттық кітапханасы»). A generic «Қытай университеті» is the one
Chinese university the text names, or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.kazakh.endings import nominative, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.normalize import name_key

_AFTER = 40  # characters after a mention that say it only reports or only places a subordinate


def _words(name: str) -> list[str]:
    """The name's words in the nominative, the parts of a hyphenated word as words of their own
    («ғылыми-зерттеу»), so a short form written without the hyphen still falls inside."""
    found = [strip_case(w).casefold() for w in re.findall(r"[\w.-]+", name)]
    return [*found, *(part for w in found if "-" in w for part in w.split("-"))]


def head_of(name: str) -> str | None:
    """The bare type word a name ends in («университет»), or None."""
    last = name.split()[-1] if name.split() else ""
    entry = type_of(last)
    return entry.bare if entry else None


def is_state(mention: OrganizationMention) -> bool:
    """A state or region («Ресей Федерациясы», «Ташкент облысы»): an actor only as a party."""
    entry = type_of(mention.name.split()[-1])
    return entry is not None and entry.state


def core_key(name: str) -> str:
    """The key two spellings of one organization share: nominative, no quotes or legal form."""
    legal = {f.casefold().rstrip(".") for f in data("organizations")["legal_forms"]}
    kept = [
        w for w in re.findall(r"[\w.-]+", nominative(name)) if w.casefold().rstrip(".") not in legal
    ]
    key = name_key(" ".join(kept))
    return re.sub(r"^(?:қр|қазақстан республикасы(?:ның)?)\s+", "", key)


def actors(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """The mentions left once outlets, reporting sources, venues and parents are set aside."""
    raw = data("organizations")
    outlets = {o.casefold() for o in raw["outlets"]}
    venues = {v.casefold() for v in raw["venues"]}
    reporting = raw["reporting"] + raw["outlet_words"]
    parents = raw["parent_markers"]
    kept = []
    for mention in mentions:
        folded = mention.name.casefold()
        if folded in outlets or folded in venues or re.search(r"\.(?:kz|com|ru)$", folded):
            continue
        after = text[mention.end : mention.end + _AFTER].casefold()
        after = re.sub(r"^[\w-]*\s*", "", after) if after[:1].isalpha() else after
        if any(after.lstrip(" ,").startswith(w) for w in reporting):
            continue
        if any(after.lstrip().startswith(w) for w in parents):
            continue
        kept.append(mention)
    return kept


def join_variants(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """Short forms and acronyms join their full names; generic mentions resolve or drop."""
    countries = words("organizations", "countries") | words("organizations", "home")
    generic_words = words("organizations", "generic_modifiers") | countries

    def generic(name: str) -> bool:
        own = _words(name)
        return head_of(name) is not None and len(own) > 1 and all(
            w in generic_words for w in own[:-1]
        )

    names = sorted({m.name for m in mentions if not generic(m.name)}, key=len, reverse=True)
    joins: dict[str, str] = {}
    for name in names:
        own = _words(name)
        for longer in names:
            if len(longer) <= len(name):
                break
            if _expands(own, _words(longer), longer, countries):
                joins[name] = longer
                break

    def root(name: str) -> str:
        while name in joins:
            name = joins[name]
        return name

    kept = []
    for mention in mentions:
        if generic(mention.name):
            continue
        if mention.name in joins:
            mention.same_as.append(root(mention.name))
        kept.append(mention)
    for mention in mentions:
        if generic(mention.name):
            target = _one_of_kind(mention, kept, root)
            if target is not None:
                mention.same_as.append(target)
                kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _expands(short: list[str], long: list[str], long_name: str, countries: frozenset[str]) -> bool:
    """ «Бөкетов университеті» is part of «... Бөкетов атындағы ... университеті»; «Әл-Фараби
    атындағы ҚазҰУ» of «Әл-Фараби атындағы Қазақ ұлттық университеті»."""
    bare = [w for w in short if "-" not in w or w == short[-1]]
    rest, last = bare[:-1], bare[-1]
    if not set(rest) <= set(long):
        return False
    if _acronym_of(last, long_name):
        return True
    # «Ұлттық кітапхана» is not «Армения Республикасының Ұлттық кітапханасы».
    if any(w in countries and w not in rest for w in long):
        return False
    head, long_head = type_of(last), type_of(long_name.split()[-1])
    return bool(rest) and head is not None and head == long_head


def _acronym_of(acronym: str, name: str) -> bool:
    capitals = "".join(c for c in acronym if c.isupper())
    if len(capitals) < 2 or len(acronym) > 8:
        return False
    tail = name.split()[-len(capitals) :]
    return len(name.split()) > len(capitals) and "".join(w[0].upper() for w in tail) == capitals


def _one_of_kind(
    mention: OrganizationMention, kept: list[OrganizationMention], root: Callable[[str], str]
) -> str | None:
    """ «Қытай университеті»: the one other organization of its type the text names, the one
    not already in the same clause when two are."""
    head = head_of(mention.name)
    roots = {root(m.name) for m in kept if head_of(root(m.name)) == head}
    near = {root(m.name) for m in kept if m.sentence == mention.sentence}
    if len(roots - near) == 1:
        return (roots - near).pop()
    return roots.pop() if len(roots) == 1 else None


def known_in(
    sentence: Sentence, index: int, known: list[KnownName], found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """The database's own names, with the last word in any case: «Назарбаев Университетімен»."""
    result: list[OrganizationMention] = []
    for record in known:
        for spelling in record.spellings():
            parts = spelling.split()
            if len(spelling) < 3 or not parts:
                continue
            body = r"\s+".join(re.escape(p) for p in parts[:-1])
            pattern = (body + r"\s+" if body else "") + re.escape(parts[-1]) + r"[\w-]*"
            flags = 0 if len(spelling) <= 6 else re.IGNORECASE
            for match in re.finditer(rf"(?<![\w-]){pattern}", sentence.text, flags):
                last = match.group().split()[-1]
                if strip_case(last).casefold() != parts[-1].casefold():
                    continue
                start, end = sentence.start + match.start(), sentence.start + match.end()
                overlapping = [m for m in found + result if m.start < end and start < m.end]
                for other in overlapping:  # the rules' own reading, now tied to the record
                    other.same_as.extend(s for s in record.spellings() if s not in other.same_as)
                if overlapping:
                    continue
                result.append(OrganizationMention(
                    nominative(match.group()), start, end, record.kind, record.country,
                    sentence=index, same_as=list(record.spellings()),
                ))
    return result
