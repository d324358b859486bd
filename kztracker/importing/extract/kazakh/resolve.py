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

from kztracker.importing.extract.kazakh.endings import case_of, nominative
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.name_variants import (
    Spellings,
    bodies_by_sentence,
    bodies_by_type,
    full_names,
    head_of,
    resolved_generics,
    with_full_names,
)
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.normalize import name_key

_DATELINE_PLACE = re.compile(r"\s*[^\W\d_][\w-]*,\s*")
_AFTER = 40  # characters after a mention that say it only reports or only places a subordinate


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
    """Short forms and acronyms join their full names; generic mentions resolve or drop (the
    steps are in name_variants.py)."""
    spellings = Spellings.of(mentions)
    joins = full_names(mentions, spellings)
    kept = with_full_names(mentions, spellings, joins)
    by_head = bodies_by_type(kept, joins)
    by_sentence = bodies_by_sentence(kept, joins)
    kept += resolved_generics(mentions, spellings, by_head, by_sentence)
    return sorted(kept, key=lambda m: m.start)
