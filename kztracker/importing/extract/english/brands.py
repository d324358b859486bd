"""Organizations named without a type word ("Google", "Binance", "AstraZeneca Kazakhstan"),
recognized by the company they keep: "partnership with X", "experts from X and Y", "such as
X, Y and Z", "X is a global company", "X Kazakhstan" (the tests, in order, are in
brand_triggers.py). A name so recognized once is an organization wherever else the article
uses it.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.english.brand_triggers import run_name, triggered
from kztracker.importing.extract.english.lexicon import (
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    INTERNATIONAL_ACRONYMS,
    MONTHS,
    NATIONALITIES,
    NON_ORGANIZATION_NOUNS,
    NOT_NAMES,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
    WEEKDAYS,
)
from kztracker.importing.extract.english.name_runs import proper_runs
from kztracker.importing.extract.english.places import country_of, is_place
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import Coverage, OrganizationMention

_DATA = language_file("english", "brands")
# Lower-case words, then a short form of mixed case in brackets: "point of presence (PoP)".
_GLOSSED = re.compile(r"((?:\b[a-z][a-z-]+ ){1,6})\(([A-Za-z]{2,6})\)")
_FIELD_OF_TITLE = re.compile(_DATA["field_of_title"])
_CONNECTORS = frozenset(_DATA["run_connectors"])
_WORDS = _DATA["small_words"]
_BASED = _WORDS["based"]
_UNLETTERED = tuple(_WORDS["unlettered"])


def _candidates(sentence: Sentence, taken: Coverage) -> list[list[Token]]:
    found = []
    for run in proper_runs(sentence):
        part: list[Token] = []
        for token in [*run, None]:
            if (
                token is None
                or token.lower in _CONNECTORS
                or taken.covers(token.start)
                or sentence.text[token.start - sentence.start - 1 : token.start - sentence.start]
                in ("#", "@")
            ):  # "#KazakhstanKorea", "@MFA_KZ": a hashtag or a handle, not a name
                if part:
                    found.append(part)
                part = []
            else:
                part.append(token)
    return [c for c in (_clean(c) for c in found) if c]


def _clean(words: list[Token]) -> list[Token]:
    while words and words[0].lower.endswith(_BASED):
        words = words[1:]  # "Paris-based Lumiere Energies": where it is, not its name
    while words and (
        words[0].lower in NOT_NAMES or words[0].lower in TITLE_WORDS or words[0].lower in HONORIFICS
    ):
        if words[0].lower in HONORIFICS:
            return []  # "His Excellency AskarBekov": a person's name, glued or not
        words = words[1:]
    if not words:
        return []
    lowered = [w.lower for w in words]
    if any(ch.isdigit() for w in words for ch in w.text):
        return []
    if all(
        w in NOT_NAMES
        or w in MONTHS
        or w in WEEKDAYS
        or w in TITLE_WORDS
        or w in COUNTRIES
        or w in NATIONALITIES
        for w in lowered
    ):
        return []
    if is_place(lowered) or lowered[-1] in NON_ORGANIZATION_NOUNS:
        return []
    if all(w in COMMON_WORDS for w in lowered):
        return []  # "Higher Education", "Strategic Partnerships": words, not a name
    if any(re.search(r"\.(?:kz|com|org|net|ru|uk|io)$", w) for w in lowered):
        return []
    if len(words) > 4:
        return []
    return words


def brand_organizations(
    sentences: list[Sentence],
    taken: list[tuple[int, int]],
    known: set[str],
    organization_ends: frozenset[int] = frozenset(),
) -> list[OrganizationMention]:
    """Organization mentions without a type word; `known` holds names already found and
    `organization_ends` where the organizations already found end."""
    covered = Coverage(taken)
    per_sentence = [(i, s, _candidates(s, covered)) for i, s in enumerate(sentences)]
    common = _lower_case_glosses(sentences)
    per_sentence = [
        (i, s, [c for c in found if run_name(s, c) not in common]) for i, s, found in per_sentence
    ]
    names: set[str] = set(known)
    for _ in range(2):  # a second pass lets coordination spread from a name found in the first
        for _index, sentence, candidates in per_sentence:
            for words in candidates:
                name = run_name(sentence, words)
                if name not in names and triggered(
                    sentence, words, candidates, names, organization_ends
                ):
                    names.add(name)
    mentions = []
    for index, sentence, candidates in per_sentence:
        for words in candidates:
            name = run_name(sentence, words)
            if name in names:
                origin = _origin(words)
                if origin:  # "Turkish Omtis Makina", "French TotalEnergies": the name after it
                    words, name = words[1:], run_name(sentence, words[1:])
                following = sentence.tokens[sentence.tokens.index(words[-1]) + 1 :][:1]
                if following and following[0].text[:1].isdigit():
                    continue
                if _FIELD_OF_TITLE.match(sentence.text[words[-1].end - sentence.start :]) and all(
                    w.lower in COMMON_WORDS or w.lower in NATIONALITIES for w in words
                ):  # "Kazakh Culture and Sports Minister X": the title's field, no company
                    continue
                parent = None
                if len(words) > 1 and words[-1].lower in COUNTRIES:
                    parent = run_name(sentence, words[:-1])
                if parent in INTERNATIONAL_ACRONYMS:
                    # "UNICEF Kazakhstan" is UNICEF's country office: UNICEF itself.
                    mentions.append(
                        OrganizationMention(
                            parent,
                            words[0].start,
                            words[-1].end,
                            "international",
                            None,
                            aliases=[name],
                            sentence=index,
                        )
                    )
                    continue
                mentions.append(
                    OrganizationMention(
                        name,
                        words[0].start,
                        words[-1].end,
                        "company" if parent else None,
                        country_of(name) if parent else origin,
                        parent=parent,
                        sentence=index,
                    )
                )

    return mentions


def _lower_case_glosses(sentences: list[Sentence]) -> set[str]:
    """ "a point of presence (PoP)", "the memorandum of understanding (MoU)": a short form in
    brackets after lower-case words whose initials it is shortens a common noun, no body."""
    found = set()
    for sentence in sentences:
        for match in _GLOSSED.finditer(sentence.text):
            short = match.group(2)
            every = match.group(1).split()
            plain = [w for w in every if w not in _UNLETTERED]
            if any(  # "of" gives "PoP" a letter; it gives "SME" none
                len(words) >= len(short)
                and "".join(w[0] for w in words[-len(short) :]) == short.casefold()
                for words in (every, plain)
            ):
                found.add(short)
    return found


def _origin(words: list[Token]) -> str | None:
    """The country of a nationality heading a company's own name: before an acronym or a
    CamelCase word ("Chinese CNPC", "French TotalEnergies"), or before two words or more none
    of which is a common or type word ("Turkish Omtis Ortadogu Makina"); not "Kazakh Invest"."""
    country = NATIONALITIES.get(words[0].lower) if len(words) > 1 else None
    rest = words[1:]
    if not country or any(w.lower in COMMON_WORDS or w.lower in ORGANIZATION_TYPES for w in rest):
        return None
    if len(rest) == 1 and not re.search(r"[A-Z]{2}|[a-z][A-Z]", rest[0].text):
        return None
    return country
