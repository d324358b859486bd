"""Runs of capitalized words in a sentence, the raw material every English name finder
starts from: "Ministry of Digital Development, Innovations and Aerospace Industry", "China's
Sinoma", "News | Ertis University" (a menu's separator ends a run)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COUNTRIES,
    LEGAL_SUFFIXES,
    POSSESSIVE_NAME_WORDS,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.name_edges import legal_form_after_comma
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.type_words import is_type_word
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "organizations")
_RUN_WORDS = _DATA["run_words"]
LINKS = frozenset(_RUN_WORDS["links"])
_AND = _RUN_WORDS["joiner"]
_THE = _RUN_WORDS["article"]
_OF = _RUN_WORDS["link"]
_GERUND = _RUN_WORDS["gerund_ending"]
_NUMBER_WORDS = tuple(_RUN_WORDS["number_words"])
JOINERS: frozenset[str] = frozenset(_DATA["name_joiners"])
# Lower-case plurals that end a name's complement: "of the Turkic-speaking countries".
PLURAL_MEMBERS: frozenset[str] = frozenset(_DATA["plural_members"])
_HEADLINE_BREAKS: frozenset[str] = frozenset(_DATA["headline_breaks"])
_NUMBERED_TYPES: frozenset[str] = frozenset(_DATA["numbered_types"])
_NUMBER_SIGN = re.compile(_RUN_WORDS["number_sign"])


def proper_runs(sentence: Sentence) -> list[list[Token]]:
    """Maximal runs of capitalized words, with the small words that join names inside them."""
    tokens = sentence.tokens
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        if token.capitalized and (_headline_break(token) or _capitals_break(tokens, i)):
            # "X University Selects Y", "A Signs Memorandum With B": a headline's verb or
            # preposition ends a name
            current = _closed(runs, current)
        elif token.capitalized and token.text[:1].isalnum():
            if _ends_before(sentence, current, i):
                current = _closed(runs, current)
            current.append(token)
        elif _joins_names(tokens, i, current):
            if _starts_another_name(tokens, i, current):
                current = _closed(runs, current)
            else:
                current.append(token)
        elif current and (_numbered(sentence, current, token) or _stays_inside(tokens, i, current)):
            current.append(token)
        else:
            current = _closed(runs, current)
    _closed(runs, current)
    return [_trim(run) for run in runs if _trim(run)]


def _closed(runs: list[list[Token]], current: list[Token]) -> list[Token]:
    """Keep the run made so far (when there is one); the next starts empty."""
    if current:
        runs.append(current)
    return []


def _ends_before(sentence: Sentence, current: list[Token], i: int) -> bool:
    """Whether the run so far ends before the capitalized word at `i` rather than take it in:
    a menu's separator between them ("News | Ertis University"), an owner's possessive
    ("China's Sinoma", "Kazakhstan's Ministry of Energy", but not "Children's Fund"), or a
    run that ends on a country with "and" just before this word."""
    if not current:
        return False
    last, token = current[-1], sentence.tokens[i]
    return bool(
        SEPARATOR.search(_between(sentence, last, token))
        or (
            last.possessive
            and last.lower not in POSSESSIVE_NAME_WORDS
            and (not is_type_word(token) or last.lower in COUNTRIES or last.lower in CITIES)
        )
        or (last.lower in COUNTRIES and sentence.tokens[i - 1].lower == _AND)
    )


def _joins_names(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """Whether the lower-case link or joiner at `i` ("of", "and") stands between the run and a
    name that follows, so the run may go on through it; not a link after a legal form ("Steppe
    Uranium JSC of the ...": the legal form closes the name)."""
    word = tokens[i].lower
    return bool(
        current
        and (word in LINKS or word in JOINERS)
        and _next_is_name(tokens, i)
        and not (word in LINKS and current[-1].lower in LEGAL_SUFFIXES)
    )


def _starts_another_name(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """Whether the "and" at `i` is between two names rather than inside one: after a country,
    before an acronym ("and UNESCO", but "Science and ICT of X" goes on), a brand ("... and
    TotalEnergies"), a possessive, a country, a title ("X Co., Ltd and Co-President of Y") or a
    name ending in a country ("... and Shell Kazakhstan signed")."""
    if tokens[i].lower != _AND:
        return False
    following = tokens[i + 1]
    return bool(
        current[-1].lower in COUNTRIES
        or (_is_acronym(following) and not (i + 2 < len(tokens) and tokens[i + 2].lower == _OF))
        or re.search(r"[a-z][A-Z]", following.text)
        or following.possessive
        or following.lower in COUNTRIES
        or following.lower in TITLE_WORDS
        or _named_for_a_country(tokens, i + 1)
    )


def _stays_inside(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """Whether the lower-case word or comma at `i` belongs to the run: a plural that closes its
    complement ("Parliamentary Assembly of the Turkic-speaking countries"), a comma of a listed
    complement or before a legal form, or "the" after a link or a gerund, before a capital."""
    token, word = tokens[i], tokens[i].lower
    return (
        (
            word in PLURAL_MEMBERS
            and current[-1].capitalized
            and any(t.lower in LINKS for t in current)
        )
        or (
            token.text == ","
            and (
                _listed_complement(tokens, i, current) or legal_form_after_comma(tokens, i, current)
            )
        )
        or (
            word == _THE
            and (current[-1].lower in LINKS or current[-1].lower.endswith(_GERUND))
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalized
        )
    )


# What parts a breadcrumb or a menu ("News | Acme University"): no name runs across it.
SEPARATOR = re.compile(r"[|•·>»/]")


def _numbered(sentence: Sentence, current: list[Token], token: Token) -> bool:
    """ "School-Lyceum № 8", "Lyceum No. 5": a number after a numbered type word and its
    number sign (a capitalized "No" is in the run already)."""
    if not token.text.isdigit() or len(token.text) > 4:
        return False
    typed = current[-2] if current[-1].text in _NUMBER_WORDS and len(current) > 1 else current[-1]
    return typed.lower.rsplit("-", 1)[-1] in _NUMBERED_TYPES and bool(
        _NUMBER_SIGN.fullmatch(_between(sentence, typed, token))
    )


def _between(sentence: Sentence, left: Token, right: Token) -> str:
    return sentence.text[left.end - sentence.start : right.start - sentence.start]


def _is_acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isupper() and token.text.isalpha()


def _listed_complement(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """ "Ministry of Digital Development, Innovations and Aerospace Industry": a listed
    complement, a few capitalized words closed by "and", with no name of its own."""
    if not any(t.lower in LINKS for t in current) or any(is_type_word(t) for t in current[-1:]):
        return False
    seen_and = False
    for n, token in enumerate(tokens[i + 1 : i + 8]):
        if token.lower == _AND:
            if n == 0:
                return False  # ", and X": a new item of the sentence, not of the name
            seen_and = True
        elif _is_acronym(token) and not seen_and:
            return False  # "Ministry of Education, UNESCO and ...": another organization
        elif token.text == "," or not token.capitalized or is_type_word(token):
            return seen_and and token.text != "," and not is_type_word(token)
        elif seen_and:
            return True
    return False


def _named_for_a_country(tokens: list[Token], start: int) -> bool:
    """The capitalized words from `start` end on a country right after another word of the
    name ("Shell Kazakhstan", "South Korea"): a company's branch or a country, never the rest of
    a portfolio, whose country comes after "of" ("Trade and Integration of Kazakhstan")."""
    end = start
    while end < len(tokens) and tokens[end].capitalized and tokens[end].text[:1].isalnum():
        end += 1
    return end - start >= 2 and tokens[end - 1].lower in COUNTRIES


def _next_is_name(tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following.lower == _THE and tokens[i].lower in LINKS:
        return i + 2 < len(tokens) and tokens[i + 2].capitalized
    return following.capitalized and following.text[:1].isalnum()


def _trim(run: list[Token]) -> list[Token]:
    while run and (
        run[-1].lower in LINKS
        or run[-1].lower in JOINERS
        or run[-1].lower == _THE
        or run[-1].text == ","
    ):
        run = run[:-1]
    return run


def _capitals_break(tokens: list[Token], i: int) -> bool:
    """ "FUND TO HAND OVER OBJECTS": a headline in capitals has its verbs and prepositions in
    capitals too; one between two words of three capitals or more ends the name ("AS" and other
    legal forms stay)."""
    token = tokens[i]
    return (
        token.text.isupper()
        and token.lower in _HEADLINE_BREAKS
        and token.lower not in LEGAL_SUFFIXES
        and 0 < i < len(tokens) - 1
        and all(len(t.text) >= 3 and t.text.isupper() for t in (tokens[i - 1], tokens[i + 1]))
    )


def _headline_break(token: Token) -> bool:
    """A title-case headline's verb or preposition ("Selects", "With"): capital, then lower
    case, so "AS" (a legal form) is none."""
    return token.lower in _HEADLINE_BREAKS and token.text[1:].islower()
