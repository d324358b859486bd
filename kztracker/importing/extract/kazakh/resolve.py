"""Resolve: which mentions are actors, and which spellings are one organization.

Outlets and press services that only report («... баспасөз қызметінің хабарлауынша», «BAQ.KZ»),
venues, and a parent named only to place its subordinate («... министрлігіне қарасты Ұлттық
кітапхана») are set aside. A short form joins the full name it is part of («Бөкетов университеті»
and «Академик Е.А. Бөкетов атындағы Қарағанды зерттеу университеті»), an acronym the name its
letters begin («ҚазҰУ») or that it heads («... атындағы ЖТУ»), unless the longer name belongs to
another country («Ұлттық кітапхана» is not «Армения Республикасының Ұлттық кітапханасы»). A
generic «Қытай университеті» is the one Chinese university the text names, or nothing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kztracker.importing.extract.kazakh.endings import case_of, nominative, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.normalize import name_key

_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][\w-]*,\s*")
_AFTER = 40  # characters after a mention that say it only reports or only places a subordinate


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


def is_state(mention: OrganizationMention) -> bool:
    """A state or region («Ресей Федерациясы», «Ташкент облысы»): an actor only as a party;
    not a region standing for the akimat its akim's title implied (acting_places.py)."""
    if mention.derived:
        return False
    entry = type_of(mention.name.split()[-1])
    official = data("organizations")["state_names"].values()
    return entry is not None and entry.state or mention.name in official


@lru_cache(maxsize=1 << 14)  # asked for every mention of a name
def core_key(name: str) -> str:
    """The key two spellings of one organization share: nominative, no quotes or legal form."""
    legal = {form.rstrip(".") for form in words("organizations", "legal_forms")}
    kept = [
        w for w in re.findall(r"[\w.-]+", nominative(name)) if w.casefold().rstrip(".") not in legal
    ]
    key = name_key(" ".join(kept))
    # «Шымкент қаласы онкологиялық орталығы» and «Шымкент қалалық ...»: one body
    variants: dict[str, str] = data("organizations")["word_variants"]
    key = " ".join(variants.get(word, word) for word in key.split())
    for prefix in data("organizations")["home_prefixes"]:
        if key.startswith(prefix.casefold() + " "):
            key = key[len(prefix) + 1 :]
            break
    return _script_aliases().get(key, key)


@cache
def _script_aliases() -> dict[str, str]:
    """Each spelling's key to its group's first («Air Astana» → «эйр астана»): data, since the
    Cyrillic spelling of a Latin name follows its sound."""
    return {
        name_key(spelling): name_key(group[0])
        for group in data("script_aliases")["groups"]
        for spelling in group
    }


def actors(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """The mentions left once outlets, reporting sources, venues and parents are set aside."""
    raw = data("organizations")
    outlets = {o.casefold() for o in raw["outlets"]}
    venues = {v.casefold() for v in raw["venues"]}
    reporting = raw["reporting"] + raw["outlet_words"]
    parents = raw["parent_markers"]
    venue_heads = tuple(w.casefold() for w in raw["venue_heads"])
    kept = []
    for mention in mentions:
        folded = mention.name.casefold()
        if folded in outlets or folded in venues or _web_address(folded):
            continue
        after = text[mention.end : mention.end + _AFTER].casefold()
        after = re.sub(r"^[\w-]*\s*", "", after) if after[:1].isalpha() else after
        first, _, rest = after.lstrip(" ,").partition(" ")
        if first in raw["source_words"]:
            after = rest  # «ОҚК сайтына сілтеме жасап»
        if any(after.lstrip(" ,").startswith(w) for w in reporting):
            continue
        if any(_second_word(after).startswith(w) for w in raw["outlet_words"]):
            continue  # «Qazaqstan» Ұлттық телеарнасы: the channel, one word after its name
        if any(after.lstrip().startswith(w) for w in parents):
            continue
        if any(after.lstrip().startswith(w) for w in raw["member_markers"]):
            continue  # «ШЫҰ-ға мүше мемлекеттер»: the frame the members meet in, no actor
        if _venue(text, mention) or folded.endswith(venue_heads) or _dateline_outlet(text, mention):
            continue
        if _room_after(after):
            continue  # «Мәжіліс залында»: the room, not the body
        if _to_be_founded(text, mention, after):
            continue
        kept.append(mention)
    return _without_parents(text, kept)


def _web_address(folded: str) -> bool:
    """«Elorda.info», «Zakon.kz»: a site's address names an outlet, which only reports."""
    domain = folded.rsplit(".", 1)[1] if "." in folded else ""
    return domain in data("organizations")["web_domains"]


def _second_word(after: str) -> str:
    """What follows the first word after a name («» Ұлттық телеарнасы» → «телеарнасы»)."""
    parts = after.lstrip(' ,»"').split(" ", 1)
    return parts[1].lstrip() if len(parts) == 2 else ""


def _dateline_outlet(text: str, mention: OrganizationMention) -> bool:
    """«Алматы, NEGE. Лавровтың айтуынша ...»: the outlet a wire dateline names after the place."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[line_start : mention.start]
    after = text[mention.end : mention.end + 3]
    return (
        bool(_DATELINE_PLACE.fullmatch(before))
        and before.strip()[:1].isupper()
        and after[:1] in (".", "–", "—", "-")
    )


def _to_be_founded(text: str, mention: OrganizationMention, after: str) -> bool:
    """«... альянсын құру туралы келісім»: a body an agreement is to found or open does not act
    in the story yet."""
    written = text[mention.start : mention.end].split()
    word = after.lstrip(" »").split(" ", 1)[0].rstrip(".,;:")
    founding = data("organizations")["founding_words"]
    return bool(written) and case_of(written[-1]) == "accusative" and word in founding


def _room_after(after: str) -> bool:
    """Whether the next word is a hall or palace in a case («залында», «сарайында»), not a
    word that only starts so («кешенді» жоспар)."""
    word = after.lstrip(" »").split(" ", 1)[0].rstrip(".,;:")
    raw = data("organizations")
    return any(
        word.startswith(stem) and word[len(stem) :] in raw["venue_after_endings"]
        for stem in raw["venue_after"]
    )


def _without_parents(text: str, mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """«... Оқу-ағарту министрлігінің Ұлттық тестілеу орталығы»: a body in the genitive right
    before another's capitalised name is part of that name; one named only so is no actor."""
    parent_only: dict[str, bool] = {}
    sub_units: set[int] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    followers: list[OrganizationMention | None] = [*ordered[1:], None]
    for mention, after in zip(ordered, followers[: len(ordered)], strict=True):
        written = text[mention.start : mention.end].split()
        inside = (
            after is not None
            and after.sentence == mention.sentence
            and not is_state(mention)
            and bool(written)
            and case_of(written[-1]) == "genitive"
            and not text[mention.end : after.start].strip()
            and text[after.start].isupper()
            # «Сәтбаев университетінің Мичиган ... университетімен»: a body of the same type
            # after it is its partner, not its unit
            and head_of(after.name) != head_of(mention.name)
        )
        key = name_key(mention.name)
        if inside and after is not None and _unit_of(after.name, mention.name):
            sub_units.add(id(after))
            inside = False
        parent_only[key] = parent_only.get(key, True) and inside
        if inside and after is not None:
            after.start = mention.start  # the subordinate's span holds its whole official name
    return [m for m in mentions if not parent_only[name_key(m.name)] and id(m) not in sub_units]


def _unit_of(unit: str, parent: str) -> bool:
    """«... университетінің Халықаралық ... департаменті»: the university acts through it."""
    return head_of(unit) in data("organizations")["university_units"].get(head_of(parent), ())


def _venue(text: str, mention: OrganizationMention) -> bool:
    """«Астана әуежайында»: a place named where something happened, not an actor."""
    written = text[mention.start : mention.end].split()
    entry = type_of(written[-1]) if written else None
    return entry is not None and entry.venue and case_of(written[-1]) == "locative"


def join_variants(mentions: list[OrganizationMention]) -> list[OrganizationMention]:
    """Short forms and acronyms join their full names; generic mentions resolve or drop."""
    countries = words("organizations", "countries", "home")
    generic_words = words(
        "organizations", "generic_modifiers", "countries", "home", "nationalities"
    )
    own = {m.name: _words(m.name) for m in mentions}

    def generic(name: str) -> bool:
        found = own[name]
        entry = type_of(name.split()[-1])
        if entry is None or entry.state or entry.alone:
            # «Қазақстан Республикасы» is a state, «Венгрия Үкіметі» that state's one body
            return False
        return len(found) > 1 and all(w in generic_words for w in found[:-1])

    names = sorted({n for n in own if not generic(n)}, key=len, reverse=True)
    # Each word, and each acronym a name's last words make, to the names that hold it: a
    # short form is looked for only among the names that hold all its words.
    holding: dict[str, set[str]] = {}
    for name in names:
        for word in _parts(own[name]):
            holding.setdefault(word, set()).add(name)
        parts = [p for w in name.split() for p in w.split("-") if p]
        for size in range(2, min(len(parts), 7) + 1):
            tail = "".join(p[:1] for p in parts[-size:]).upper()
            holding.setdefault("\0" + tail, set()).add(name)
    joins: dict[str, str] = {}
    implied = {m.name for m in mentions if m.derived}  # named by a title, not the text
    # «A тарапынан X министрі ..., B тарапынан Y министрі»: two sides' bodies, never one
    said_in: dict[str, set[int]] = {}
    for m in mentions:
        said_in.setdefault(m.name, set()).add(m.sentence if m.derived else -1)
    for name in names:
        rest = own[name][:-1]
        # «Грузияның экономика министрлігі» (a title's) in «Экономика және ... министрлігі»
        core = [w for w in rest if w not in countries] if name in implied else rest
        if rest:
            candidates = set.intersection(*(holding.get(w, set()) for w in core))
        else:
            capitals = "".join(c for c in name if c.isupper())
            candidates = holding.get("\0" + capitals, set()) if 2 <= len(capitals) <= 7 else set()
            candidates = candidates | _headed_by(name, holding.get(own[name][0], set()))
        for longer in sorted(candidates, key=len, reverse=True):
            if len(longer) <= len(name):
                break
            if -1 not in said_in[name] | said_in[longer] and said_in[name] & said_in[longer]:
                continue
            if longer in _headed_by(name, {longer}) or _expands(
                own[name], name, own[longer], longer, countries, name in implied
            ):
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
    by_head: dict[str | None, set[str]] = {}
    by_sentence: dict[int, set[str]] = {}
    for mention in kept:
        by_head.setdefault(head_of(root(mention.name)), set()).add(root(mention.name))
        by_sentence.setdefault(mention.sentence, set()).add(root(mention.name))
    # «Қытай компаниясы» for a company named without the word («China Power ...» компаниясы)
    referring = data("organizations")["referring_kinds"]
    for mention in kept:
        kind_word = next((w for w, k in referring.items() if k == mention.kind), None)
        if kind_word is not None and head_of(mention.name) is None:
            by_head.setdefault(kind_word, set()).add(root(mention.name))
    for mention in mentions:
        if generic(mention.name):
            # «Қытай клиникасы» for the one hospital named «... аурухана»: a kin type word
            head = head_of(mention.name)
            of_type = by_head.get(head, set()) or _kin(by_head, head)
            target = _one_of_kind(of_type, by_sentence.get(mention.sentence, set()))
            if target is not None:
                mention.same_as.append(target)
                kept.append(mention)
            elif not of_type and mention.name[:1].isupper():
                kept.append(mention)  # «Корея университеті» and no other: a name after all
    return sorted(kept, key=lambda m: m.start)


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
