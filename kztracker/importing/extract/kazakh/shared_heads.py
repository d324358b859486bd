"""Names listed before one plural type word: «Жизақ, Самарқанд облыстарымен» is «Жизақ облысы»
and «Самарқанд облысы», each a body of its own.

Kazakh shares the type word of a list and puts it in the plural with the list's case once, at
its end. A list of countries («Қазақстан мен Қырғызстан үкіметтері») is plural_names' (one
body of each state by its official name); here the items are single capitalised words that are
no country, joined by commas and at most one conjunction.
"""

from __future__ import annotations

from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.organizations import plural_type
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention


def listed_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """One mention per listed name, the last one spanning the shared type word (its case)."""
    tokens = sentence.tokens
    found: list[OrganizationMention] = []
    for i, token in enumerate(tokens):
        entry = plural_type(token.text)
        if entry is None:
            continue
        items = _items_before(tokens, i)
        if len(items) < 2:
            continue
        for at in items:
            end = token.end if at == items[-1] else tokens[at].end
            name = f"{tokens[at].text} {entry.head}"
            found.append(
                OrganizationMention(name, tokens[at].start, end, entry.kind, sentence=index)
            )
    return found


def _items_before(tokens: list[Token], head: int) -> list[int]:
    """The listed names' token indexes, in order: «Жизақ, Самарқанд және Бұхара» before the
    head; none unless a comma joins them (two names and «мен» alone are plural_names')."""
    glue = words("agreements", "conjunctions")
    items: list[int] = []
    commas = conjunctions = 0
    i = head - 1
    while i >= 0 and _single_name(tokens[i]):
        items.insert(0, i)
        separator = tokens[i - 1].text.casefold() if i > 0 else ""
        if separator == ",":
            commas += 1
        elif separator in glue and conjunctions == 0 and commas == 0:
            conjunctions += 1
        else:
            break
        i -= 2
    return items if commas else []


def _single_name(token: Token) -> bool:
    """A capitalised word that is no country («Жизақ», «Наманган», not «Өзбекстан»); its
    case is the list's, so an ending it seems to have («-ган») is its own."""
    text = token.text
    return (
        text[:1].isupper()
        and text.isalpha()
        and text[1:].islower()
        and (text.casefold() not in _countries())
    )


def _countries() -> frozenset[str]:
    return frozenset(str(c).casefold() for c in data("organizations")["countries"])
