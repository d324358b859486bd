"""Kazakh extraction, the stages in order: segment → mentions → normalize → resolve → relate →
date. Each stage is its own module; this one only passes their values along."""

from __future__ import annotations

import re

from kztracker.importing.draft import Document, Draft, DraftOrganization
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.kazakh.acting_places import (
    delegations_sent,
    places_acting,
    without_bare_places,
)
from kztracker.importing.extract.kazakh.agreements import is_signed, memoranda_in
from kztracker.importing.extract.kazakh.dates import find_dates, publication_date, stamp_end
from kztracker.importing.extract.kazakh.endings import is_ending, nominative, strip_case
from kztracker.importing.extract.kazakh.gather import gather_organizations, gather_people
from kztracker.importing.extract.kazakh.initials import Acronyms
from kztracker.importing.extract.kazakh.known import kazakh_index, known_organizations, known_people
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.marked_names import (
    acronyms,
    between_names,
    latin_names,
    place_bodies,
    quoted_names,
    short_forms,
)
from kztracker.importing.extract.kazakh.milestones import milestones_in
from kztracker.importing.extract.kazakh.organizations import (
    plural_names,
    typed_names,
)
from kztracker.importing.extract.kazakh.people import people_in
from kztracker.importing.extract.kazakh.region_heads import region_akimats
from kztracker.importing.extract.kazakh.resolve import (
    actors,
    core_key,
    head_of,
    is_state,
    join_variants,
)
from kztracker.importing.extract.kazakh.segment import Article, Sentence, segment
from kztracker.importing.extract.kazakh.shared_heads import listed_names
from kztracker.importing.extract.kazakh.title_signers import titled_signers
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.normalize import fold_lookalikes, name_key

_LATIN_WORD = re.compile(r"[^\s]*[A-Za-z][^\s]*")
# «Ltd- мен», «ЮНЕСКО- ның»: a case ending typed apart from its hyphen
_DETACHED = re.compile(r"(?<=\w)- (\w{2,5})(?!\w)")
_ADDRESS = re.compile(r"https?://[\x21-\x7e]+")


class KazakhRules:
    code = "kk"
    name = "Kazakh"

    def field_form(self, phrase: str) -> str:
        return phrase  # a field comes before its trailing word in the nominative

    def extract(self, document: Document, known: KnownNames) -> Draft:
        # «Cыртқы» with a Latin C; word by word, as a line's last word is not the next's first.
        # Only a word with a Latin letter can mix scripts: the rest are left as they are.
        text = _LATIN_WORD.sub(lambda word: _folded(word.group()), document.text)
        text = attach_endings(text)
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
        org_mentions = join_variants(actors(text, without_bare_places(text, org_mentions)))
        organizations, names = gather_organizations(org_mentions, core_key)
        people = gather_people(person_mentions, names, core_key)
        memoranda = memoranda_in(
            article.sentences,
            org_mentions,
            person_mentions,
            dates,
            names,
            core_key,
            _one_of_each_type(organizations),
        )
        parties = {core_key(p) for memo in memoranda for p in memo.parties}
        # a region acting through its titled head («облыс әкімі») is an actor, party or not
        acting = {core_key(m.name) for m in org_mentions if m.derived}
        acting |= {core_key(name) for name in delegations_sent(text, org_mentions)}
        states = {core_key(m.name) for m in org_mentions if is_state(m)} - acting
        organizations = [
            o
            for o in organizations
            if core_key(o.name) not in states or core_key(o.name) in parties
        ]
        _nominative_names(organizations)
        milestones = milestones_in(
            article.sentences,
            org_mentions,
            dates,
            memoranda,
            names,
            core_key,
            document.published_on,
            person_mentions,
            # a place dateline («Астана, 2025 жылғы 12 ақпан.»), not a page's bare date stamp
            [s for s in article.stamps if text[s.start : s.end][:1].isalpha()],
        )
        return Draft(
            document=document,
            organizations=organizations,
            people=people,
            memoranda=memoranda,
            milestones=milestones,
        )


def _folded(word: str) -> str:
    """A word with a Latin letter in one script: each part of a hyphened word on its own
    («AG-мен» is a Latin name and a Kazakh ending), and a web address glued to the word after
    it («https://...Облыс») left as it is, not made to carry that word into Latin."""
    address = _ADDRESS.match(word)
    lead = address.group() if address else ""
    rest = word[len(lead) :]
    return lead + "-".join(fold_lookalikes(part) for part in rest.split("-"))


def attach_endings(text: str) -> str:
    """«Universal Energy Co., Ltd- мен»: an ending typed apart from its hyphen joins it again
    («Ltd-мен »), the space moved after it so every offset in the text stays where it was."""

    def joined(match: re.Match[str]) -> str:
        ending = match.group(1)
        return f"-{ending} " if is_ending(ending) else match.group()

    return _DETACHED.sub(joined, text)


def _mentions(
    article: Article, known: KnownNames
) -> tuple[list[OrganizationMention], list[PersonMention]]:
    """Every organization and person mention, sentence by sentence."""
    organizations: list[OrganizationMention] = []
    people: list[PersonMention] = []
    index_of_known = kazakh_index(known.organizations)
    acronyms = Acronyms()
    for index, sentence in enumerate(article.sentences):
        found = _organizations_in(sentence, index)
        short_forms(article.text, found)
        # «... қорымен (NRF)»: the acronym in brackets is the name's own short form.
        shorts = {(m.short_name, m.end) for m in found if m.short_name}
        found = [
            m
            for m in found
            if not any(m.name == short and end < m.start <= end + 14 for short, end in shorts)
        ]
        found += known_organizations(index_of_known, sentence, index, found)
        acronyms.add(found)
        found += acronyms.find(sentence, index, found)
        in_sentence, implied = people_in(sentence, index, found)
        _names_off(sentence, found, in_sentence)
        if is_signed(sentence):  # «облысының әкімі мен Мәскеу мэрі ... қол қойды»
            implied += titled_signers(sentence, index, found + implied, len(in_sentence))
        organizations += found + implied
        people += in_sentence
    people += known_people(article.sentences, known.people, people)
    organizations += region_akimats(people, organizations, article.text)
    organizations += _bodies_named_again(people, organizations)
    _as_named(organizations, people)
    places_acting(organizations, people, article.text)
    return organizations, people


def _names_off(
    sentence: Sentence, found: list[OrganizationMention], people: list[PersonMention]
) -> None:
    """«профессор Ли Мин Хо Инновация академиясында»: a person's last names that a body's
    name took in front of its own are the person's, not the body's."""
    for mention in found:
        for person in people:
            if not person.start < mention.start < person.end < mention.end:
                continue
            taken = sentence.text[mention.start - sentence.start : person.end - sentence.start]
            rest = sentence.text[person.end - sentence.start : mention.end - sentence.start]
            if mention.name.startswith(taken) and rest.strip():
                mention.name = mention.name[len(taken) :].strip()
                mention.start = person.end + len(rest) - len(rest.lstrip())


def _as_named(organizations: list[OrganizationMention], people: list[PersonMention]) -> None:
    """«Ош облысы губернаторының орынбасары» implies «Ош облысы үкіметі», the body the text
    names «Ош облысының әкімшілігі»: a body whose name varies by country (data:
    variable_bodies), implied by a title for a place the text names one government body of,
    takes that body's name."""

    def owner(name: str) -> str:
        return " ".join(strip_case(w).casefold() for w in name.split()[:-1])

    named: dict[str, set[str]] = {}
    for m in organizations:
        if not m.derived and m.kind == "government" and len(m.name.split()) > 1:
            named.setdefault(owner(m.name), set()).add(m.name)
    renamed: dict[str, str] = {}
    for m in organizations:
        variable = m.derived and m.name.split()[-1].casefold() in words("people", "variable_bodies")
        same = named.get(owner(m.name), set()) if variable else set()
        if len(same) == 1 and m.name not in same:
            renamed[m.name] = m.name = next(iter(same))
    for person in people:
        person.organization = renamed.get(person.organization or "", person.organization)


def _bodies_named_again(
    people: list[PersonMention], organizations: list[OrganizationMention]
) -> list[OrganizationMention]:
    """«Облыс әкімі Асхат Шахаров ... . Асхат Шахаров пен ... әкімі ... меморандумға қол
    қойды»: a person named again without the title acts for the body the title implied, so
    that body stands where the name stands (a side of what the sentence tells)."""
    derived = {m.name: m for m in organizations if m.derived}
    body = {
        p.name: derived[p.organization] for p in people if p.organization in derived and p.title
    }
    named = {(m.sentence, m.name) for m in organizations}
    out: list[OrganizationMention] = []
    for person in people:
        org = body.get(person.name)
        if person.organization or org is None or (person.sentence, org.name) in named:
            continue
        named.add((person.sentence, org.name))
        out.append(
            OrganizationMention(
                org.name,
                person.start,
                person.end,
                kind=org.kind,
                country=org.country,
                sentence=person.sentence,
                derived=True,
            )
        )
    return out


def _organizations_in(sentence: Sentence, index: int) -> list[OrganizationMention]:
    found: list[OrganizationMention] = []
    finders = (
        quoted_names,
        plural_names,
        listed_names,
        typed_names,
        latin_names,
        acronyms,
        between_names,
        place_bodies,
    )
    for finder in finders:
        for mention in finder(sentence, index):
            overlapping = [m for m in found if m.start < mention.end and mention.start < m.end]
            if not overlapping:
                found.append(mention)
            elif all(mention.start <= m.start and m.end <= mention.end for m in overlapping):
                found = [m for m in found if m not in overlapping] + [mention]
    return sorted(found, key=lambda m: m.start)


def _one_of_each_type(organizations: list[DraftOrganization]) -> dict[str, str]:
    """Each type word («министрлік») to the text's one organization of that type, if one."""
    of_type: dict[str, list[str]] = {}
    for organization in organizations:
        head = head_of(organization.name)
        if head:
            of_type.setdefault(head, []).append(organization.name)
    the_one = {head: names[0] for head, names in of_type.items() if len(names) == 1}
    # «компания» for the one company, whatever its name ends in («Astana Motors» ЖШС).
    for word, kind in data("organizations")["referring_kinds"].items():
        of_kind = [o.name for o in organizations if o.kind == kind]
        if word not in of_type and len(of_kind) == 1:
            the_one[word] = of_kind[0]
    return the_one


def _nominative_names(organizations: list[DraftOrganization]) -> None:
    """Aliases that differ from the name only by the head's case are the same spelling."""
    for organization in organizations:
        key = name_key(organization.name)
        organization.aliases = [a for a in organization.aliases if name_key(nominative(a)) != key]
