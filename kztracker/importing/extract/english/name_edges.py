"""What stands at the edges of an organization's name: "named after Abylkas Saginov" belongs to
it (so "Saginov University" is seen to be its short form), "Paris-based" does not (it says where
the organization is)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import (
    CITIES,
    COMMON_WORDS,
    COMPANY_ENDS,
    COUNTRIES,
    HONORIFICS,
    LEGAL_SUFFIXES,
    NATIONALITIES,
    ORGANIZATION_TYPES,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kztracker.importing.extract.english.names import initialed, name_like
from kztracker.importing.extract.english.text import Sentence, Token
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention

# A namesake: initials and a surname ("M.Ospanov", "K. Satpayev") or up to two words.
_NAME = r"(?:(?:[A-Z]\.\s*)+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
_ORGANIZATION_DATA = language_file("english", "organizations")
_EDGES = _ORGANIZATION_DATA["name_edges"]
_NAMED_AFTER = re.compile(fill_slots(_EDGES["named_after"], name=_NAME))
_BASED = re.compile(_EDGES["based"])


# "Digital Development, Innovations and Aerospace Industry Ministry": fields listed before the
# type word, the first ones cut off by the comma.
_LISTED_BEFORE = re.compile(_EDGES["listed_before"])


# "Kazakh Culture and Sports Ministry": one portfolio field joined by "and" before the type
# word, a nationality perhaps before it; taken only when every field word is a portfolio word.
_FIELD_AND_BEFORE = re.compile(_EDGES["field_and_before"])
_PORTFOLIOS = language_file("english", "ministries")["portfolio_names"]
_FIELD_WORDS = frozenset(COMMON_WORDS) | frozenset(_PORTFOLIOS)


# "Institute of Strategic": a complement that stops on an adjective is unfinished.
_UNFINISHED = re.compile(
    fill_slots(_EDGES["unfinished"], endings="|".join(_ORGANIZATION_DATA["adjective_endings"]))
)
# "... and International Studies of Malaysia": the rest of it, over "and".
_REST = re.compile(_EDGES["rest_over_and"])


_AND_PERSON = re.compile(_EDGES["and_person"])
_TITLE_AFTER = re.compile(_EDGES["title_after"])
_LEADING_THE = re.compile(_EDGES["leading_the"])
_AND = _EDGES["joiner"]
_OF = _EDGES["link"]
_UNDER = _EDGES["subordinate_link"]
_AMPERSANDS = tuple(_EDGES["ands"])


def _field_and(before: str, mention: OrganizationMention, found: list[OrganizationMention]) -> None:
    """ "Kazakh Culture and Sports Ministry" is the Culture and Sports Ministry, of Kazakhstan;
    not "the X Council for Education and US Embassy", whose "Education" ends another name and
    whose "US" already owns the embassy."""
    listed = _FIELD_AND_BEFORE.search(before)
    first = mention.name.split()[0]
    if not (
        listed
        and ORGANIZATION_TYPES.get(mention.name.split()[-1].casefold()) == "government"
        and all(w.casefold() in _FIELD_WORDS for w in listed.group("field").split())
        and not first.isupper()
        and first.casefold() not in COUNTRIES
        and not any(
            m is not mention
            and m.end > mention.start - len(before) + listed.start()
            and m.start < mention.start
            for m in found
        )
    ):
        return
    nation = listed.group("nation")
    field = listed.group("field") + _AND + " "
    if nation and nation.casefold() not in NATIONALITIES:
        field = f"{nation} {field}"
        if not all(w.casefold() in _FIELD_WORDS for w in nation.split()):
            return
    elif nation:
        mention.country = mention.country or NATIONALITIES[nation.casefold()] or None
    mention.aliases.append(mention.name)
    mention.name = field + mention.name
    mention.start -= len(field)


def name_edges(sentence: Sentence, found: list[OrganizationMention]) -> None:
    for mention in found:
        if mention.derived:
            continue
        before = sentence.text[
            max(0, mention.start - sentence.start - 60) : mention.start - sentence.start
        ]
        listed = _LISTED_BEFORE.search(before)
        if (
            listed
            and f" {_AND} " in f"{listed.group(0)}{mention.name}"
            and ORGANIZATION_TYPES.get(mention.name.split()[-1].casefold()) == "government"
            and not any(
                w.isupper() or w.casefold() in CITIES or w.casefold() in COUNTRIES
                for w in re.findall(r"[\w-]+", listed.group(0))
            )  # "in Paris, NU and Sorbonne University": a place and a partner, not fields
        ):
            lead = _LEADING_THE.sub("", listed.group(0))
            mention.aliases.append(mention.name)
            mention.name = lead + mention.name
            mention.start -= len(lead)
        else:
            _field_and(before, mention, found)
        unfinished = _UNFINISHED.search(mention.name)
        tail = _REST.match(sentence.text[mention.end - sentence.start :]) if unfinished else None
        head = tail.group(0).split(f" {_OF} ")[0].split()[-1] if tail else ""
        if tail and head.casefold() not in ORGANIZATION_TYPES:
            mention.name += tail.group(0)  # not "of Economic and Tartu University": another
            mention.end += tail.end()
        based = _BASED.match(mention.name)
        if based:  # "Paris-based Lumiere Energies": Lumiere Energies, of France
            place = based.group("place").casefold()
            mention.name = mention.name[based.end() :]
            mention.start += based.end()
            mention.country = mention.country or COUNTRIES.get(place) or CITIES.get(place)
        words = mention.name.split()
        while len(words) > 2 and words[0].casefold() in TITLE_HEADS:
            mention.start += len(words[0]) + 1  # "CEO Gangnam Severance Hospital"
            words = words[1:]
            mention.name = " ".join(words)
        rest = sentence.text[mention.end - sentence.start :]
        person = _AND_PERSON.search(mention.name)
        after = _TITLE_AFTER.match(rest)
        if person and after and after.group(1).casefold() in TITLE_WORDS:
            # "Nanjing University of Arts and Liu Wanggang, President of ...": a person
            mention.end -= len(mention.name) - person.start()
            mention.name = mention.name[: person.start()]
            rest = sentence.text[mention.end - sentence.start :]
        named = _NAMED_AFTER.match(rest)
        if named and not any(m is not mention and m.start == mention.end for m in found):
            mention.aliases.append(mention.name)
            mention.name += rest[: named.end()]
            mention.end += named.end()


def legal_form_after_comma(tokens: list[Token], i: int, current: list[Token]) -> bool:
    """ "X International Engineering Co., Ltd": a legal form after the comma that follows a
    company's end still belongs to the name, so the name is not cut at "Co."."""
    return (
        current[-1].lower in COMPANY_ENDS
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in COMPANY_ENDS
        and tokens[i + 1].capitalized
    )


def complement_before_person(
    words: list[Token], link: Token | None, titled: bool, last: bool, fields: frozenset[str]
) -> list[Token]:
    """The words of a name's complement before the person its title belongs to.

    A complement ends where a title or a person's name begins ("under the President" stays
    whole). After a title ("Director of the Institute of Nuclear Physics A. B.", the `last`
    piece of a `titled` run), the last two words are the person; so are the two words before
    "and" when the next title follows ("Dean of the School of Business A. B. and Vice-Rector
    ..."). A field word among them ("Wageningen University & Research") keeps them in the name.
    """
    if link is not None and link.lower == _UNDER:
        return words
    cut = words
    for k, token in enumerate(words):
        if token.lower in COUNTRIES and k + 1 < len(words):
            if all(w.lower in LEGAL_SUFFIXES for w in words[k + 1 :]):
                return words  # "Bank of China Limited": the legal form ends the name
            return words[: k + 1]
        if token.lower in TITLE_WORDS or token.lower in HONORIFICS:
            cut = words[:k]
            break
    before_and = len(cut) < len(words) and bool(cut) and cut[-1].lower in (_AND, ",")
    if before_and:
        cut = cut[:-1]
    if (
        titled
        and (last or before_and)
        and len(cut) >= 3
        and not any(w.lower in _AMPERSANDS for w in cut[-3:])
        and not any(w.lower in fields for w in cut[-2:])
        and all(w.capitalized for w in cut[-2:])
        and all(name_like(w) or initialed(w) or w.text.isupper() for w in cut[-2:])
    ):  # "... for Civil Service Affairs": a type word or a field is no person's name
        return cut[:-2]
    return cut


_ACTIVITIES = frozenset(_ORGANIZATION_DATA["activity_words"])


def one_business(left: list[Token], right: list[Token]) -> bool:
    """ "X Port Construction and Operation Co., Ltd": what one company does, joined by "and",
    then its legal form; one name, not two organizations."""
    ends = [k for k, w in enumerate(right) if w.lower in COMPANY_ENDS]
    return (
        bool(left)
        and left[-1].lower in _ACTIVITIES
        and bool(ends)
        and all(w.lower in _ACTIVITIES for w in right[: ends[0]])
        and all(w.lower in COMPANY_ENDS or w.text == "," for w in right[ends[0] :])
    )
