"""One document for each pair a signing sentence names: "signed agreements with A and B" (one
with each), "A and B signed agreements with C and D, respectively" (A with C, B with D)."""

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
    partners = [p for p in party_names if p != party_names[0]]
    if PLURAL.match(noun) and len(partners) > 1 and len(sides) <= 1:
        return [[party_names[0], partner] for partner in partners]
    return []
