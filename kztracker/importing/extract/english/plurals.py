"""Organizations named together in the plural: "the Energy Ministries of Kazakhstan and Russia",
"the Education Ministries of Uzbekistan and Mongolia" are one ministry of each country. The
plural words are data (data/plurals.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.importing.extract.english.lexicon import COUNTRIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = json.loads((Path(__file__).parent / "data" / "plurals.json").read_text("utf-8"))
_SINGULAR: dict[str, str] = _DATA["plural_types"]
_LEADS = sorted(_DATA["country_lead"], key=len, reverse=True)
_COUNTRY = r"(?:(?:" + "|".join(map(re.escape, _LEADS)) + r")\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
_FIELD = r"[A-Z][a-z]+(?:,?\s(?:and\s)?[A-Z][a-z]+){0,3}"
_PLURAL = re.compile(
    r"\b(?:(?P<before>[A-Z][a-z]+)\s+)?(?P<plural>"
    + "|".join(re.escape(p.title()) for p in sorted(_SINGULAR, key=len, reverse=True))
    + r")(?:\s+of\s+(?P<field>"
    + _FIELD
    + r"))??\s+of\s+(?P<list>(?:"
    + _COUNTRY
    + r")(?:,\s*(?:"
    + _COUNTRY
    + r"))*,?\s+and\s+(?:"
    + _COUNTRY
    + r"))"
)
_ITEM = re.compile(_COUNTRY)


def _country(phrase: str) -> str | None:
    bare = phrase
    for lead in _LEADS:
        if bare.startswith(lead + " "):
            bare = bare[len(lead) + 1 :]
            break
    return phrase if bare.casefold() in COUNTRIES else None


def plural_organizations(sentence: Sentence, index: int) -> list[OrganizationMention]:
    found = []
    for match in _PLURAL.finditer(sentence.text):
        items = [
            (m, _country(m.group()))
            for m in _ITEM.finditer(sentence.text, match.start("list"), match.end("list"))
        ]
        if len(items) < 2 or any(country is None for _, country in items):
            continue
        head = _SINGULAR[match.group("plural").casefold()]
        field = match.group("field") or match.group("before")
        for item, country in items:
            # Each one's span is its country's words, so they stay apart.
            start, end = sentence.start + item.start(), sentence.start + item.end()
            name = f"{head} of {field} of {country}" if field else f"{head} of {country}"
            found.append(OrganizationMention(name, start, end, "government", sentence=index))
    return found


def plural_phrases(sentence: Sentence) -> list[re.Match[str]]:
    """Where such plural phrases stand in the sentence (offsets into its text)."""
    return list(_PLURAL.finditer(sentence.text))
