"""Bodies given in brackets as examples of a kind of framework: «в интеграционных объединениях
(ЕАЭС, ОДКБ)», «на многосторонних площадках (ООН и СВМДА)». The plural noun before the bracket
says the names are the frames two sides work in, not sides (data: lexicon frame_nouns); the
bracket holds only such names (or acronyms), commas and «и»."""

from __future__ import annotations

import re

from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import lemma, parses

_JOINING = tuple(load("lexicon")["joining_words"])  # «и», «а», «также»

_WINDOW = 160  # characters back from a name to the bracket that opens its list


def bracketed_frames(found: list[OrganizationMention], text: str) -> set[int]:
    """The ids of the mentions listed in a bracket after a plural frame noun."""
    out: set[int] = set()
    for mention in found:
        if mention.derived:
            continue
        window = text[max(0, mention.start - _WINDOW) : mention.start]
        opened = window.rfind("(")
        if opened < 0 or ")" in window[opened:]:
            continue
        if not _frame_noun(window[:opened]):
            continue
        offset = mention.start - len(window)
        gap = window[opened + 1 :]
        for other in sorted(found, key=lambda m: -m.start):  # the names listed before it
            if offset + opened < other.start and other.end <= mention.start:
                start, end = other.start - offset - opened - 1, other.end - offset - opened - 1
                gap = gap[:start] + " " + gap[end:]
        listed = re.findall(r"\w+", gap)
        if all(w.casefold() in _JOINING or _acronym(w) for w in listed):
            out.add(id(mention))
    return out


def _acronym(word: str) -> bool:
    """«ООН»: another listed name the tagger left out."""
    return len(word) > 1 and word.isupper()


def _frame_noun(before: str) -> bool:
    """The bracket follows a frame noun in the plural («структурах», «площадках»)."""
    last = re.findall(r"\w+", before[-40:])[-1:]
    if not last:
        return False
    word = last[0].casefold()
    return lemma(word) in words("lexicon", "frame_nouns") and any(
        p.tag.number == "plur" for p in parses(word)[:2] if p.tag.POS == "NOUN"
    )
