"""Type words that head an organization's name, and a company's own name after one."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    ORGANIZATION_TYPES,
    TITLE_WORDS,
    WEAK_TYPES,
)
from kztracker.importing.extract.english.names import GIVEN_SYLLABLES
from kztracker.importing.extract.english.text import Token


def is_type_word(token: Token) -> bool:
    """ "University", "Holding"; "BI-Holding": initials joined to a type word by a hyphen;
    "School-Lyceum": two type words joined."""
    if token.capitalized and token.lower in ORGANIZATION_TYPES:
        return True
    lead, _, tail = token.text.rpartition("-")
    if token.capitalized and lead.casefold() in ORGANIZATION_TYPES:
        return tail.casefold() in ORGANIZATION_TYPES  # "School-Gymnasium": two types joined
    return 2 <= len(lead) <= 6 and lead.isupper() and tail.casefold() in ORGANIZATION_TYPES


def surname_before_given(words: list[Token], head: int) -> bool:
    """ "Ambassador for International Relations Park Eun-ha": a type word that is also a
    surname ("Park") heads no body when a given name follows it; the person's name runs on."""
    return head + 1 < len(words) and bool(GIVEN_SYLLABLES.fullmatch(words[head + 1].text))


def appositive_end(words: list[Token], after: int) -> int:
    """ "Sovereign Wealth Fund Samruk-Kazyna": the company's own name closing the chunk (words
    from `after` on); "Corporation ROSATOM" is a short form after the name, read elsewhere."""
    rest = words[after:]
    if len(rest) == 1 and rest[0].text.isupper():
        return after
    if all(
        w.capitalized
        and not is_type_word(w)
        and w.lower not in TITLE_WORDS
        and w.lower not in HONORIFICS
        and w.lower not in NOT_NAMES
        for w in rest
    ):
        return len(words)
    return after


def too_vague(words: list[Token], has_complement: bool) -> bool:
    """ "The Center", "the Board": a bare type word refers back, it does not name."""
    if len(words) == 1 and words[0].lower in ORGANIZATION_TYPES:
        return not has_complement or words[0].lower in WEAK_TYPES
    return False
