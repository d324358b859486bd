"""Sides named by a plural body over "the two countries": "a cooperation programme between the
foreign ministries of the two countries", "the governments of both countries signed". The two
are the countries the text is about: Kazakhstan and the one other country it names (or the two
it names, Kazakhstan not among them); none when that is not clear. Words: data/agreements.json
('heads', 'ministries', 'two_countries')."""

from __future__ import annotations

import re
from functools import lru_cache

from kztracker.importing.extract.english.agreement_wording import WORDING, pattern
from kztracker.importing.extract.english.coordinated_sides import portfolio_of
from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES
from kztracker.importing.extract.english.text import Article

_HEADS = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in WORDING["heads"])
_BODIES = "|".join(re.escape(b) for b in WORDING["ministries"])
_WORD = WORDING["two_countries_word"]
_BODY = re.compile(
    pattern(
        "two_countries_body",
        heads=_HEADS,
        word=_WORD,
        bodies=_BODIES,
        two_countries=WORDING["two_countries"],
    ),
    re.IGNORECASE,
)
_HOME = WORDING["home_country"]
_NAMES = "|".join(
    re.escape(n) for n in sorted({**COUNTRIES, **NATIONALITIES}, key=len, reverse=True)
)
_NAMED = re.compile(rf"(?<![\w-])(?:{_NAMES})(?![\w-])", re.IGNORECASE)


# Once per text: the pass over the whole text with every country's name cost 0.4 s per MB
# each time a sentence of the same text said "the two countries".
@lru_cache(maxsize=1)
def _text_countries(text: str) -> tuple[str, ...]:
    """Kazakhstan and the other country the text names, when it names exactly one; else the
    two it names; else none."""
    named = {
        COUNTRIES.get(m.group().casefold()) or NATIONALITIES.get(m.group().casefold())
        for m in _NAMED.finditer(text)
        if m.group()[:1].isupper()
    }
    others = sorted(c for c in named if c and c != _HOME)
    if len(others) == 1:
        return (_HOME, others[0])
    if len(others) == 2 and _HOME not in named:
        return tuple(others)
    return ()


def two_countries_sides(article: Article, index: int) -> list[str]:
    """The sides "the foreign ministries of the two countries" in sentence `index` stands for."""
    body = _BODY.search(article.sentences[index].text)
    if not body:
        return []
    countries = _text_countries(article.text)
    if not countries:
        return []
    if body.group("heads"):
        return [WORDING["government_of_country"].format(country=c) for c in countries]
    portfolio = portfolio_of(body.group("after")) or portfolio_of(body.group("before"))
    if portfolio is None:
        return []  # "the ministries of the two countries": which ministries is not said
    return [
        WORDING["ministry_of_country"].format(portfolio=portfolio, country=c) for c in countries
    ]
