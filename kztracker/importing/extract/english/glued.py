"""Words a scraped page glued together ("betweenthe", "theSamruk Kazyna", "Kazakhstan’sPresident",
"Higher Educationand") are split before the rules read the text, so a name and the wording
around it read as written; the spans the draft points at are moved back onto the page as pasted.
Only joins that no English word has are split (data/glued.json)."""

from __future__ import annotations

import re
from bisect import bisect_right

from kztracker.importing.draft import Draft, Span
from kztracker.importing.extract.english.lexicon import CITIES, COMMON_WORDS, COUNTRIES
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "glued")


def _glued(left: str, right: str) -> re.Pattern[str]:
    """A word of the `left` list glued to one of the `right` list: it ends where they join."""
    words = "|".join(_DATA[left])
    return re.compile(rf"\b(?:{words})(?=(?:{'|'.join(_DATA[right])})\b)")


_ARTICLE = _glued("function_words", "articles")  # "betweenthe"
_DETERMINER = _glued("determiners", "document_nouns")  # "Thisagreement"
_AUXILIARY = _glued("auxiliaries", "participles")  # "wasmade"
_CAPITAL = re.compile(r"\b(?:" + "|".join(_DATA["capital_leads"]) + r")(?=[A-Z][a-z])")
_POSSESSIVE = re.compile(r"(?<=[a-z])[’']s(?=[A-Z][a-z])")
_FIELD_AND = re.compile(_DATA["field_and"])
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})(?=[A-Z][a-z]{2,})")
_TWO_WORDS = re.compile(r"\b([A-Z][a-z]{2,})(?=([A-Z][a-z]{2,})\b)")
_PATRONYMIC = re.compile(
    r"\b[A-Z][a-z]+(?:" + "|".join(_DATA["patronymic_endings"]) + r")(?=[A-Z][a-z])"
)


def _splits(text: str) -> list[int]:
    """Where a space goes: after each glued word, in the page's own offsets."""
    at = {m.end() for m in _ARTICLE.finditer(text)}
    at |= {m.end() for m in _CAPITAL.finditer(text)}
    at |= {m.end() for m in _POSSESSIVE.finditer(text)}
    at |= {m.end() for m in _DETERMINER.finditer(text)}  # "Thisagreement"
    at |= {m.end() for m in _AUXILIARY.finditer(text)}  # "wasmade"
    at |= {m.end() for m in _FIELD_AND.finditer(text) if m.group(1).casefold() in COMMON_WORDS}
    at |= {
        m.end()
        for m in _PLACE_BEFORE.finditer(text)
        if m.group(1).casefold() in COUNTRIES or m.group(1).casefold() in CITIES
    }
    # "DaurenKengbeil" where the page also writes "Dauren Kengbeil": the same two words; a brand
    # ("TotalEnergies") is not written apart.
    at |= {m.end() for m in _TWO_WORDS.finditer(text) if f"{m.group(1)} {m.group(2)}" in text}
    return sorted(at | set(_sentence_ends(text)))


def _sentence_ends(text: str) -> list[int]:
    """Where a sentence ends with nothing after it: "Mainura SavetovnaImmediately following
    ..." is a person's patronymic, then the next sentence's first word."""
    return [m.end() for m in _PATRONYMIC.finditer(text)]


def unglue(text: str) -> tuple[str, list[int]]:
    """The text with a space at each glued join, and those places in the new text."""
    splits = _splits(text)
    if not splits:
        return text, []
    ends = set(_sentence_ends(text))
    pieces, inserted, last = [], [], 0
    for n, at in enumerate(splits):
        pieces.append(text[last:at] + ("\n" if at in ends else " "))
        inserted.append(at + n)
        last = at
    pieces.append(text[last:])
    return "".join(pieces), inserted


def restore_spans(draft: Draft, inserted: list[int]) -> None:
    """Every span of the draft moved from the unglued text back onto the page."""
    if not inserted:
        return

    def back(offset: int) -> int:
        return offset - bisect_right(inserted, offset - 1)

    def moved(spans: list[Span]) -> list[Span]:
        return [Span(back(s.start), back(s.end)) for s in spans]

    for organization in draft.organizations:
        organization.spans = moved(organization.spans)
    for person in draft.people:
        person.spans = moved(person.spans)
    for memorandum in draft.memoranda:
        memorandum.spans = moved(memorandum.spans)
    for area in draft.focus_areas:
        area.spans = moved(area.spans)
    for milestone in draft.milestones:
        milestone.spans = moved(milestone.spans)
