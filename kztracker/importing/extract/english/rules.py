"""English extraction: the steps in order, from the article's lines to a Draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.extract.english.agreements import memoranda_in
from kztracker.importing.extract.english.article_mentions import Mentions, mentions_in
from kztracker.importing.extract.english.boilerplate import content_paragraphs
from kztracker.importing.extract.english.country_sides import implied_governments
from kztracker.importing.extract.english.crosscheck import complete_employers
from kztracker.importing.extract.english.datelines import dateline, wire_prefix_end
from kztracker.importing.extract.english.focus_areas import focus_areas_in
from kztracker.importing.extract.english.glued import restore_spans, unglue
from kztracker.importing.extract.english.headlines import without_headline_acronyms
from kztracker.importing.extract.english.home_names import named_homes
from kztracker.importing.extract.english.implied_twins import implied_twins
from kztracker.importing.extract.english.kinds import complete_organization
from kztracker.importing.extract.english.lexicon import (
    COUNTRIES,
    NATIONALITIES,
    ORGANIZATION_TYPES,
)
from kztracker.importing.extract.english.meeting_bodies import meeting_bodies
from kztracker.importing.extract.english.mention_frames import without_settings
from kztracker.importing.extract.english.milestone_links import link_milestones
from kztracker.importing.extract.english.milestones import milestones_in
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX
from kztracker.importing.extract.english.portfolios import fold_portfolios
from kztracker.importing.extract.english.reporters import reporting_bodies
from kztracker.importing.extract.english.spelling_twins import person_twins, spelling_twins
from kztracker.importing.extract.english.text import Article, Sentence, split_sentences
from kztracker.importing.extract.english.titled_units import fold_titled_units
from kztracker.importing.extract.english.units import fold_units
from kztracker.importing.extract.english.visits import framing_visits
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.merge import merge_organizations, merge_people
from kztracker.importing.extract.variants import VariantRules, fold_variants
from kztracker.normalize import fold_lookalikes, name_key

_VARIANT_DATA = language_file("english", "variants")
_FIELD_WORDS = frozenset(_VARIANT_DATA["field_words"])
_VARIANTS = VariantRules(
    frozenset(_VARIANT_DATA["function_words"]),
    # Another country's name makes another organization; Kazakhstan's is the default one;
    # so do fields alone ("Ministry of Science and Higher Education", not "... of Education").
    lambda extra: (
        any(
            (w in COUNTRIES or w in NATIONALITIES)
            and COUNTRIES.get(w, NATIONALITIES.get(w)) != "Kazakhstan"
            for w in extra
        )
        or bool(extra)
        and extra <= _FIELD_WORDS
    ),
    frozenset(ORGANIZATION_TYPES) | frozenset(_VARIANT_DATA["unit_words"]),
    frozenset(_VARIANT_DATA["descriptor_words"]),
    frozenset(COUNTRIES) | frozenset(NATIONALITIES),
    frozenset(_VARIANT_DATA["government_words"]),
    _VARIANT_DATA["spellings"],
    re.compile(_VARIANT_DATA["unit_of"]),
    re.compile(_VARIANT_DATA["unit_before"]),
    tuple(_VARIANT_DATA["possessive_endings"]),
)
# "National Academy of Sciences under the President of ...": the same academy without the tail.
_CORE = _VARIANT_DATA["core_key"]
_UNDER = re.compile(_CORE["under_tail"])
_LEGAL = re.compile(_CORE["legal_tail"])
# "Kazakh Ministry", "the Vietnamese Ministry of Culture", "Ministry of Culture of the X",
# "Almaty city akimat", "the Governor's office of the X region", "akimat of X region".
_HOME_MINISTRY = re.compile(_CORE["home_ministry"])
_NATION_MINISTRY = re.compile(_CORE["nation_ministry"])
_COUNTRY_MINISTRY = re.compile(_CORE["country_ministry"])
_CITY_BODY = re.compile(_CORE["city_body"], re.IGNORECASE)
_GOVERNOR_OFFICE = re.compile(_CORE["governor_office"], re.IGNORECASE)
_AKIMAT_PLACE_KIND = re.compile(_CORE["akimat_place_kind"], re.IGNORECASE)
_OF_OWNER = _CORE["of_owner"]
_AKIMAT_OF = _CORE["akimat_of"]
# Where a page names the outlet that published it: patterns with the outlet as group 1.
_OUTLET = tuple(re.compile(p) for p in language_file("english", "outlets")["patterns"])


def core_key(name: str) -> str:
    """The key two spellings of one organization share: no trailing "of Kazakhstan" or "JSC"."""
    name = _UNDER.sub("", COUNTRY_SUFFIX.sub("", name.strip()))
    name = _HOME_MINISTRY.sub("", name)  # "Kazakh Ministry"
    nation = _NATION_MINISTRY.match(name)
    if nation and NATIONALITIES.get(nation.group(1).casefold()):
        # "the Vietnamese Ministry of Culture" is the "Ministry of Culture of Viet Nam"
        name = _OF_OWNER.format(nation.group(2), NATIONALITIES[nation.group(1).casefold()])
    named = _COUNTRY_MINISTRY.match(name)
    if named and named.group(2).casefold() in COUNTRIES:
        name = _OF_OWNER.format(named.group(1), COUNTRIES[named.group(2).casefold()])
    city = _CITY_BODY.fullmatch(name)
    if city:  # "Almaty city akimat" is the "Akimat of Almaty"
        name = _OF_OWNER.format(city.group(2), city.group(1))
    office = _GOVERNOR_OFFICE.fullmatch(name)
    if office:  # "the Governor's office of the Turkestan region" is its akimat
        name = _AKIMAT_OF.format(office.group(1))
    name = _AKIMAT_PLACE_KIND.sub(r"\1", name)
    return name_key(_LEGAL.sub("", name))


class EnglishRules:
    code = "en"
    name = "English"

    def field_form(self, phrase: str) -> str:
        return phrase  # English fields are written in their own form

    def extract(self, document: Document, known: KnownNames) -> Draft:
        """The draft `document` proposes: its page read and cut into sentences, the names they
        mention resolved into organizations and people, related by the memoranda they sign and
        dated by the milestones the article tells."""
        text, inserted = unglue(fold_lookalikes(document.text))  # "betweenthe" → "between the"
        article = _article(text)
        _fill_metadata(document, text, article)
        reference = document.published_on
        mentions = mentions_in(article, known, core_key)
        drafted = _resolve(mentions, text)
        focus_areas = focus_areas_in(article, known.focus_areas)
        memoranda = _relate(article, mentions, drafted, reference)
        milestones = _date(article, mentions, drafted.names, reference, memoranda)
        draft = Draft(
            document=document,
            organizations=_settled_organizations(
                drafted, memoranda, milestones, text, document.title
            ),
            people=drafted.people,
            memoranda=memoranda,
            focus_areas=focus_areas,
            milestones=milestones,
        )
        restore_spans(draft, inserted)  # onto the page as pasted
        return draft


@dataclass
class _Drafted:
    """The organizations and people drafted from the mentions; `names` maps every spelling's
    core key to its organization's name."""

    organizations: list[DraftOrganization]
    people: list[DraftPerson]
    names: dict[str, str]


def _resolve(mentions: Mentions, text: str) -> _Drafted:
    """The draft organizations and people: the mentions of one body or one person merged, and
    the variants, portfolios and home countries of one body's names folded together."""
    organizations, names = merge_organizations(
        mentions.organizations, core_key, "en", lambda word: word.casefold() in ORGANIZATION_TYPES
    )
    organizations = fold_variants(organizations, names, core_key, _VARIANTS)
    for organization in organizations:
        complete_organization(organization, text)
    organizations = fold_portfolios(organizations, names, core_key)  # "Culture and Sports"
    named_homes(organizations, names, core_key)  # "Ministry of Energy of Kazakhstan"
    people = person_twins(merge_people(mentions.people, names, core_key, text, "en"))
    complete_employers(people, organizations)
    return _Drafted(organizations, people, names)


def _relate(
    article: Article, mentions: Mentions, drafted: _Drafted, reference: PartialDate | None
) -> list[DraftMemorandum]:
    """The memoranda the article tells of, between the drafted organizations; a country that
    signs one is added to them as its government."""
    memoranda = memoranda_in(
        article, mentions.organizations, mentions.people, drafted.names, core_key, reference
    )
    drafted.organizations += implied_governments(memoranda, drafted.organizations)
    return memoranda


def _date(
    article: Article,
    mentions: Mentions,
    names: dict[str, str],
    reference: PartialDate | None,
    memoranda: list[DraftMemorandum],
) -> list[DraftMilestone]:
    """The dated milestones the article tells of, the visits framing them among them, each
    linked to the memorandum it concerns."""
    milestones = milestones_in(
        article, mentions.organizations, names, core_key, reference, mentions.people
    )
    milestones += framing_visits(article, reference, milestones)
    link_milestones(memoranda, milestones)
    return milestones


def _settled_organizations(
    drafted: _Drafted,
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    text: str,
    title: str | None,
) -> list[DraftOrganization]:
    """The drafted organizations as the review sees them, now that the memoranda and milestones
    show which act: units folded into their bodies, bodies named only as a setting, a reporter
    or a meeting dropped, twins spelled two ways made one."""
    people = drafted.people
    organizations = fold_units(drafted.organizations, people, memoranda, milestones, core_key)
    organizations = fold_titled_units(organizations, people, memoranda, text)
    organizations = reporting_bodies(organizations, memoranda, text)  # "according to X"
    organizations = without_settings(organizations, memoranda, text)  # "member states of X"
    organizations = without_headline_acronyms(organizations, memoranda, text, title)
    organizations = meeting_bodies(organizations, memoranda, text)  # "meeting of the X"
    organizations = implied_twins(organizations, people, memoranda, milestones, text)
    return spelling_twins(organizations, people, memoranda, milestones)


def _article(text: str) -> Article:
    """The page cut into the article the rules read: content paragraphs, the dateline and a
    wire prefix taken off the first ones, each paragraph split into sentences."""
    stamp = dateline(text)
    paragraphs = []
    for paragraph in content_paragraphs(text):
        if stamp and paragraph.start <= stamp[1] < paragraph.end:
            if text[paragraph.start : stamp[1]].strip():
                paragraphs.append(paragraph)  # the date stands inside a sentence: keep it
                continue
            start = stamp[2]
            while start < paragraph.end and text[start] in " \t:,;|–—-":
                start += 1
            if text[start : paragraph.end].strip():
                paragraphs.append(Span(start, paragraph.end))
            continue
        paragraphs.append(paragraph)
    for n, paragraph in enumerate(paragraphs[:6]):
        skip = wire_prefix_end(text[paragraph.start : paragraph.end])
        if skip:
            paragraphs[n] = Span(paragraph.start + skip, paragraph.end)
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        sentences += split_sentences(text, paragraph, index)
    return Article(text, paragraphs, sentences)


def _fill_metadata(document: Document, text: str, article: Article) -> None:
    """Gives `document` the title, outlet and date the page tells, where the file gave none."""
    if document.title is None and article.paragraphs:
        first = article.paragraphs[0]
        line = text[first.start : first.end].strip()
        if (
            len(line.split()) <= 20
            and not line.endswith((".", "!", "?"))
            and len(article.paragraphs) > 1
        ):
            document.title = line
    if document.outlet is None:
        for pattern in _OUTLET:
            match = pattern.search(text)
            if match:
                document.outlet = match.group(1).strip()
                break
    if document.published_on is None:  # kept when the file or the user gave it
        stamp = dateline(text)
        document.published_on = stamp[0] if stamp else None
