"""The title written before a person's name ("Rector of Y X", "Turkish Health Minister X"), with
the organization the title names or implies; the title after a name is trailing_titles.py's."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COMMON_WORDS,
    COUNTRIES,
    HONORIFICS,
    NATIONALITIES,
    NOT_NAMES,
    ORGANIZATION_TYPES,
    PROFESSIONS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.lower_title_words import without_opener
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.english.title_owners import (
    municipality,
    portfolio_word,
    split_title,
    text_of,
)
from kztracker.importing.extract.english.title_reach import title_start
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_TITLES = language_file("english", "titles")
_CONNECT = frozenset(_TITLES["connectors"])
_ABBREVIATED: dict[str, str] = _TITLES["country_abbreviations"]  # "US Secretary of X"
_DASH = re.compile(r"\s[-–—]\s")
_AND = _TITLES["link_words"]["joiner"]  # "Minister A B and President C D"
_THE = _TITLES["link_words"]["article"]  # "met X at the Palazzo Y"


_LOCAL_GOVERNMENT = re.compile(_TITLES["local_government"])
# "the director of ... Dr. X": what stands before a lower-case title's head, and after it.
_LOWER_BEFORE = frozenset(_TITLES["lower_title_before"])
_LOWER_AFTER = frozenset(_TITLES["lower_title_after"])
_CHIEF, _EXECUTIVE = _TITLES["two_word_head"]  # "chief executive", as wire stories write it
_POSSESSIVES = frozenset(_TITLES["possessives"])  # "led by its Vice Provost"


def title_before(
    sentence: Sentence, first: int, organizations: list[OrganizationMention]
) -> tuple[str, str | None, OrganizationMention | None] | None:
    """ "Minister of Health", "NU President Professor", "historian" before a name."""
    tokens = sentence.tokens
    k, acronym = _before_honorifics(tokens, first)
    if k > 0 and tokens[k - 1].lower == _THE:
        return None  # "met X at the Palazzo Y": a name right after "the" is a place's, no one's
    start = title_start(tokens, k)
    words = _title_words(tokens[start:k])
    heads = _heads(words)
    if not heads:
        return _untitled_role(sentence, tokens, k)
    first_head, joined = _head_with_qualifiers(words, heads[0])
    nation, prefix = _nation_and_prefix(sentence, words, first_head)
    if prefix and _portfolio_words(prefix, joined):
        first_head -= len(prefix)  # "Energy Minister", "Trade and Integration Minister"
        prefix = []
    owner = _possessive_owner(sentence, tokens, start, organizations)
    split = split_title(sentence, words[first_head:], organizations, nation)
    if split is None:
        return None
    title, organization, derived = split
    if organization is None and prefix:
        organization, derived = _prefix_organization(
            sentence, prefix, title, words[-1].end, organizations, derived
        )
    if organization is None and derived is None:
        organization = owner
    _add_acronym(derived, acronym)
    return title, organization, derived


def _before_honorifics(tokens: list[Token], first: int) -> tuple[int, str | None]:
    """Where the title before a name must end: before the name's honorifics ("Dr.") and a
    bracketed acronym of the title's body, which is returned for the organization."""
    k = first
    while k > 0 and tokens[k - 1].lower in HONORIFICS:
        k -= 1
    acronym = None
    if k >= 3 and tokens[k - 1].text == ")" and tokens[k - 3].text == "(":
        acronym = tokens[k - 2].text  # "the Federal Minister for Science (MoST) X"
        k -= 3
    return k, acronym


def _title_words(words: list[Token]) -> list[Token]:
    """The scanned words cut to one title: trailing commas, everything up to the last comma
    before the last head, leading connectors and an opening phrase go."""
    while words and words[-1].text == ",":
        words = words[:-1]  # "the Minister of Health, Akmaral Alnazarova"
    heads = _heads(words)
    if heads:
        commas = [n for n, t in enumerate(words) if t.text == "," and n < heads[-1]]
        if commas:
            words = words[commas[-1] + 1 :]
    while words and (words[0].lower in _CONNECT or words[0].text == ","):
        words = words[1:]
    return without_opener(words)  # "According to KEGOC Chairman A B": KEGOC's chairman


def _untitled_role(
    sentence: Sentence, tokens: list[Token], k: int
) -> tuple[str, None, None] | None:
    """With no capitalized title head, a lower-case title ("the director of ...") or a
    profession ("economist") right before the name is the person's title, with no owner."""
    lowered = _lower_case_title(sentence, tokens, k)
    if lowered:
        return lowered, None, None
    if k > 0 and tokens[k - 1].lower in PROFESSIONS:
        return tokens[k - 1].text.capitalize(), None, None
    return None


def _head_with_qualifiers(words: list[Token], first_head: int) -> tuple[int, bool]:
    """Where the title starts once the words that qualify its first head join it, and
    whether a portfolio word was among them."""
    while first_head > 0 and words[first_head - 1].lower in TITLE_WORDS:
        first_head -= 1  # "ADB Country Director": "Country" belongs to the title
    joined = first_head > 0 and portfolio_word(words[first_head - 1].lower)
    if joined:
        first_head -= 1  # "Foreign Minister": the portfolio belongs to the title
    return first_head, joined


def _nation_and_prefix(
    sentence: Sentence, words: list[Token], first_head: int
) -> tuple[str | None, list[Token]]:
    """The country that owns the title, and the words before it that may name its
    organization (no country words, nothing before a wire's dash)."""
    # "Kazakh Minister", and "Kazakhstan's Minister" too: the country owns the title.
    owners = [_nation_of(t) for t in words[:first_head]]
    nation = next((n for n in reversed(owners) if n), None)
    prefix = [
        t
        for t, n in zip(words[:first_head], owners, strict=True)
        if n is None and t.lower not in NATIONALITIES
    ]
    heading = words[first_head] if first_head < len(words) else None
    dashed = (
        [
            n
            for n, t in enumerate(prefix)
            if _DASH.search(text_of(sentence, t.end, (prefix[n + 1 :] or [heading])[0].start))
        ]
        if heading is not None
        else []
    )
    if dashed:  # "X.COM - Prime Minister A B": a wire's credit before the dash owns nothing
        prefix = prefix[dashed[-1] + 1 :]
    return nation, prefix


def _prefix_organization(
    sentence: Sentence,
    prefix: list[Token],
    title: str,
    end: int,
    organizations: list[OrganizationMention],
    derived: OrganizationMention | None,
) -> tuple[str | None, OrganizationMention | None]:
    """The organization the words before a title name, when the title itself named none:
    a municipality, a foreign local government, a named body, or the prefix's own words."""
    organization = None
    prefix_name = text_of(sentence, prefix[0].start, prefix[-1].end)
    place = municipality(prefix_name, title, sentence, prefix[0].start, end)
    if place is not None:
        derived = place
    elif _LOCAL_GOVERNMENT.fullmatch(prefix_name):
        # "Busan City Ambassador for International Relations A B", "Gyeonggi Province
        # Governor C D": a foreign city or province that employs the person, named
        derived = OrganizationMention(
            prefix_name, prefix[0].start, prefix[-1].end, "government", None
        )
    elif _names_organization(prefix, sentence.tokens):
        # "KTZ Chairman X", "Rosneft President X": the title's organization, named.
        derived = OrganizationMention(
            prefix_name, prefix[0].start, prefix[-1].end, None, None, derived=False
        )
    elif inside := _named_inside(organizations, prefix[0].start, prefix[-1].end):
        # "The Union's Acme Farming Agency (AFA) Director-General": the body the words
        # name, without what frames it
        organization = inside
    elif prefix_name.casefold() not in NOT_NAMES and not prefix_name.islower():
        organization = prefix_name  # not "the company's Chief Executive": no name
    return organization, derived


def _add_acronym(derived: OrganizationMention | None, acronym: str | None) -> None:
    """A bracketed acronym after the title ("(MoST)") is the derived organization's short
    name, when it looks like one."""
    if derived is not None and acronym and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", acronym):
        derived.short_name = acronym
        derived.aliases.append(acronym)


def _named_inside(organizations: list[OrganizationMention], start: int, end: int) -> str | None:
    """The longest organization found within the span, if any."""
    inside = [m for m in organizations if start <= m.start and m.end <= end]
    return max(inside, key=lambda m: m.end - m.start).name if inside else None


def _portfolio_words(prefix: list[Token], joined: bool) -> bool:
    """Whether the words before a title head are its portfolio: common or portfolio words,
    fields joined by "and" ("Energy", "Culture and Information"); `joined`: a portfolio word
    already taken into the title follows ("Industry and" before "Construction Minister")."""
    return (
        prefix[0].lower != _AND
        and (prefix[-1].lower != _AND or joined)
        and all(
            t.lower in COMMON_WORDS or t.lower == _AND or portfolio_word(t.lower) for t in prefix
        )
    )


def _nation_of(token: Token) -> str | None:
    if token.possessive and token.lower in COUNTRIES:
        return COUNTRIES[token.lower]
    return NATIONALITIES.get(token.lower) or _ABBREVIATED.get(token.text) or None


def _lower_case_title(sentence: Sentence, tokens: list[Token], k: int) -> str | None:
    """ "with the director of the international department of the Health Ministry of Israel
    Dr. X": a title written in lower case, from its head after "the" to the name."""
    plain = 0
    for n in range(k - 1, max(0, k - 16), -1):
        token = tokens[n]
        if not token.text[:1].isalnum():
            return None
        if token.text.islower() and token.lower not in _CONNECT:
            plain += 1  # "told about the implementation of ...": a clause, not a title
            if plain > 4:
                return None
        if (
            token.lower in TITLE_HEADS
            and token.text.islower()
            and (n == 0 or tokens[n - 1].lower in _LOWER_BEFORE)
            and tokens[n + 1].lower in _LOWER_AFTER
        ):
            return text_of(sentence, token.start, tokens[k - 1].end)
    return None


def _heads(words: list[Token]) -> list[int]:
    """Where title words head a title; "chief executive" is one, as wire stories write it."""
    return [
        n
        for n, t in enumerate(words)
        if t.lower in TITLE_HEADS or (t.lower == _EXECUTIVE and n and words[n - 1].lower == _CHIEF)
    ]


def _possessive_owner(
    sentence: Sentence,
    tokens: list[Token],
    start: int,
    organizations: list[OrganizationMention],
) -> str | None:
    """ "a delegation of Purdue University led by its Vice Provost": its = Purdue University."""
    if start == 0 or tokens[start - 1].lower not in _POSSESSIVES:
        return None
    before = [o for o in organizations if o.end <= tokens[start - 1].start and not o.derived]
    return before[-1].name if before else None


def _names_organization(prefix: list[Token], tokens: list[Token]) -> bool:
    """Whether the words before a title name its organization: an acronym ("KTZ"), or a name
    inside the sentence that is no common word, type word, place or nationality."""
    words = [t.lower for t in prefix]
    if any(
        w in COMMON_WORDS
        or w in ORGANIZATION_TYPES
        or w in NOT_NAMES
        or w in COUNTRIES
        or w in NATIONALITIES
        or w in CITIES
        or w in TITLE_WORDS
        for w in words
    ):
        return False
    if len(prefix) == 1 and re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]{1,6}", prefix[0].text):
        return True
    if len(prefix) <= 2 and any(re.search(r"[a-z][A-Z]", t.text) for t in prefix):
        return True  # "KazMunayGas Chairman X": a CamelCase word is a name, first word or not
    return prefix[0] is not tokens[0] and all(t.capitalized for t in prefix) and len(prefix) <= 3
