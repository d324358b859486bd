"""Which spellings name one organization, the steps of resolve.join_variants.

A short form joins the full name it is part of («Бөкетов университеті» and «Академик Е.А. Бөкетов
атындағы Қарағанды зерттеу университеті»), an acronym the name its letters begin («ҚазҰУ») or
that it heads («... атындағы ЖТУ»), unless the longer name belongs to another country («Ұлттық
кітапхана» is not «Армения Республикасының Ұлттық кітапханасы»). A generic «Қытай университеті»
is the one Chinese university the text names, or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.mentions import OrganizationMention


def _words(name: str) -> list[str]:
    """The name's words, case-folded, the head in the nominative."""
    return [strip_case(w).casefold() for w in re.findall(r"[\w.-]+", name)]


def _parts(words: list[str]) -> set[str]:
    """The words and the parts of each hyphenated one («ғылыми-зерттеу»), so a short form
    written without the hyphen still falls inside."""
    return {*words, *(part for w in words if "-" in w for part in w.split("-"))}


def head_of(name: str) -> str | None:
    """The bare type word a name ends in («университет»), or None."""
    last = name.split()[-1] if name.split() else ""
    entry = type_of(last)
    return entry.bare if entry else None


@dataclass(frozen=True)
class Spellings:
    """The names the mentions give, each with its words, and the words a generic name is made
    of: a generic name («Қытай университеті») is resolved only after the real names are joined."""

    words: dict[str, list[str]]
    generic_words: frozenset[str]

    @classmethod
    def of(cls, mentions: list[OrganizationMention]) -> Spellings:
        generic_words = words(
            "organizations", "generic_modifiers", "countries", "home", "nationalities"
        )
        return cls({m.name: _words(m.name) for m in mentions}, generic_words)

    def generic(self, name: str) -> bool:
        """Whether the name is only a type word and generic words before it («Қытай
        университеті»): a name of no one body by itself."""
        found = self.words[name]
        entry = type_of(name.split()[-1])
        if entry is None or entry.state or entry.alone:
            # «Қазақстан Республикасы» is a state, «Венгрия Үкіметі» that state's one body
            return False
        return len(found) > 1 and all(w in self.generic_words for w in found[:-1])


@dataclass(frozen=True)
class _Lookup:
    """What finding a short form's full name looks up."""

    spellings: dict[str, list[str]]
    holding: dict[str, set[str]]  # a word or "\0" + acronym to the names that hold it
    said_in: dict[str, set[int]]  # a name to the sentences a title implied it in, -1 the text
    implied: set[str]  # named by a title, not the text
    countries: frozenset[str]


def full_names(mentions: list[OrganizationMention], spellings: Spellings) -> dict[str, str]:
    """Each short form or acronym to the longest name it is part of, the longest names first
    (generic names take no part: they are resolved afterwards)."""
    countries = words("organizations", "countries", "home")
    names = sorted({n for n in spellings.words if not spellings.generic(n)}, key=len, reverse=True)
    lookup = _Lookup(
        spellings.words,
        _holding(names, spellings.words),
        _said_in(mentions),
        {m.name for m in mentions if m.derived},
        countries,
    )
    joins: dict[str, str] = {}
    for name in names:
        longer = _full_name(name, lookup)
        if longer is not None:
            joins[name] = longer
    return joins


def _holding(names: list[str], own: dict[str, list[str]]) -> dict[str, set[str]]:
    """Each word, and each acronym a name's last words make, to the names that hold it: a
    short form is looked for only among the names that hold all its words."""
    holding: dict[str, set[str]] = {}
    for name in names:
        for word in _parts(own[name]):
            holding.setdefault(word, set()).add(name)
        parts = [p for w in name.split() for p in w.split("-") if p]
        for size in range(2, min(len(parts), 7) + 1):
            tail = "".join(p[:1] for p in parts[-size:]).upper()
            holding.setdefault("\0" + tail, set()).add(name)
    return holding


def _said_in(mentions: list[OrganizationMention]) -> dict[str, set[int]]:
    """The sentences a title implied each name in, -1 for a name the text writes: «A тарапынан
    X министрі ..., B тарапынан Y министрі» are two sides' bodies, never one."""
    said_in: dict[str, set[int]] = {}
    for m in mentions:
        said_in.setdefault(m.name, set()).add(m.sentence if m.derived else -1)
    return said_in


def _candidates(name: str, lookup: _Lookup) -> set[str]:
    """The names that hold all the words of `name`, or that its capitals abbreviate or that it
    heads when it is one word."""
    own = lookup.spellings
    rest = own[name][:-1]
    # «Грузияның экономика министрлігі» (a title's) in «Экономика және ... министрлігі»
    core = [w for w in rest if w not in lookup.countries] if name in lookup.implied else rest
    if rest:
        return set.intersection(*(lookup.holding.get(w, set()) for w in core))
    capitals = "".join(c for c in name if c.isupper())
    candidates = lookup.holding.get("\0" + capitals, set()) if 2 <= len(capitals) <= 7 else set()
    return candidates | _headed_by(name, lookup.holding.get(own[name][0], set()))


def _full_name(name: str, lookup: _Lookup) -> str | None:
    """The longest candidate longer than `name` that it is a short form or acronym of, not one
    a title implied in the same sentence as it."""
    own, said_in = lookup.spellings, lookup.said_in
    for longer in sorted(_candidates(name, lookup), key=len, reverse=True):
        if len(longer) <= len(name):
            break
        if -1 not in said_in[name] | said_in[longer] and said_in[name] & said_in[longer]:
            continue
        if longer in _headed_by(name, {longer}) or _expands(
            own[name], name, own[longer], longer, lookup.countries, name in lookup.implied
        ):
            return longer
    return None


def root(joins: dict[str, str], name: str) -> str:
    """The full name a chain of joins ends at."""
    while name in joins:
        name = joins[name]
    return name


def with_full_names(
    mentions: list[OrganizationMention], spellings: Spellings, joins: dict[str, str]
) -> list[OrganizationMention]:
    """The mentions of real names, each short form marked the same as its full name."""
    kept = []
    for mention in mentions:
        if spellings.generic(mention.name):
            continue
        if mention.name in joins:
            mention.same_as.append(root(joins, mention.name))
        kept.append(mention)
    return kept


def bodies_by_type(
    kept: list[OrganizationMention], joins: dict[str, str]
) -> dict[str | None, set[str]]:
    """The full names the text gives of each type word, the type a generic name looks in."""
    by_head: dict[str | None, set[str]] = {}
    for mention in kept:
        by_head.setdefault(head_of(root(joins, mention.name)), set()).add(root(joins, mention.name))
    # «Қытай компаниясы» for a company named without the word («China Power ...» компаниясы)
    referring = data("organizations")["referring_kinds"]
    for mention in kept:
        kind_word = next((w for w, k in referring.items() if k == mention.kind), None)
        if kind_word is not None and head_of(mention.name) is None:
            by_head.setdefault(kind_word, set()).add(root(joins, mention.name))
    return by_head


def bodies_by_sentence(
    kept: list[OrganizationMention], joins: dict[str, str]
) -> dict[int, set[str]]:
    """The full names each sentence gives: a generic name is not one already beside it."""
    by_sentence: dict[int, set[str]] = {}
    for mention in kept:
        by_sentence.setdefault(mention.sentence, set()).add(root(joins, mention.name))
    return by_sentence


def resolved_generics(
    mentions: list[OrganizationMention],
    spellings: Spellings,
    by_head: dict[str | None, set[str]],
    by_sentence: dict[int, set[str]],
) -> list[OrganizationMention]:
    """The generic mentions that name the one body of their type the text gives, marked the
    same as it, and those that turn out to be a name after all; the rest drop."""
    resolved = []
    for mention in mentions:
        if spellings.generic(mention.name):
            # «Қытай клиникасы» for the one hospital named «... аурухана»: a kin type word
            head = head_of(mention.name)
            of_type = by_head.get(head, set()) or _kin(by_head, head)
            target = _one_of_kind(of_type, by_sentence.get(mention.sentence, set()))
            if target is not None:
                mention.same_as.append(target)
                resolved.append(mention)
            elif not of_type and mention.name[:1].isupper():
                resolved.append(mention)  # «Корея университеті» and no other: a name after all
    return resolved


def _expands(
    short: list[str],
    short_name: str,
    long: list[str],
    long_name: str,
    countries: frozenset[str],
    implied: bool = False,
) -> bool:
    """«Бөкетов университеті» is part of «... Бөкетов атындағы ... университеті»; «Әл-Фараби
    атындағы ҚазҰУ» of «Әл-Фараби атындағы Қазақ ұлттық университеті»."""
    rest, last = short[:-1], short[-1]
    missing = set(rest) - _parts(long)
    if missing and not (implied and missing <= countries and not countries & set(long)):
        return False  # a title's body may name the country the longer name leaves out
    forms = words("organizations", "legal_forms", "company_forms")
    if long[: len(short)] == short and all(w.rstrip(".,") in forms for w in long[len(short) :]):
        return True  # «Lufthansa Technik» of «Lufthansa Technik AG»
    if _acronym_of(short_name.split()[-1], long_name):
        return True
    # «Ұлттық кітапхана» is not «Армения Республикасының Ұлттық кітапханасы»; «Сәтбаев
    # университеті» holds a word of its own and is its long name wherever that is.
    generic = words("organizations", "generic_modifiers", "countries", "home")
    adjective = tuple(data("organizations")["adjective_endings"])
    distinctive = any(w not in generic and not w.endswith(adjective) for w in rest)
    home = words("organizations", "home")
    if not distinctive and any(w in countries - home and w not in rest for w in long):
        return False  # «Ұлттық кітапхана» is not Armenia's, but is «ҚР Ұлттық ... кітапханасы»
    head, long_head = type_of(last), type_of(long_name.split()[-1])
    return bool(rest) and head is not None and head == long_head


def _headed_by(acronym: str, names: set[str]) -> set[str]:
    """«М. Ахметов атындағы ЖТУ (университеті)» for «ЖТУ»: the names an acronym heads, no
    content word after it (not «БҰҰ Даму бағдарламасы», another body than «БҰҰ»)."""
    capitals = sum(c.isupper() for c in acronym)
    if " " in acronym or capitals < 2 or capitals < len(acronym) - 2:
        return set()
    tail = words("organizations", "legal_forms", "company_forms")
    found = set()
    for name in names:
        own = name.split()
        if acronym not in own:
            continue
        after = own[own.index(acronym) + 1 :]
        if all(type_of(w) is not None or w.casefold().rstrip(".") in tail for w in after):
            found.add(name)
    return found


def _acronym_of(acronym: str, name: str) -> bool:
    """«БҚАТУ» of «Батыс Қазақстан аграрлық-техникалық университеті»: each word, and each
    part of a hyphenated one, gives a letter."""
    capitals = "".join(c for c in acronym if c.isupper())
    parts = [p for w in name.split() for p in w.split("-") if p]
    if len(capitals) < 2 or len(acronym) > 8 or len(parts) <= len(capitals):
        return False
    return "".join(p[0].upper() for p in parts[-len(capitals) :]) == capitals


def _kin(by_head: dict[str | None, set[str]], head: str | None) -> set[str]:
    """The bodies named with a type word of the same family as `head` (data: kin_types)."""
    families: list[list[str]] = data("organizations")["kin_types"]
    family = next((f for f in families if head in f), [])
    return {name for word in family if word != head for name in by_head.get(word, set())}


def _one_of_kind(of_kind: set[str], near: set[str]) -> str | None:
    """«Қытай университеті»: the one other organization of its type the text names, the one
    not already in the same clause when there are two."""
    if len(of_kind - near) == 1:
        return next(iter(of_kind - near))
    return next(iter(of_kind)) if len(of_kind) == 1 else None
