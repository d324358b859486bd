"""A counterpart's title: in "the Kazakh Health Minister A and her Turkish counterpart B", B
holds A's title in B's own country, and heads that country's ministry."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.home_names import with_country
from kztracker.importing.extract.english.lexicon import COUNTRIES, NATIONALITIES
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.english.title_owners import of_country
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_TITLES = language_file("english", "titles")
_OF_COUNTRY = re.compile(_TITLES["country_named_at_end"])  # "... of the Republic of Azerbaijan"
_COUNTRY_BODIES = tuple(_TITLES["country_bodies"])  # "Ministry ...", "Government ..."
_HOME_NAMES: dict[str, str] = _TITLES["home_government_name"]  # "Government": Kazakhstan's
_WORDS = tuple(_TITLES["counterparts"])
_FROM = re.compile(_TITLES["country_from"])  # "counterpart from Kazakhstan, X"


def _without_country(name: str) -> str:
    """ "Prime Minister of Azerbaijan" without its country: "Prime Minister"."""
    named = _OF_COUNTRY.search(name)
    return name[: named.start()] if named and named.group(1).casefold() in COUNTRIES else name


def resolve_counterparts(
    sentence: Sentence, people: list[PersonMention], implied: list[OrganizationMention]
) -> None:
    """Gives each "counterpart" the title of the person named before it in the sentence."""
    tokens = sentence.tokens
    for n, person in enumerate(people):
        title = person.title or ""
        head, _, rest = title.partition(" ")
        if head.casefold() not in _WORDS:
            continue
        if rest:  # "his counterpart Minister of Public Health X": the title follows the word
            person.title = upper_first(rest)
            continue
        model = next((p for p in reversed(people[:n]) if p.title and p is not person), None)
        if model is None or model.title is None:
            continue
        person.title = model.title
        before = [t for t in tokens if t.end <= person.start]
        word = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower in _WORDS), None)
        country = NATIONALITIES.get(before[word - 1].lower) if word else None
        if word is not None and country is None:
            gap = sentence.text[before[word].end - sentence.start : person.start - sentence.start]
            named = _FROM.match(gap)
            country = named.group(1) if named and named.group(1).casefold() in COUNTRIES else None
        if not country or not model.organization:
            continue
        home = COUNTRY_SUFFIX.sub("", model.organization)
        mention = OrganizationMention(
            home, person.start, person.end, "government", None, derived=True
        )
        if COUNTRIES.get(country.casefold()) == "Kazakhstan":
            # "his Kazakh counterpart X" of a foreign minister: Kazakhstan's ministry of that
            # name ("Ministry of Health of Kazakhstan", the bare name its alias), its government
            # the government of Kazakhstan
            home = _without_country(model.organization)
            person.title = _without_country(model.title)
            mention.name = home
            if home != model.organization and home.startswith(_COUNTRY_BODIES):
                if home in _HOME_NAMES:
                    mention.name = _HOME_NAMES[home]
                mention.country = "Kazakhstan"
                with_country(mention, "Kazakhstan")
                implied.append(mention)
                person.organization = mention.name
            continue
        ministry = of_country(mention, country)
        if ministry.name != home:
            implied.append(ministry)
            person.organization = ministry.name
