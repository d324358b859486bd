"""Kazakh extraction, the stages in order: segment → mentions → normalize → resolve → relate →
date. Each stage is its own module; this one only passes their values along."""

from __future__ import annotations

from kztracker.importing.draft import Document, Draft, DraftOrganization
from kztracker.importing.extract.gazetteer import KnownName, KnownNames
from kztracker.importing.extract.kazakh.agreements import memoranda_in
from kztracker.importing.extract.kazakh.dates import find_dates, publication_date, stamp_end
from kztracker.importing.extract.kazakh.endings import nominative
from kztracker.importing.extract.kazakh.milestones import milestones_in
from kztracker.importing.extract.kazakh.organizations import (
    acronyms,
    latin_names,
    quoted_names,
    typed_names,
)
from kztracker.importing.extract.kazakh.people import people_in
from kztracker.importing.extract.kazakh.resolve import (
    actors,
    core_key,
    is_state,
    join_variants,
    known_in,
)
from kztracker.importing.extract.kazakh.segment import Article, Sentence, segment
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.importing.extract.merge import merge_organizations, merge_people
from kztracker.normalize import fold_lookalikes, name_key


class KazakhRules:
    code = "kk"
    name = "Kazakh"

    def extract(self, document: Document, known: KnownNames) -> Draft:
        text = fold_lookalikes(document.text)  # «Cыртқы» with a Latin C
        article = segment(text, stamp_end)
        if document.title is None and article.headline:
            document.title = article.headline
        if document.published_on is None:
            document.published_on = publication_date(
                text, [(s.start, s.end) for s in article.stamps]
            )
        dates = [
            mention
            for sentence in article.sentences
            for mention in find_dates(sentence.text, sentence.start, document.published_on)
        ]

        org_mentions, person_mentions = _mentions(article, known)
        org_mentions = join_variants(actors(text, org_mentions))
        organizations, names = merge_organizations(org_mentions, core_key)
        people = merge_people(person_mentions, names, core_key, text)
        memoranda = memoranda_in(
            article.sentences, org_mentions, person_mentions, dates, names, core_key
        )
        parties = {core_key(p) for memo in memoranda for p in memo.parties}
        states = {core_key(m.name) for m in org_mentions if is_state(m)}
        organizations = [
            o for o in organizations
            if core_key(o.name) not in states or core_key(o.name) in parties
        ]
        _nominative_names(organizations)
        milestones = milestones_in(
            article.sentences, org_mentions, dates, memoranda, names, core_key
        )
        return Draft(
            document=document,
            organizations=organizations,
            people=people,
            memoranda=memoranda,
            milestones=milestones,
        )


def _mentions(
    article: Article, known: KnownNames
) -> tuple[list[OrganizationMention], list[PersonMention]]:
    """Every organization and person mention, sentence by sentence."""
    organizations: list[OrganizationMention] = []
    people: list[PersonMention] = []
    for index, sentence in enumerate(article.sentences):
        found = _organizations_in(sentence, index)
        found += known_in(sentence, index, known.organizations, found)
        in_sentence, implied = people_in(sentence, index, found)
        organizations += found + implied
        people += in_sentence
    people += _known_people(article.sentences, known.people, people)
    return organizations, people


def _organizations_in(sentence: Sentence, index: int) -> list[OrganizationMention]:
    found: list[OrganizationMention] = []
    for finder in (quoted_names, typed_names, latin_names, acronyms):
        for mention in finder(sentence, index):
            overlapping = [m for m in found if m.start < mention.end and mention.start < m.end]
            if not overlapping:
                found.append(mention)
            elif all(mention.start <= m.start and m.end <= mention.end for m in overlapping):
                found = [m for m in found if m not in overlapping] + [mention]
    return sorted(found, key=lambda m: m.start)


def _known_people(
    sentences: list[Sentence], known: list[KnownName], found: list[PersonMention]
) -> list[PersonMention]:
    """People the database knows, named in the text with the last name in any case."""
    result: list[PersonMention] = []
    for index, sentence in enumerate(sentences):
        folded = sentence.text.casefold()
        for record in known:
            for spelling in record.spellings():
                parts = spelling.split()
                if len(parts) < 2:
                    continue
                at = folded.find(spelling.casefold())
                if at < 0:
                    continue
                start = sentence.start + at
                if any(m.start <= start < m.end for m in found + result):
                    continue
                end = start + len(spelling)
                result.append(PersonMention(nominative(spelling), start, end, sentence=index))
    return result


def _nominative_names(organizations: list[DraftOrganization]) -> None:
    """Aliases that differ from the name only by the head's case are the same spelling."""
    for organization in organizations:
        key = name_key(organization.name)
        organization.aliases = [
            a for a in organization.aliases if name_key(nominative(a)) != key
        ]
