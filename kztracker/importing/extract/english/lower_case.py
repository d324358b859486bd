"""Bodies named in lower case, as translated copy often writes them: "the ministry of energy of
Kazakhstan", "the Uzbek ministry of health", "the akimat of Turkistan region". The name is only
taken when its field is made of portfolio words (data), so a clause is never read as a name."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import COMMON_WORDS, COUNTRIES, NATIONALITIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention

_BODIES = language_file("english", "ministries")
_PORTFOLIOS = _BODIES["portfolio_names"]
_AND = _BODIES["field_joiner"]
_FIELD_WORDS = frozenset(COMMON_WORDS) | frozenset(_PORTFOLIOS) | {_AND}
_MINISTRY = re.compile(_BODIES["lower_case_ministry"])
_ACTORS = language_file("english", "actors")
_GOVERNMENT_VERBS = "|".join(_ACTORS["national_government_verbs"])
# "the government of Kazakhstan": a country's government, written in lower case; a partner
# only as a side or before a verb of acting, as "the Kazakh government" below ("a medal from
# the government of Kazakhstan", "the reform agenda of the government of X" name none)
_GOVERNMENT = re.compile(fill_slots(_BODIES["lower_case_government"], verbs=_GOVERNMENT_VERBS))
# "signed MoUs with the Kazakh government", "the British government will": a side or an actor
# ("the Kazakh government-owned company" is a description of the company)
_NATIONAL_GOVERNMENT = re.compile(
    fill_slots(_BODIES["national_government"], verbs="|".join(_ACTORS["national_government_verbs"]))
)
_AKIMAT = re.compile(_BODIES["lower_case_akimat"])
_NAMES = language_file("english", "organizations")
# "the republican research institute of eye diseases": a qualifier, the head, its field
_INSTITUTE = re.compile(
    fill_slots(
        _NAMES["lower_case_institute"],
        qualifiers="|".join(_NAMES["lower_case_institute_qualifiers"]),
        heads="|".join(_NAMES["lower_case_institute_heads"]),
    )
)
_FIELD_STOPS = frozenset(_NAMES["lower_case_field_stops"])
_QUALIFIERS = frozenset(_NAMES["lower_case_institute_qualifiers"])
_HEADS = "|".join(h.capitalize() + "|" + h for h in _NAMES["sentence_case_heads"])
# "the Ruritanian institute for applied studies under the President of ...": sentence case
_SENTENCE_CASE = re.compile(fill_slots(_NAMES["sentence_case_name"], heads=_HEADS))
_LONE_HEAD = _NAMES["sentence_case_lone_head"]
_TAIL = re.compile(_NAMES["sentence_case_tail"])
_GOVERNMENT_OF = _BODIES["government_name"]


def lower_case_bodies(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    result: list[OrganizationMention] = []
    for match in _MINISTRY.finditer(sentence.text):
        words = match.group("field").replace(",", " ").split()
        while words and words[-1] not in _FIELD_WORDS - {_AND}:
            words = words[:-1]  # "ministry of energy signed": the field ends before the verb
        if not words or any(w not in _FIELD_WORDS for w in words):
            continue
        field = " ".join(w if w == _AND else w.capitalize() for w in words)
        field = _PORTFOLIOS.get(field.casefold(), field)
        country = match.group("country") if words == match.group("field").split() else None
        nation = match.group("nation")
        place = None
        if country and country.casefold() in COUNTRIES:
            place = COUNTRIES[country.casefold()]
        elif nation and nation.casefold() in NATIONALITIES:
            place = NATIONALITIES[nation.casefold()] or None
        name = _BODIES["ministry_name"].format(field=field)
        name += _BODIES["of_place"].format(place=place) if place else ""
        start = sentence.start + match.start("field") - len(_BODIES["lower_case_ministry_lead"])
        _add(result, found, name, start, sentence.start + match.end(), place, index)
    for match in _INSTITUTE.finditer(sentence.text):
        lead = match.group("name").split()[0]
        if lead not in _QUALIFIERS and lead not in NATIONALITIES:
            continue  # "the new research centre of X": only a nationality may open the name
        words = match.group("field").split()
        cut = next((n for n, w in enumerate(words) if w in _FIELD_STOPS), len(words))
        if cut == 0:
            continue
        name = match.group("name")[: match.start("field") - match.start("name")]
        name += " ".join(words[:cut])
        start = sentence.start + match.start("name")
        end = start + len(name)
        _add(result, found, name, start, end, None, index, "research_center")
    for match in _GOVERNMENT.finditer(sentence.text):
        country = COUNTRIES.get(match.group("country").casefold())
        if country and (match.group("side") or match.group("acts")):
            start, end = sentence.start + match.start("body"), sentence.start + match.end("body")
            _add(result, found, _GOVERNMENT_OF.format(country=country), start, end, country, index)
    for match in _NATIONAL_GOVERNMENT.finditer(sentence.text):
        nation = match.group("nation").casefold()
        country = COUNTRIES.get(nation) or NATIONALITIES.get(nation)
        if country and (match.group("side") or match.group("acts")):
            start = sentence.start + match.start("nation")
            end = sentence.start + match.end("nation") + len(" " + _BODIES["government_word"])
            _add(result, found, _GOVERNMENT_OF.format(country=country), start, end, country, index)
    for match in _SENTENCE_CASE.finditer(sentence.text):
        _sentence_case(sentence, index, match, found, result)
    for match in _AKIMAT.finditer(sentence.text):
        start = sentence.start + match.start()
        name = _BODIES["akimat_name"].format(place=match.group("place"))
        _add(result, found, name, start, sentence.start + match.end(), "Kazakhstan", index)
    return result


def _sentence_case(
    sentence: Sentence,
    index: int,
    match: re.Match[str],
    found: list[OrganizationMention],
    result: list[OrganizationMention],
) -> None:
    """ "the Center for strategic studies under the President of X": a capitalized head, or a
    country before a lower-case one, a lower-case field and an optional "under the ..." tail."""
    lead = match.group("lead")
    if lead is None and not match.group("head")[:1].isupper():
        return
    owners = (COUNTRIES, NATIONALITIES)
    if lead is not None and not any(lead.casefold() in owner for owner in owners):
        return
    words = match.group("field").split()
    cut = next((n for n, w in enumerate(words) if w in _FIELD_STOPS), len(words))
    if cut == 0 or (lead is None and cut < 2):
        return  # "Center for students": one word is too little to tell a name
    start = sentence.start + match.start("name")
    end = start + match.start("field") - match.start("name") + len(" ".join(words[:cut]))
    tail = _TAIL.match(sentence.text, end - sentence.start)
    if tail:  # "... under the President of the Republic of Tajikistan"
        end = sentence.start + tail.end()
    if lead is not None and not tail and match.group("head") != _LONE_HEAD:
        return  # "the Azerbaijani center of history at our university": a unit, no name
    name = sentence.text[start - sentence.start : end - sentence.start]
    inner = [m for m in found if start <= m.start and m.end <= end]
    for mention in inner:  # "Center" or "President of ..." inside the fuller name
        found.remove(mention)
    _add(result, found, name, start, end, None, index, "research_center")


def _add(
    result: list[OrganizationMention],
    found: list[OrganizationMention],
    name: str,
    start: int,
    end: int,
    country: str | None,
    index: int,
    kind: str = "government",
) -> None:
    if any(m.start < end and start < m.end for m in found + result):
        return
    result.append(
        OrganizationMention(name, start, end, kind, country, sentence=index, derived=False)
    )
