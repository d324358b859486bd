"""The plain name of the embassy an ambassador's title implies.

«Посол Исламской Республики Пакистан в РК» serves the «Посольство Пакистана в Казахстане»: the
annotation guide names a body only implied by a title by its plain canonical name, and a
country's plain name is its short one, so the official style before it («Исламской Республики»)
goes and the short name takes the genitive.
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.extract.russian.lexicon import IN_WORD, load, words
from kztracker.importing.extract.russian.normalize import parses
from kztracker.importing.extract.russian.short_forms import expand_abbreviations


@cache
def _styled() -> re.Pattern[str]:
    """«Исламской Республики Пакистан ...», «Республики Узбекистан»: an adjective in the
    genitive, the style word (data: lexicon country_styles), then the short name."""
    styles = "|".join(re.escape(s) for s in words("lexicon", "country_styles"))
    endings = "|".join(load("lexicon")["genitive_adjective_endings"])
    return re.compile(
        rf"^(?:\w+(?:{endings})\s+)?(?:{styles})\s+([А-ЯЁ][а-яё-]+)(?=\s|$)(.*)$", re.IGNORECASE
    )


def no_mission(body: str, tail: str) -> bool:
    """«посол по особым поручениям»: an ambassador-at-large heads no embassy (data: lexicon
    roving_titles)."""
    return body.casefold() in words("lexicon", "mission_bodies") and any(
        tail.casefold().startswith(t) for t in words("lexicon", "roving_titles")
    )


def plain_mission(body: str, tail: str) -> str:
    """`tail` as the plain name of the country a mission (`body`) is of, when it is styled."""
    if body.casefold() not in words("lexicon", "mission_bodies"):
        return tail
    tail = _plain_country(expand_abbreviations(tail), "gent")  # «РК» is styled in full
    host, _space, place = tail.rpartition(f" {IN_WORD} ")  # «... в Исламской Республике Пакистан»
    return f"{host} {IN_WORD} {_plain_country(place, 'loct')}" if host else tail


def _plain_country(text: str, case: str) -> str:
    """«Исламской Республики Пакистан» → «Пакистана» (`case` the case the short name takes)."""
    styled = _styled().match(text)
    if styled is None:
        return text
    country, rest = styled.groups()
    found = [p for p in parses(country.casefold()) if "Geox" in p.tag and p.tag.case == "nomn"]
    inflected = found[0].inflect({case}) if found else None
    if inflected is None:
        return text
    return inflected.word.capitalize() + rest
