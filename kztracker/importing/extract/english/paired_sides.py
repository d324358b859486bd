"""One document for each pair a signing sentence names: "signed agreements with A and B" (one
with each), "A and B signed agreements with C and D, respectively" (A with C, B with D),
"agreements were signed between A and B, C and D, and E and F" (one for each couple)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.agreement_wording import PLURAL, WORDING

_RESPECTIVELY = re.compile(r"\b(?:" + "|".join(WORDING["respectively"]) + r")\b", re.IGNORECASE)


def paired_sides(
    text: str, noun: str, subjects: list[str], party_names: list[str]
) -> list[list[str]]:
    """The sides of each document of a sentence that tells of several, the first named side
    with each partner; none when it tells of one document of all `party_names`. `subjects`: the
    sides named before the verb, `text`: the sentence."""
    sides = list(dict.fromkeys(subjects))
    if len(sides) >= 2 and _RESPECTIVELY.search(text):
        others = [p for p in party_names if p not in sides]
        if len(others) == len(sides):
            return [[side, other] for side, other in zip(sides, others, strict=True)]
    if len(sides) == 1 and _RESPECTIVELY.search(text):
        # "A signed a loan and a lease with B and C, respectively": the partners never share a
        # document, whatever the number of the noun; one with each.
        others = [p for p in party_names if p not in sides]
        if len(others) >= 2:
            return [[sides[0], other] for other in others]
    if PLURAL.match(noun) and (
        couples := _couples(text, party_names) or _by_semicolons(text, party_names)
    ):
        return couples  # "agreements were signed between A and B, C and D, and E and F"
    partners = [p for p in party_names if p != party_names[0]]
    if PLURAL.match(noun) and len(partners) > 1 and len(sides) <= 1:
        return [[party_names[0], partner] for partner in partners]
    return []


# Within a couple "A and B"; between couples ", C and D", ", and E and F", "; G and H".
_WITHIN = re.compile(WORDING["couple_within"], re.IGNORECASE)
_APART = re.compile(WORDING["couple_apart"], re.I)
_BETWEEN: str = WORDING["couples_between"]  # " between ": the list of couples follows it


def _couples(text: str, names: list[str]) -> list[list[str]]:
    """The couples of "between A and B, C and D, and E and F", each a document's two sides, when
    the names stand in `text` in that order, joined that way; none otherwise."""
    if len(names) < 4 or len(names) % 2 or _BETWEEN not in text:
        return []
    places, at = [], 0
    for name in names:
        found = text.find(name, at)
        if found < 0:
            return []  # a name the text spells otherwise: no couples read
        places.append((found, found + len(name)))
        at = found + len(name)
    for n in range(len(names) - 1):
        joint = text[places[n][1] : places[n + 1][0]]
        if not (_WITHIN if n % 2 == 0 else _APART).match(joint):
            return []
    return [names[n : n + 2] for n in range(0, len(names), 2)]


def _by_semicolons(text: str, names: list[str]) -> list[list[str]]:
    """The couples of "between A and B, X; C and D, Y; and E and F", one to each part the
    semicolons set apart (a place may follow a name there): each part naming two sides is one
    document; a part naming one (its other side not found as a name) gives none."""
    between = text.find(_BETWEEN)
    if between < 0 or text.count(";", between) < 1:
        return []
    couples, named_parts = [], 0
    for part in text[between:].split(";"):
        inside = [n for n in names if n in part]
        if len(inside) > 2:
            return []  # not a list of couples
        named_parts += bool(inside)
        if len(inside) == 2 and _WITHIN.search(
            part[part.find(inside[0]) + len(inside[0]) : part.find(inside[1])]
        ):
            couples.append(inside)
    return couples if named_parts > 1 and couples else []
