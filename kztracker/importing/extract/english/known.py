"""The database's own names in an English text: each known organization's and person's
spellings where the rules did not already find a name there, unless the text's name runs on
past the known one ("Clarivate Analytics" beside a known "Clarivate")."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COUNTRIES,
    DIRECTIONS,
    HONORIFICS,
    MONTHS,
    NATIONALITIES,
    NOT_NAMES,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.known_index import KnownIndex, KnownSpan
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def known_organizations(
    sentence: Sentence, index: int, known: KnownIndex, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """Known organizations' names and aliases, where the rules did not already find them;
    `known` indexes the records (KnownIndex(known_names.organizations))."""
    result: list[OrganizationMention] = []
    # Record by record, as the rules were tuned: a shorter known name first found where a
    # longer one starts ("AstraZeneca" in "AstraZeneca Kazakhstan") stays a mention of its own.
    for span in sorted(known.find(sentence.text, sentence.start), key=_given_order):
        start, end = span.start, span.end
        if any(m.start <= start and end <= m.end for m in found + result):
            continue
        if _runs_on(sentence, end):
            continue  # "Clarivate Analytics" beside a known "Clarivate": another, longer name
        written = sentence.text[start - sentence.start : end - sentence.start]
        if written[:1].islower():
            continue  # "the government of Kazakhstan": a body in lower case is lower_case.py's
        result.append(span.organization(written, index))
    return result


def _given_order(span: KnownSpan) -> tuple[int, int]:
    return span.rank, span.start


def _runs_on(sentence: Sentence, end: int) -> bool:
    """Whether a capitalized word that could go on a name follows right after `end`."""
    word = re.match(r" ([A-Z][a-z][\w-]*)\b", sentence.text[end - sentence.start :])
    if word is None:
        return False
    lowered = word.group(1).casefold()
    return not (
        lowered in COUNTRIES
        or lowered in CITIES
        or lowered in DIRECTIONS
        or lowered in MONTHS
        or lowered in NATIONALITIES
        or lowered in TITLE_WORDS
        or lowered in NOT_NAMES
        or lowered in HONORIFICS
    )


def known_people(
    sentences: list[Sentence], known: KnownIndex, found: list[PersonMention]
) -> list[PersonMention]:
    """Known people named by a full name (`known`: KnownIndex(people, min_words=2))."""
    result: list[PersonMention] = []
    for index, sentence in enumerate(sentences):
        for span in sorted(known.find(sentence.text, sentence.start), key=_given_order):
            start, end = span.start, span.end
            if any(m.start <= start < m.end for m in found + result):
                continue
            text = sentence.text[start - sentence.start : end - sentence.start]
            result.append(PersonMention(text, start, end, sentence=index))
    return result
