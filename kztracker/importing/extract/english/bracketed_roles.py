"""A person named in brackets after an organization with the title first: "School No. 5
(Director – A B)", "Lyceum 12 (Principal: C D)". The title is the person's, the organization
before the bracket the one the title is held at."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import TITLE_HEADS, TITLE_WORDS
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_SEPARATOR = re.compile(r"\s*[-–—:]\s*$")
_MOST_WORDS = 8
# "(Head of Research – A B)": the small words a bracketed title may hold.
_FIELD_WORDS = frozenset(language_file("english", "titles")["title_field_words"])


def bracketed_role(
    sentence: Sentence, first: int, last: int, organizations: list[OrganizationMention]
) -> tuple[str, str | None] | None:
    """The title and organization of the name at tokens[first:last + 1] when it closes a
    bracket that opens with a title after an organization's name; None otherwise."""
    tokens = sentence.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].text != ")":
        return None
    opening = next(
        (
            n
            for n in range(first - 1, max(-1, first - _MOST_WORDS - 2), -1)
            if tokens[n].text == "("
        ),
        None,
    )
    if opening is None or opening + 1 >= first:
        return None
    words = tokens[opening + 1 : first]
    while words and words[-1].text in ("–", "—", ":"):
        words = words[:-1]
    if not words or not (
        words[-1].lower in TITLE_WORDS or any(w.lower in TITLE_HEADS for w in words)
    ):
        return None
    if not all(w.capitalized or w.lower in TITLE_WORDS or w.lower in _FIELD_WORDS for w in words):
        return None
    between = sentence.text[words[-1].end - sentence.start : tokens[first].start - sentence.start]
    if not _SEPARATOR.match(between):
        return None
    title = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    bracket = tokens[opening].start
    owner = next(
        (
            o
            for o in organizations
            if not o.derived
            and o.end <= bracket
            and not sentence.text[o.end - sentence.start : bracket - sentence.start].strip()
        ),
        None,
    )
    return title, owner.name if owner else None
