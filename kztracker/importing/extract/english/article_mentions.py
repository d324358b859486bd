"""The mentions an English article makes: what each sentence names by its own words, what only
the whole article shows, less what names no actor, each name sorted to an organization or a
person. Drafting comes after: these are still mentions, one per place a name stands."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kztracker.importing.extract.english.actors import acts, drop_patronymic_repeats, is_person
from kztracker.importing.extract.english.background import background
from kztracker.importing.extract.english.brands import brand_organizations
from kztracker.importing.extract.english.country_owners import countries_before
from kztracker.importing.extract.english.crosscheck import employers_after, separate
from kztracker.importing.extract.english.glossed_names import glossed_names
from kztracker.importing.extract.english.home_names import apart_from_namesakes
from kztracker.importing.extract.english.initialisms import (
    acronyms_alone,
    introduced_names,
    short_forms,
)
from kztracker.importing.extract.english.known import known_organizations, known_people
from kztracker.importing.extract.english.lower_case import lower_case_bodies
from kztracker.importing.extract.english.municipal import municipal
from kztracker.importing.extract.english.name_edges import name_edges
from kztracker.importing.extract.english.organizations import organizations_in
from kztracker.importing.extract.english.page_cuts import without_cut_names
from kztracker.importing.extract.english.people import people_in
from kztracker.importing.extract.english.places import countries_after
from kztracker.importing.extract.english.plurals import plural_organizations, plural_phrases
from kztracker.importing.extract.english.quoted import quoted_organizations
from kztracker.importing.extract.english.regional_heads import local_bodies, text_region
from kztracker.importing.extract.english.reporters import reporters
from kztracker.importing.extract.english.signing_outlets import signing_outlet
from kztracker.importing.extract.english.surname_echo import echoed_people
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.english.title_case import without_title_case_names
from kztracker.importing.extract.english.title_owners import titles_naming_organizations
from kztracker.importing.extract.english.units import subordinates, without_parents_only
from kztracker.importing.extract.english.venues import sites
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.known_index import KnownIndex
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

# "X Holding JSC" found makes "X Holding" a name found too: the legal form core_key drops.
_LEGAL_TAIL = re.compile(language_file("english", "variants")["core_key"]["legal_tail"])


@dataclass
class Mentions:
    """What the article names, each mention where it stands, before any two of them are
    drafted as one organization or one person."""

    organizations: list[OrganizationMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    # "Governments" in "the Governments of A and B": no later step takes it as a name.
    plural_spans: list[tuple[int, int]] = field(default_factory=list)


def mentions_in(article: Article, known: KnownNames, key: Callable[[str], str]) -> Mentions:
    """The organizations and people the article names: first what each sentence names by its
    own words, then what only the whole article shows (known people, acronyms and brands named
    alone), less what names no actor, each name sorted to an organization or a person."""
    mentions = _sentence_mentions(article, known)
    # Kazakhstan's and Uzbekistan's Ministry of Transport
    apart_from_namesakes(mentions.organizations)
    known_people_index = KnownIndex(known.people, min_words=2)
    mentions.people += known_people(article.sentences, known_people_index, mentions.people)
    _add_unmarked_organizations(mentions, article)
    mentions.organizations = _acting_organizations(mentions.organizations, article)
    _part_people_from_organizations(mentions, article.text, key)
    _settle_people(mentions, article.text)
    return mentions


def _sentence_mentions(article: Article, known: KnownNames) -> Mentions:
    """The organizations and people each sentence names, sentence by sentence; "the oblast
    akimat" is the akimat of the one region the text names."""
    mentions = Mentions()
    known_organizations_index = KnownIndex(known.organizations)
    region = text_region(article.text)  # whose "the oblast akim" is
    for index, sentence in enumerate(article.sentences):
        found, plural_spans = _sentence_organizations(
            sentence, index, article.text, known_organizations_index
        )
        mentions.plural_spans += plural_spans
        people, implied = people_in(sentence, index, found)
        local = local_bodies(sentence, index, region, found + implied, people)
        if local:  # in the order the sentence names them: the first may be the hub
            found = sorted(found + local, key=lambda m: m.start)
        mentions.organizations += found + implied
        mentions.people += people
    return mentions


def _sentence_organizations(
    sentence: Sentence, index: int, text: str, known_organizations_index: KnownIndex
) -> tuple[list[OrganizationMention], list[tuple[int, int]]]:
    """The organizations `sentence` names, each finder seeing what the ones before it found,
    and the spans of plural phrases ("the Energy Ministries of A and B") no name may take."""
    found = organizations_in(sentence, index)
    found += quoted_organizations(sentence, index, found)  # JSC "X", company "Y"
    found += lower_case_bodies(sentence, index, found)  # "the ministry of energy"
    countries_before(sentence, found)  # "Belarus’ Ministry of Industry"
    name_edges(sentence, found)  # "X named after Y", "Paris-based X"
    found, plural_spans = _with_plural_bodies(sentence, index, found)
    found += introduced_names(sentence, index, found)
    found += glossed_names(sentence, index, found)  # "X (ACR, English gloss)"
    found = municipal(sentence, index, found)
    found += known_organizations(sentence, index, known_organizations_index, found)
    short_forms(text, found)
    countries_after(text, found)
    return found, plural_spans


def _with_plural_bodies(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> tuple[list[OrganizationMention], list[tuple[int, int]]]:
    """`found` with the bodies a plural phrase names, and the phrases' spans."""
    plural = plural_organizations(sentence, index)
    if not plural:
        return found, []
    # "the Energy Ministries of A and B": one per country, not the phrase
    phrase = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in plural_phrases(sentence)
    ]
    found = [m for m in found if not any(a <= m.start < b for a, b in phrase)]
    found += plural
    return found, phrase  # no later step takes "Governments" there as a name


def _taken(mentions: Mentions) -> list[tuple[int, int]]:
    """The spans already named (a derived mention names none), which no later finder takes."""
    taken = [(m.start, m.end) for m in mentions.organizations if not m.derived]
    taken += [(m.start, m.end) for m in mentions.people] + mentions.plural_spans
    return taken


def _add_unmarked_organizations(mentions: Mentions, article: Article) -> None:
    """Adds the organizations no sentence marks as such by its own words: an acronym written
    alone, and a brand ("Google", "Binance") known by the company it keeps in the article."""
    organizations = mentions.organizations
    organizations += acronyms_alone(article.sentences, organizations, _taken(mentions))
    known_names = {m.name for m in organizations} | {
        _LEGAL_TAIL.sub("", m.name) for m in organizations
    }
    brands = brand_organizations(
        article.sentences,
        _taken(mentions),
        known_names,
        frozenset(m.end for m in organizations if not m.derived),
    )
    short_forms(article.text, brands)  # "KazMunayGas (KMG)": a brand's acronym in brackets
    organizations += brands


def _acting_organizations(
    organizations: list[OrganizationMention], article: Article
) -> list[OrganizationMention]:
    """The organizations less names that are no actor in the story: a document, a name cut off
    by the page, a headline's words, the outlet reporting it, a place visited, a background."""
    text = article.text
    organizations = [
        m for m in organizations if acts(m.name) and _acts_too(m) or signing_outlet(m, text)
    ]
    organizations = without_cut_names(organizations, text)  # "... the Agreemen"
    organizations = without_title_case_names(organizations, article)  # "ODA Loan Signed"
    reporting = reporters(organizations, text)  # "Trend reports", "according to Akorda"
    organizations = [m for m in organizations if m.name not in reporting]
    visited = sites(organizations, article.sentences, text)  # "toured the X Museum"
    visited |= background(organizations, text)  # "founded in 1993 by X", "a member of Y"
    return [m for m in organizations if m.name not in visited]


def _part_people_from_organizations(
    mentions: Mentions, text: str, key: Callable[[str], str]
) -> None:
    """Moves a person taken for an organization to the people and drops a person who is an
    organization; a body written under another gets it as parent, and a name written only as
    another's parent is dropped."""
    organizations, people = echoed_people(mentions.organizations, mentions.people, text)
    subordinates(text, organizations)
    organizations = without_parents_only(text, organizations, people, key)
    mentions.organizations, mentions.people = separate(organizations, people)


def _settle_people(mentions: Mentions, text: str) -> None:
    """Keeps the people whose names are a person's, once each, and gives each the organization
    their title or the words right after their name tell ("CEO of Kcell", "X of Aalborg Lab")."""
    repeats = drop_patronymic_repeats(list(dict.fromkeys(p.name for p in mentions.people)))
    people = [p for p in mentions.people if is_person(p.name) and p.name not in repeats]
    people = without_cut_names(people, text)  # "... Dr Imran Qur"
    titles_naming_organizations(people, mentions.organizations)
    employers_after(people, mentions.organizations, text)
    mentions.people = people


def _acts_too(mention: OrganizationMention) -> bool:
    """An acronym stands for what it shortens: "PCA" for "Partnership and Cooperation
    Agreement", a document, is no partner either."""
    return mention.short_name != mention.name or all(
        acts(a) for a in mention.aliases if len(a.split()) > 1
    )
