"""English extraction: the steps in order, from the article's lines to a Draft."""

from __future__ import annotations

import re

from kztracker.importing.draft import Document, Draft, Span
from kztracker.importing.extract.english.actors import acts, drop_patronymic_repeats, is_person
from kztracker.importing.extract.english.agreements import memoranda_in
from kztracker.importing.extract.english.background import background
from kztracker.importing.extract.english.boilerplate import content_paragraphs
from kztracker.importing.extract.english.brands import brand_organizations
from kztracker.importing.extract.english.country_owners import countries_before
from kztracker.importing.extract.english.country_sides import implied_governments
from kztracker.importing.extract.english.crosscheck import (
    complete_employers,
    employers_after,
    separate,
)
from kztracker.importing.extract.english.datelines import dateline, wire_prefix_end
from kztracker.importing.extract.english.focus_areas import focus_areas_in
from kztracker.importing.extract.english.glossed_names import glossed_names
from kztracker.importing.extract.english.glued import restore_spans, unglue
from kztracker.importing.extract.english.headlines import without_headline_acronyms
from kztracker.importing.extract.english.home_names import apart_from_namesakes, named_homes
from kztracker.importing.extract.english.implied_twins import implied_twins
from kztracker.importing.extract.english.initialisms import (
    acronyms_alone,
    introduced_names,
    short_forms,
)
from kztracker.importing.extract.english.kinds import complete_organization
from kztracker.importing.extract.english.known import known_organizations, known_people
from kztracker.importing.extract.english.lexicon import (
    COUNTRIES,
    NATIONALITIES,
    ORGANIZATION_TYPES,
)
from kztracker.importing.extract.english.lower_case import lower_case_bodies
from kztracker.importing.extract.english.meeting_bodies import meeting_bodies
from kztracker.importing.extract.english.mention_frames import without_settings
from kztracker.importing.extract.english.milestone_links import link_milestones
from kztracker.importing.extract.english.milestones import milestones_in
from kztracker.importing.extract.english.municipal import municipal
from kztracker.importing.extract.english.name_edges import name_edges
from kztracker.importing.extract.english.organizations import organizations_in
from kztracker.importing.extract.english.page_cuts import without_cut_names
from kztracker.importing.extract.english.people import people_in
from kztracker.importing.extract.english.places import COUNTRY_SUFFIX, countries_after
from kztracker.importing.extract.english.plurals import plural_organizations, plural_phrases
from kztracker.importing.extract.english.portfolios import fold_portfolios
from kztracker.importing.extract.english.quoted import quoted_organizations
from kztracker.importing.extract.english.regional_heads import local_bodies, text_region
from kztracker.importing.extract.english.reporters import reporters, reporting_bodies
from kztracker.importing.extract.english.signing_outlets import signing_outlet
from kztracker.importing.extract.english.spelling_twins import person_twins, spelling_twins
from kztracker.importing.extract.english.surname_echo import echoed_people
from kztracker.importing.extract.english.text import Article, Sentence, split_sentences
from kztracker.importing.extract.english.title_case import without_title_case_names
from kztracker.importing.extract.english.title_owners import titles_naming_organizations
from kztracker.importing.extract.english.titled_units import fold_titled_units
from kztracker.importing.extract.english.units import fold_units, subordinates, without_parents_only
from kztracker.importing.extract.english.venues import sites
from kztracker.importing.extract.english.visits import framing_visits
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.known_index import KnownIndex
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
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
        text, inserted = unglue(fold_lookalikes(document.text))  # "betweenthe" → "between the"
        article = _article(text)
        _fill_metadata(document, text, article)
        reference = document.published_on

        org_mentions: list[OrganizationMention] = []
        person_mentions: list[PersonMention] = []
        plural_spans: list[tuple[int, int]] = []
        known_organizations_index = KnownIndex(known.organizations)
        region = text_region(text)  # whose "the oblast akim" is
        for index, sentence in enumerate(article.sentences):
            found = organizations_in(sentence, index)
            found += quoted_organizations(sentence, index, found)  # JSC "X", company "Y"
            found += lower_case_bodies(sentence, index, found)  # "the ministry of energy"
            countries_before(sentence, found)  # "Belarus’ Ministry of Industry"
            name_edges(sentence, found)  # "X named after Y", "Paris-based X"
            plural = plural_organizations(sentence, index)
            if plural:  # "the Energy Ministries of A and B": one per country, not the phrase
                phrase = [
                    (sentence.start + m.start(), sentence.start + m.end())
                    for m in plural_phrases(sentence)
                ]
                found = [m for m in found if not any(a <= m.start < b for a, b in phrase)]
                found += plural
                plural_spans += phrase  # no later step takes "Governments" there as a name
            found += introduced_names(sentence, index, found)
            found += glossed_names(sentence, index, found)  # "X (ACR, English gloss)"
            found = municipal(sentence, index, found)
            found += known_organizations(sentence, index, known_organizations_index, found)
            short_forms(text, found)
            countries_after(text, found)
            people, implied = people_in(sentence, index, found)
            local = local_bodies(sentence, index, region, found + implied, people)
            if local:  # in the order the sentence names them: the first may be the hub
                found = sorted(found + local, key=lambda m: m.start)
            org_mentions += found + implied
            person_mentions += people
        apart_from_namesakes(org_mentions)  # Kazakhstan's and Uzbekistan's Ministry of Transport
        known_people_index = KnownIndex(known.people, min_words=2)
        person_mentions += known_people(article.sentences, known_people_index, person_mentions)
        taken = [(m.start, m.end) for m in org_mentions if not m.derived]
        taken += [(m.start, m.end) for m in person_mentions] + plural_spans
        org_mentions += acronyms_alone(article.sentences, org_mentions, taken)
        taken = [(m.start, m.end) for m in org_mentions if not m.derived]
        taken += [(m.start, m.end) for m in person_mentions] + plural_spans
        known_names = {m.name for m in org_mentions} | {
            _LEGAL.sub("", m.name) for m in org_mentions
        }
        brands = brand_organizations(
            article.sentences,
            taken,
            known_names,
            frozenset(m.end for m in org_mentions if not m.derived),
        )
        short_forms(text, brands)  # "KazMunayGas (KMG)": a brand's acronym in brackets
        org_mentions += brands
        org_mentions = [
            m for m in org_mentions if acts(m.name) and _acts_too(m) or signing_outlet(m, text)
        ]
        org_mentions = without_cut_names(org_mentions, text)  # "... the Agreemen"
        org_mentions = without_title_case_names(org_mentions, article)  # "ODA Loan Signed"
        reporting = reporters(org_mentions, text)  # "Trend reports", "according to Akorda"
        org_mentions = [m for m in org_mentions if m.name not in reporting]
        visited = sites(org_mentions, article.sentences, text)  # "toured the X Museum"
        visited |= background(org_mentions, text)  # "founded in 1993 by X", "a member of Y"
        org_mentions = [m for m in org_mentions if m.name not in visited]
        org_mentions, person_mentions = echoed_people(org_mentions, person_mentions, text)
        subordinates(text, org_mentions)
        org_mentions = without_parents_only(text, org_mentions, person_mentions, core_key)
        org_mentions, person_mentions = separate(org_mentions, person_mentions)
        repeats = drop_patronymic_repeats(list(dict.fromkeys(p.name for p in person_mentions)))
        person_mentions = [
            p for p in person_mentions if is_person(p.name) and p.name not in repeats
        ]
        person_mentions = without_cut_names(person_mentions, text)  # "... Dr Imran Qur"
        titles_naming_organizations(person_mentions, org_mentions)
        employers_after(person_mentions, org_mentions, text)
        organizations, names = merge_organizations(
            org_mentions, core_key, "en", lambda word: word.casefold() in ORGANIZATION_TYPES
        )
        organizations = fold_variants(organizations, names, core_key, _VARIANTS)
        for organization in organizations:
            complete_organization(organization, text)
        organizations = fold_portfolios(organizations, names, core_key)  # "Culture and Sports"
        named_homes(organizations, names, core_key)  # "Ministry of Energy of Kazakhstan"
        drafted_people = person_twins(merge_people(person_mentions, names, core_key, text, "en"))
        complete_employers(drafted_people, organizations)

        focus_areas = focus_areas_in(article, known.focus_areas)
        memoranda = memoranda_in(article, org_mentions, person_mentions, names, core_key, reference)
        organizations += implied_governments(memoranda, organizations)  # a country that signs
        milestones = milestones_in(
            article, org_mentions, names, core_key, reference, person_mentions
        )
        milestones += framing_visits(article, reference, milestones)
        link_milestones(memoranda, milestones)
        organizations = fold_units(organizations, drafted_people, memoranda, milestones, core_key)
        organizations = fold_titled_units(organizations, drafted_people, memoranda, text)
        organizations = reporting_bodies(organizations, memoranda, text)  # "according to X"
        organizations = without_settings(organizations, memoranda, text)  # "member states of X"
        organizations = without_headline_acronyms(organizations, memoranda, text, document.title)
        organizations = meeting_bodies(organizations, memoranda, text)  # "meeting of the X"
        organizations = implied_twins(organizations, drafted_people, memoranda, milestones, text)
        organizations = spelling_twins(organizations, drafted_people, memoranda, milestones)
        draft = Draft(
            document=document,
            organizations=organizations,
            people=drafted_people,
            memoranda=memoranda,
            focus_areas=focus_areas,
            milestones=milestones,
        )
        restore_spans(draft, inserted)  # onto the page as pasted
        return draft


def _article(text: str) -> Article:
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


def _acts_too(mention: OrganizationMention) -> bool:
    """An acronym stands for what it shortens: "PCA" for "Partnership and Cooperation
    Agreement", a document, is no partner either."""
    return mention.short_name != mention.name or all(
        acts(a) for a in mention.aliases if len(a.split()) > 1
    )
