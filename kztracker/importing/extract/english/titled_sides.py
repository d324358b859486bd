"""Sides named only by a minister's or a region head's title, with no name after it: "the
Minister of Health of Kazakhstan and the Rector of X signed", "the Georgian Energy Minister",
"Latvia's Minister of Economy", "the akim of Pavlodar region". A minister stands for his
ministry (the corpus guide), so each such title is a side, the ministry of its portfolio and
country as 'ministry_of_country' spells it; a region's head stands for its akimat or, abroad,
its administration. A title followed by a person's name is that person's, whose organization
the people rules give; a minister's title that names no country is left alone (whose ministry
it is, the text does not say)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.english.agreement_wording import pattern as filled
from kztracker.importing.extract.english.coordinated_sides import owner_of, portfolio_of
from kztracker.importing.extract.english.regional_heads import REGIONAL_HEAD, regional_body
from kztracker.importing.extract.mentions import PersonMention

_MINISTRY: str = WORDING["ministry_of_country"]
_NOT_PORTFOLIO = frozenset(w.casefold() for w in WORDING["titled_not_portfolios"])
_WORD = WORDING["titled_word"]
_PORTFOLIO = filled("titled_portfolio", word=_WORD)
# A country or nationality, never a sentence's "The" ("The Kazakh Minister of ...").
_OWNER = WORDING["titled_owner"]
_RANK = WORDING["titled_rank"]
# "the Kazakh Minister of Energy", "Minister of Health of the Republic of Kazakhstan"
_OF_FORM = re.compile(filled("titled_of_form", owner=_OWNER, rank=_RANK, portfolio=_PORTFOLIO))
# "the Georgian Energy Minister", "Latvia's Economy Minister"
_BEFORE_FORM = re.compile(
    filled("titled_before_form", owner=_OWNER, rank=_RANK, portfolio=_PORTFOLIO)
)


def titled_sides(text: str, offset: int, people: list[PersonMention]) -> list[tuple[int, int, str]]:
    """(start, end, ministry) of each minister named by title alone in `text`, which starts at
    `offset` in the article; a title one of `people` stands in or right after is a person's."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_OF_FORM, _BEFORE_FORM):
        for match in pattern.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if any(start <= p.start <= end + 3 or p.start <= start < p.end for p in people):
                continue  # "Minister of Energy Almas Satkaliyev": the person's own title
            if any(s < end and start < e for s, e, _ in found):
                continue
            words = match.group("portfolio").split()
            if not words or words[0].casefold() in _NOT_PORTFOLIO:
                continue  # "the Kazakh Prime Minister" heads a government, no ministry
            country = owner_of(match.groupdict().get("of") or "") or owner_of(
                match.group("nation") or ""
            )
            portfolio = portfolio_of(match.group("portfolio"))
            if country and portfolio:
                found.append((start, end, _MINISTRY.format(portfolio=portfolio, country=country)))
    for match in _REGIONAL_HEAD.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        if not any(start <= p.start <= end + 3 or p.start <= start < p.end for p in people):
            found.append((start, end, regional_body(match.group("place"), match.group("unit"))[0]))
    return sorted(found + _counterparts(text, offset, people, sorted(found)))


# "the akim of Pavlodar region", "the governor of Omsk oblast": a region's head by title alone
# stands for its akimat or administration (regional_heads.regional_body).
_REGIONAL_HEAD = re.compile(r"\b" + REGIONAL_HEAD.pattern.strip("^$") + r"\b")


# "the Kazakh Minister of Energy and his Georgian counterpart": the same portfolio, abroad.
_COUNTERPART = re.compile(filled("titled_counterpart", owner=_OWNER))
_PORTFOLIO_OF = re.compile(WORDING["titled_ministry_parts"])  # as 'ministry_of_country' spells


def _counterparts(
    text: str, offset: int, people: list[PersonMention], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The ministry of each unnamed "counterpart" after a minister named by title alone."""
    added: list[tuple[int, int, str]] = []
    for match in _COUNTERPART.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        before = [f for f in found if f[1] <= start]
        named = any(start <= p.start <= end + 3 for p in people)  # "his counterpart A B"
        country = owner_of(match.group("nation"))
        told = _PORTFOLIO_OF.match(before[-1][2]) if before else None
        if told and country and not named and country != told.group("country"):
            portfolio = told.group("portfolio")
            added.append((start, end, _MINISTRY.format(portfolio=portfolio, country=country)))
    return added
