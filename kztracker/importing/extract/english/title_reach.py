"""How far back a title written before a name reaches: from the name over capitalized title
words, connectors, places and fields, to the first word that is no longer the title's
("Minister A B and President C D": C D's title stops at "and")."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import (
    COMMON_WORDS,
    COUNTRIES,
    DIRECTIONS,
    HONORIFICS,
    NAME_PARTICLES,
    NATIONALITIES,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.lower_title_words import (
    lower_field,
    lower_owner,
    titled_name_before,
)
from kztracker.importing.extract.english.names import name_like
from kztracker.importing.extract.english.text import Token
from kztracker.importing.extract.english.title_owners import portfolio_word
from kztracker.importing.extract.language_files import language_file

_TITLES = language_file("english", "titles")
# Lowercase words inside a title's place: "Akim of Turkistan region".
_AREA_WORDS = frozenset(_TITLES["area_words"])
_CONNECT = frozenset(_TITLES["connectors"])
_DESCRIPTORS = frozenset(_TITLES["lowercase_descriptors"])
_AND = _TITLES["link_words"]["joiner"]  # "Minister A B and President C D"
_OF = _TITLES["link_words"]["field"]  # "Minister of Digital Development"
_IN = _TITLES["link_words"]["serving"]  # "Representative in Kazakhstan"
_NAMED, _AFTER = language_file("english", "people")["namesake"]  # "named after"


def title_start(tokens: list[Token], k: int) -> int:
    """Where the title that ends before token k begins: the scan walks back one word at a
    time, over a bracketed acronym at once, and stops at the first word the title cannot hold."""
    start = k
    while start > 0:
        token = tokens[start - 1]
        if token.lower in HONORIFICS:
            break  # "Mr. A and Honorary Consul Mr. B": A's honorific, not B's title
        if token.text == ")" and start >= 3 and tokens[start - 3].text == "(":
            start -= 3  # "Representative of the United Nations Development Programme (UNDP)"
            continue
        if _and_ends_title(tokens, start) or _comma_ends_title(tokens, start):
            break
        if not _title_word_at(tokens, start - 1):
            break
        start -= 1
    return start


def _and_ends_title(tokens: list[Token], start: int) -> bool:
    """Whether the "and" before token `start` closes the title: it follows another person's
    name, or joins no portfolio, field or place of this title."""
    if tokens[start - 1].lower != _AND:
        return False
    if (
        start >= 3
        and name_like(tokens[start - 2])
        and (name_like(tokens[start - 3]) or tokens[start - 3].lower in NAME_PARTICLES)
    ):
        # "Minister A B and President C D", "Director José da Silva and the Minister":
        # A B's title ends before "and"
        return True
    return not (
        tokens[start].lower in COMMON_WORDS
        or portfolio_word(tokens[start].lower)  # "Industry and Construction Minister"
        or tokens[start].lower in TITLE_WORDS
        or _place_at(tokens, start)  # "of Great Britain and Northern Ireland to ..."
        or _in_portfolio(tokens, start - 1)
    )


def _comma_ends_title(tokens: list[Token], start: int) -> bool:
    """Whether the comma before token `start` closes the title: no capitalized word or
    acronym stands before it, or a titled name does."""
    if tokens[start - 1].text != ",":
        return False
    if not (
        start > 1 and (tokens[start - 2].capitalized or tokens[start - 2].text == ")")
    ):  # "Chairman of KazMunayGas (KMG), Askhat Hasenov": the acronym closes the title
        return True
    # "Chairman A B, the Unified Power System": A B's title, not the next words'
    return titled_name_before(tokens, start - 2)


def _title_word_at(tokens: list[Token], n: int) -> bool:
    """Whether token n may stand inside a title: a capitalized or title word, a connector,
    a comma, or a lower-case word of a title's place, field or owner."""
    token = tokens[n]
    return (
        token.capitalized
        or token.lower in _CONNECT
        or token.lower == _IN  # "Representative for Central Asia in The Hague"
        or token.lower in TITLE_WORDS
        or token.text == ","
        or token.lower in _AREA_WORDS
        or _in_country(tokens, n + 1)
        or _named_after(tokens, n)
        or token.lower in _DESCRIPTORS  # "President of joint-stock company X Y"
        or lower_field(tokens, n)  # "Vice-Rector for academic affairs X Y"
        or lower_owner(tokens, n)  # "Rector of the university X Y"
    )


def _named_after(tokens: list[Token], n: int) -> bool:
    """ "University named after Marat Ospanov": the words inside a name."""
    word = tokens[n].lower
    if word == _AFTER:
        return n > 0 and tokens[n - 1].lower == _NAMED
    return word == _NAMED and n + 1 < len(tokens) and tokens[n + 1].lower == _AFTER


def _in_portfolio(tokens: list[Token], n: int) -> bool:
    """Whether the "and" at n joins the fields of one title: "Minister of Digital
    Development, Innovations and Aerospace Industry"."""
    for m in range(n - 1, max(0, n - 12), -1):
        token = tokens[m]
        if token.lower == _OF:
            return tokens[m - 1].lower in TITLE_HEADS
        if not (token.capitalized or token.lower in _CONNECT or token.text == ","):
            return False
    return False


def _place_at(tokens: list[Token], n: int) -> bool:
    """Whether a country's name ("Northern Ireland", "Israel") starts at token n."""
    if n < len(tokens) and tokens[n].lower in DIRECTIONS:
        n += 1
    return n < len(tokens) and (tokens[n].lower in COUNTRIES or tokens[n].lower in NATIONALITIES)


def _in_country(tokens: list[Token], start: int) -> bool:
    """ "UNICEF Representative in Kazakhstan Maria Lopez": where the title holder serves."""
    return (
        tokens[start - 1].lower == _IN
        and tokens[start].lower in COUNTRIES
        and start > 1
        and (tokens[start - 2].lower in TITLE_WORDS or tokens[start - 2].text == ")")
    )
