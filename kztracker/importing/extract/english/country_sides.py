"""Countries that sign: "Kazakhstan and Azerbaijan signed an agreement", "an agreement between
Kazakhstan and Turkmenistan", "Kazakhstan signed a framework agreement with X". A country that
stands as a side names a side but no organization: the corpus guide lists only parties the text
names, and its annotators never stand a country's government in for the country (dev golds: "the
two countries signed" has no party, "Kazakhstan signed with X" has X alone). So such a side is a
`CountrySide`, which tells the memorandum that its sides were told and is left out of its parties;
"the governments of A and B" names them and is a party. A country named as a place ("in
Kazakhstan"), an owner ("Kazakhstan's ministry") or inside an organization's name is no side."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.english.coordinated_sides import coordinated_sides
from kztracker.importing.extract.english.lexicon import COUNTRIES
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.english.titled_sides import titled_sides
from kztracker.importing.extract.language_files import fill_slots
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.normalize import name_key

_NAMES = sorted(COUNTRIES, key=len, reverse=True)  # every spelling the lexicon knows
_COUNTRY = re.compile(
    fill_slots(WORDING["country_name"], names="|".join(map(re.escape, _NAMES))), re.IGNORECASE
)
# What may follow a side: a list, or the verb (never "'s", "-based", an organization noun).
# "Kazakhstan and Kyrgyzstan also signed": an adverb may stand before the verb.
_AFTER = re.compile(WORDING["country_side_after"])
# A side opens its stretch, or follows "with"/"between", or follows another side in a list.
_OPENS = re.compile(WORDING["country_side_opens"], re.IGNORECASE)
# "On 3 March, Kazakhstan and ...": a comma after an opening phrase that names no side.
_INTRO = re.compile(r"^[^,]*,\s*$")
_PARTNERS = re.compile(WORDING["partners_lead"], re.IGNORECASE)
_LISTED = re.compile(WORDING["country_listed"], re.IGNORECASE)
_PREFIX = WORDING["government_of_country"]


class CountrySide(str):
    """The government of a country named bare as a side: a side, not a party."""


def bare_side(sides: list[str]) -> bool:
    """Whether a country named bare stands among `sides`: "Kazakhstan signed an agreement with
    X" is X's agreement alone, not nobody's."""
    return any(isinstance(s, CountrySide) for s in sides)


def country_sides(
    sentence: Sentence,
    start: int,
    stop: int,
    mentions: list[OrganizationMention],
    people: list[PersonMention] | None = None,
) -> list[str]:
    """The governments of the countries standing as sides between `start` and `stop`
    (positions in the text); a bare country's is a `CountrySide`. With the sentence's `people`,
    a minister named by title alone ("the Georgian Energy Minister") is his ministry's side."""
    found: list[str] = []
    low, high = start - sentence.start, stop - sentence.start
    ends = {m.end - sentence.start for m in mentions}  # where a named side ends
    places: set[int] = set()
    # "the governments of A and B", "the foreign ministries of A and B": a side for each owner.
    stretch = sentence.text[max(0, low) : max(0, high)]
    bodies = coordinated_sides(stretch)
    if people is not None:
        base = sentence.start + max(0, low)
        titled = [(s - base, e - base, [m]) for s, e, m in titled_sides(stretch, base, people)]
        bodies += [t for t in titled if not any(b < t[1] and t[0] < f for b, f, _ in bodies)]
    for _, _, sides in sorted(bodies):
        found.extend(sides)
    covered = [(max(0, low) + s, max(0, low) + e) for s, e, _ in bodies]
    for match in _COUNTRY.finditer(sentence.text, max(0, low), max(0, high)):
        at = sentence.start + match.start(1)
        if any(m.start <= at < m.end for m in mentions):
            continue
        if any(s <= match.start(1) < e for s, e in covered):
            continue
        lead = sentence.text[max(0, low) : match.start()]
        listed = _LISTED.search(lead)
        after_side = listed is not None and listed.start() + max(0, low) in ends
        after_place = listed is not None and listed.start() + max(0, low) in places
        intro = (
            _INTRO.match(lead)
            and not _PARTNERS.search(lead)
            and not any(low <= m.end - sentence.start <= match.start() for m in mentions)
        )
        if after_place or not (after_side or intro or _OPENS.search(lead)):
            places.add(match.end())  # "universities in Kazakhstan, Kyrgyzstan": places
            continue
        if not match.group(1)[:1].isupper() or not _AFTER.match(sentence.text[match.end() :]):
            places.add(match.end())
            continue
        ends.add(match.end())
        found.append(CountrySide(_PREFIX.format(country=COUNTRIES[match.group(1).casefold()])))
    return found


_INTERGOVERNMENTAL = re.compile(WORDING["intergovernmental"], re.IGNORECASE)
_HOME_GOVERNMENT = _PREFIX.format(country=WORDING["home_country"])


def intergovernmental_sides(before_noun: str, sides: list[str]) -> list[str]:
    """The sides of a document whose words before its noun (`before_noun`) call it
    intergovernmental: each country named bare stands for its government, a party; a foreign
    one alone has the home government beside it. Any other document keeps `sides` as they are."""
    if not _INTERGOVERNMENTAL.search(before_noun) or not bare_side(sides):
        return sides
    governments = unique_sides([str(s) for s in sides])
    if len(governments) == 1 and governments[0] != _HOME_GOVERNMENT:
        governments.insert(0, _HOME_GOVERNMENT)
    return governments


def unique_sides(sides: list[str]) -> list[str]:
    """`sides` without repeats, in order."""
    return list(dict.fromkeys(sides))


def implied_governments(
    memoranda: list[DraftMemorandum], organizations: list[DraftOrganization]
) -> list[DraftOrganization]:
    """The governments (and a country's ministries named over two owners) memoranda name as
    parties that no organization of the draft is yet."""
    have = {name_key(o.name) for o in organizations}
    added: list[DraftOrganization] = []
    countries = {_PREFIX.format(country=c): c for c in COUNTRIES.values()}
    ministry = re.compile(
        "^"
        + re.escape(WORDING["ministry_of_country"])
        .replace(r"\{portfolio\}", ".+?")
        .replace(r"\{country\}", "(?P<country>.+)")
        + "$"
    )
    for memo in memoranda:
        for party in memo.parties:
            owned = ministry.match(party)
            country = countries.get(party) or (
                owned.group("country") if owned and owned.group("country") in _OWNED else None
            )
            if (country or _AKIMAT.match(party)) and name_key(party) not in have:
                have.add(name_key(party))
                added.append(DraftOrganization(party, "government", country))
    return added


_OWNED = frozenset(COUNTRIES.values())
# "Akimat of Aktobe region": a region's akimat named by its governor (coordinated_sides).
_AKIMAT = re.compile(
    "^(?:"
    + "|".join(
        re.escape(t).replace(r"\{name\}", ".+")
        for t in {*WORDING["regional_units"].values(), WORDING["foreign_regional_unit"]}
    )
    + ")$"
)
