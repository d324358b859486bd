"""Organizations named together in the plural: "the Energy Ministries of Kazakhstan and Russia",
"the Education Ministries of Uzbekistan and Mongolia" are one ministry of each country, and "the
Ministries of Education and Defense of Korea" one ministry of each field. The
plural words are data (data/plurals.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import COUNTRIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "plurals")
_SINGULAR: dict[str, str] = _DATA["plural_types"]
_LEADS = sorted(_DATA["country_lead"], key=len, reverse=True)
_COUNTRY = r"(?:(?:" + "|".join(map(re.escape, _LEADS)) + r")\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
_FIELD = _DATA["field"]
_PLURAL = re.compile(
    fill_slots(
        _DATA["plural_over_countries"],
        plurals="|".join(re.escape(p.title()) for p in sorted(_SINGULAR, key=len, reverse=True)),
        field=_FIELD,
        country=_COUNTRY,
    )
)
_ITEM = re.compile(_COUNTRY)
_FIELD_HEADS: dict[str, str] = _DATA["field_plurals"]
_WORD = r"[A-Z][\w-]*"
# "the Ministries of Education as well as Science and ICT of the Republic of Korea"
_FIELDS_PLURAL = re.compile(
    fill_slots(
        _DATA["plural_over_fields"],
        plurals="|".join(re.escape(p.title()) for p in _FIELD_HEADS),
        word=_WORD,
        country=_COUNTRY,
    )
)
# "as well as" parts the fields when it is there, else commas and "and" do.
_AS_WELL_AS = re.compile(_DATA["as_well_as"])
_WELL_PARTS = _DATA["field_parts_as_well_as"]
_PARTS = _DATA["field_parts"]
_OF_FIELD_OF = _DATA["of_field_of_country"]
_OF = _DATA["of_country"]


def _country(phrase: str) -> str | None:
    bare = phrase
    for lead in _LEADS:
        if bare.startswith(lead + " "):
            bare = bare[len(lead) + 1 :]
            break
    return phrase if bare.casefold() in COUNTRIES else None


def _items(sentence: Sentence, match: re.Match[str]) -> list[tuple[re.Match[str], str | None]]:
    return [
        (m, _country(m.group()))
        for m in _ITEM.finditer(sentence.text, match.start("list"), match.end("list"))
    ]


def _country_matches(sentence: Sentence) -> list[re.Match[str]]:
    """The plural phrases whose list is all countries ("of Kazakhstan and Russia")."""
    return [
        match
        for match in _PLURAL.finditer(sentence.text)
        if len(items := _items(sentence, match)) >= 2 and all(c for _, c in items)
    ]


def plural_organizations(sentence: Sentence, index: int) -> list[OrganizationMention]:
    found = []
    for match in _country_matches(sentence):
        items = _items(sentence, match)
        head = _SINGULAR[match.group("plural").casefold()]
        field = match.group("field") or match.group("before")
        for item, country in items:
            # Each one's span is its country's words, so they stay apart.
            start, end = sentence.start + item.start(), sentence.start + item.end()
            name = (
                _OF_FIELD_OF.format(head=head, field=field, country=country)
                if field
                else _OF.format(head=head, country=country)
            )
            found.append(OrganizationMention(name, start, end, "government", sentence=index))
    return found + _field_plurals(sentence, index)


def _field_plurals(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """One organization per field before one country; "as well as" parts the fields when it is
    there (so "Science and Information and Communication Technologies" stays one field)."""
    found = []
    for match in _field_matches(sentence):
        country = _country(match.group("country"))
        head = _FIELD_HEADS[match.group("plural").casefold()]
        parts = _WELL_PARTS
        if not _AS_WELL_AS.search(match.group("fields")):
            parts = _PARTS
        start, text = match.start("fields"), match.group("fields")
        cuts = [(m.start(), m.end()) for m in re.finditer(parts, text)]
        bounds = zip([0] + [b for _, b in cuts], [a for a, _ in cuts] + [len(text)], strict=True)
        fields = [(text[a:b], start + a, start + b) for a, b in bounds if text[a:b]]
        if country is None or len(fields) < 2:
            continue
        for field, a, b in fields:
            name = _OF_FIELD_OF.format(head=head, field=field, country=match.group("country"))
            found.append(
                OrganizationMention(
                    name, sentence.start + a, sentence.start + b, "government", sentence=index
                )
            )
    return found


def _field_matches(sentence: Sentence) -> list[re.Match[str]]:
    taken = [(m.start(), m.end()) for m in _country_matches(sentence)]
    return [
        m
        for m in _FIELDS_PLURAL.finditer(sentence.text)
        if not any(a < m.end() and m.start() < b for a, b in taken)
    ]


def plural_phrases(sentence: Sentence) -> list[re.Match[str]]:
    """Where such plural phrases stand in the sentence (offsets into its text)."""
    return _country_matches(sentence) + _field_matches(sentence)
