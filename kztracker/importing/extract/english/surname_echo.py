"""A person's full name taken for an organization's ("met with Ahmed Al-Sayegh of X Ports
Group"): a name of two or three plain words, no type word, whose last word the text uses again
alone as a person's ("Al-Sayegh noted", "Mr. Al-Sayegh") is a person. It becomes one (of the
organization after "of" or "at", where one follows), found before parents are linked, so that
organization is no parent of it.
The speech verbs and honorifics are data (data/lexicon.json), and so are the words around a
name (data/people.json)."""

from __future__ import annotations

import re
from functools import lru_cache

from kztracker.importing.extract.english.lexicon import (
    COMPANY_ENDS,
    HONORIFICS,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.names import SPEECH_VERBS
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

# A plain name word: one capital, then lower case ("Al-Sayegh" too), never "KazNU" or "BTU".
_PLAIN = re.compile(r"^[A-Z][a-z’']+(?:-[A-Z]?[a-z’']+)*$")
_HONORIFIC = re.compile(r"\b(?:" + "|".join(map(re.escape, HONORIFICS)) + r")\.?\s+$", re.I)
_SPEECH = re.compile(r"^\s*,?\s*(?:" + "|".join(SPEECH_VERBS) + r")\b")
_PEOPLE = language_file("english", "people")
_EMPLOYER = re.compile(_PEOPLE["employer_link"])
# "Ahmed Al-Sayegh" again, "Ports Al-Sayegh", "the rector of X": the surname is not alone.
_NOT_ALONE = re.compile(_PEOPLE["not_alone_before"])


# A run of word letters, apostrophes and hyphens that nothing of the kind extends on either side.
_WORD_RUN = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=1)
def _word_runs(text: str) -> dict[str, list[int]]:
    """Where each word run of `text` starts, found once per text: searching the whole text
    again for each candidate's surname cost time in proportion to candidates times length."""
    starts: dict[str, list[int]] = {}
    for match in _WORD_RUN.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


def _echoed(surname: str, text: str, own: tuple[int, int]) -> bool:
    # A _PLAIN surname is all word letters, apostrophes and hyphens, so the places where it
    # stands alone, "(?<![\w’'-])surname(?![\w’'-])", are exactly the word runs equal to it.
    for start in _word_runs(text).get(surname, ()):
        if own[0] <= start < own[1]:
            continue
        end = start + len(surname)
        before = text[max(0, start - 30) : start]
        if _NOT_ALONE.search(before) and not _HONORIFIC.search(before):
            continue  # "Ahmed Al-Sayegh" again, "Ports Al-Sayegh", "the rector of X": not alone
        if _HONORIFIC.search(before) or _SPEECH.match(text[end : end + 30]):
            return True
    return False


def echoed_people(
    organizations: list[OrganizationMention], people: list[PersonMention], text: str
) -> tuple[list[OrganizationMention], list[PersonMention]]:
    """The organizations less the people among them, and the people with those added."""
    known = {p.name for p in people}
    by_start = sorted(organizations, key=lambda m: m.start)
    found: set[str] = set()
    added: list[PersonMention] = []
    for mention in by_start:
        words = mention.name.split()
        if (
            mention.derived
            or mention.kind is not None
            or not 2 <= len(words) <= 3
            or not all(_PLAIN.match(w) for w in words)
            or any(w.casefold() in ORGANIZATION_TYPES for w in words)
            or words[-1].casefold().rstrip(".") in COMPANY_ENDS
            or not (mention.name in found or _echoed(words[-1], text, (mention.start, mention.end)))
        ):
            continue
        found.add(mention.name)
        if mention.name in known:
            continue
        employer = next(
            (
                m
                for m in by_start
                if m.start > mention.end and _EMPLOYER.match(text[mention.end : m.start])
            ),
            None,
        )
        known.add(mention.name)
        added.append(
            PersonMention(
                mention.name,
                mention.start,
                mention.end,
                organization=employer.name if employer else None,
                sentence=mention.sentence,
            )
        )
    found |= _titled_surnames(organizations, people)
    return [m for m in organizations if m.name not in found], people + added


def _titled_surnames(
    organizations: list[OrganizationMention], people: list[PersonMention]
) -> set[str]:
    """ "Ambassador Park thanked ...": a title and a word of a person's name found elsewhere
    ("Park Eun-ha") is that person again, not a body, though "Park" is a type word."""
    names = [p.name.split() for p in people if len(p.name.split()) > 1]
    words = {n[0] for n in names} | {n[-1] for n in names}  # a surname written first or last
    return {
        m.name
        for m in organizations
        if len(m.name.split()) == 2
        and m.name.split()[0].casefold() in TITLE_WORDS
        and m.name.split()[1] in words
    }
