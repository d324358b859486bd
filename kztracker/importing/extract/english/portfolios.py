"""One ministry under its old and new portfolio (resolve stage): "the Ministry of Culture of the
Republic of X" and "X's Ministry of Culture and Sports" in one text are one body, whose fuller
portfolio names it; the shorter name becomes its alias. Only ministries of the same country
fold (a country's adjective before the shorter name is its country: "the Kazakh Ministry of
Culture"), and only when the shorter portfolio is how the longer one starts ("Culture" and "Culture
and Sports", never "Education" and "Science and Education"). Words are data
(organizations.json "ministry_heads", "portfolio_joiners")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "organizations")
_HEAD = re.compile(
    fill_slots(_DATA["ministry_portfolio"], heads="|".join(_DATA["ministry_heads"])),
    re.IGNORECASE,
)
# Where the portfolio ends and the country begins: "of the Republic of X", "of China".
_COUNTRY = re.compile(_DATA["portfolio_country"])
_JOINERS = frozenset(_DATA["portfolio_joiners"])


def _portfolio(name: str) -> tuple[str, ...]:
    lead, _, rest = name.strip().partition(" ")
    if _nation(lead):
        name = rest  # "Kazakh Ministry of Science": the country is the draft's own
    match = _HEAD.match(name.strip())
    if not match:
        return ()
    words = re.findall(r"[\w’'-]+", _COUNTRY.sub("", match.group(1)).casefold())
    return tuple(w for w in words if w not in _JOINERS)


def _nation(word: str) -> bool:
    """ "Kazakh", "Kazakhstan's": a country or its adjective before a ministry's name."""
    word = re.sub(r"['’]s$", "", word).casefold()
    return word in NATIONALITIES or word in COUNTRIES


def fold_portfolios(
    drafts: list[DraftOrganization], names: dict[str, str], core_key: Callable[[str], str]
) -> list[DraftOrganization]:
    """Drafts with each ministry folded into the same country's ministry of a fuller portfolio;
    `names` (a spelling's key → its organization's name) follows."""
    portfolios = [_portfolio(d.name) for d in drafts]
    into: dict[int, int] = {}
    for i, short in enumerate(portfolios):
        fuller = [
            j
            for j, long in enumerate(portfolios)
            if short
            and len(long) > len(short)
            and long[: len(short)] == short
            and drafts[j].country == drafts[i].country
        ]
        if len(fuller) == 1:
            into[i] = fuller[0]
    if not into:
        return drafts
    for i, j in into.items():
        while j in into:  # "Culture" into "Culture and Sports" into "Culture, Sports and X"
            j = into[j]
        target, variant = drafts[j], drafts[i]
        seen = {s.casefold() for s in (target.name, *target.aliases)}
        target.aliases += [s for s in (variant.name, *variant.aliases) if s.casefold() not in seen]
        target.spans = sorted({*target.spans, *variant.spans}, key=lambda s: s.start)
        target.kind = target.kind or variant.kind
        for key, name in names.items():
            if name == variant.name:
                names[key] = target.name
        for spelling in (variant.name, *variant.aliases):
            names[core_key(spelling)] = target.name
    return [d for i, d in enumerate(drafts) if i not in into]
