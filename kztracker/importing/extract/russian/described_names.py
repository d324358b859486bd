"""Names that are a description of a body rather than the body's own name.

«известный институт Ассамблеи народа Казахстана»: a lower-case type noun with its adjectives
only describes the body named after it in capitals, which is the actor. «Правительство
принимающей стороны», «посольство страны пребывания»: a body's type noun with only
lower-case words after it, one a generic owner (a state, a country, a side) names no
one. «Министерство культуры» after «при» inside a unit's name («Комитет ... при Министерстве
культуры ...») is that unit's parent, which the annotation guide leaves out when it appears only
so. «под брендом Haier»: a brand, not a body. «в центре Алматы»: a place.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.russian.lexicon import IN_WORD, load, words
from kztracker.importing.extract.russian.normalize import lemma, parses

_UNIT_WORDS = 12  # words back from «при» to the unit's own type noun
_NAMED_AFTER_ENDINGS = tuple(load("lexicon")["named_after_endings"])
# «... при министерстве»: the name follows a unit's «при»
_AFTER_IN = re.compile(r"\b" + IN_WORD + r"\s*$")  # «в центре …»
_UNDER_END = re.compile(r"\s" + load("lexicon")["unit_parent_preposition"] + r"\s*$")


def without_description(parts: list[str]) -> list[str]:
    """`parts` from the first capitalized type noun on, when only lower-case adjectives and one
    lower-case type noun come before it («известный институт Ассамблеи ...»)."""
    heads = load("lexicon")["organization_heads"]
    for k, part in enumerate(parts[:4]):
        if not part[:1].islower():
            break
        if lemma(part) in heads:
            rest = parts[k + 1 :]
            if len(rest) >= 2 and rest[0][:1].isupper() and lemma(rest[0].casefold()) in heads:
                if all(_adjective(p) for p in parts[:k]):
                    return rest
            break
    return parts


def owned_by_no_one(name: str) -> bool:
    """A type noun, then lower-case words only, one of them a generic owner (data: lexicon
    generic_owners)."""
    parts = name.split()
    return (
        len(parts) >= 2
        and lemma(parts[0].casefold()) in load("lexicon")["organization_heads"]
        and all(p.islower() for p in parts[1:])
        and any(lemma(p) in words("lexicon", "generic_owners") for p in parts[1:])
    )


def parent_inside_unit(before: str) -> bool:
    """The name follows «при» closing a unit's name begun by a capitalized type noun in the
    same sentence («Комитет по ... связям с зарубежными странами при ...»)."""
    if not _UNDER_END.search(before):
        return False
    heads = load("lexicon")["organization_heads"]
    tail = re.findall(r"[\w-]+", before)[-_UNIT_WORDS - 1 : -1]
    return any(w[:1].isupper() and lemma(w.casefold()) in heads for w in tail)


def after_brand(before: str) -> bool:
    """«под брендом Haier», «под маркой ...» (data: lexicon brand_words)."""
    last = re.findall(r"\w+", before[-30:])[-1:]
    return bool(last) and lemma(last[0].casefold()) in words("lexicon", "brand_words")


def part_of_a_place(name: str, before: str) -> bool:
    """«в центре Алматы»: a type noun that also names a part of a place (data: lexicon
    place_part_heads), after «в» and before a place's name alone, tells where, names no body."""
    parts = name.split()
    return (
        len(parts) == 2
        and _AFTER_IN.search(before) is not None
        and lemma(parts[0].casefold()) in words("lexicon", "place_part_heads")
        and (
            any("Geox" in p.tag for p in parses(parts[1].casefold())[:2])
            # «Шымкента», which the dictionary lacks; «Центр Назарбаева» is named after someone
            or not parts[1].casefold().endswith(_NAMED_AFTER_ENDINGS)
        )
    )


def _adjective(word: str) -> bool:
    return word.isalpha() and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word)[:1])
