"""Russian extraction: the stages in order, from the page's text to a Draft.

segment → mentions (natasha's NER) → normalize (pymorphy3, inside each stage that names things)
→ resolve (merge, drop outlets and venues) → relate (agreements, people, milestones) → dates
(the publication date first, every relative date against it).
"""

from __future__ import annotations

import re

from kztracker.importing.draft import Document, Draft, DraftOrganization, DraftPerson
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.importing.extract.russian import ner
from kztracker.importing.extract.russian.agreements import agreements_in
from kztracker.importing.extract.russian.bystanders import without_bystanders
from kztracker.importing.extract.russian.country_sides import country_sides
from kztracker.importing.extract.russian.dates import (
    has_place_dateline,
    publication_date,
    story_day,
)
from kztracker.importing.extract.russian.fields import field_form
from kztracker.importing.extract.russian.intergovernmental import intergovernmental_sides
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions, find_mentions
from kztracker.importing.extract.russian.milestones import milestones_in
from kztracker.importing.extract.russian.normalize import analyzer
from kztracker.importing.extract.russian.people import Person, people_in
from kztracker.importing.extract.russian.quotes import as_guillemets
from kztracker.importing.extract.russian.referenced import referenced_documents
from kztracker.importing.extract.russian.resolve import core_key, merge, organization_mentions
from kztracker.importing.extract.russian.resolve_people import (
    merged_people,
    person_mentions,
    without_surnames,
)
from kztracker.importing.extract.russian.segment import segment
from kztracker.normalize import fold_lookalikes, name_key

__all__ = ["RussianRules", "preload"]

# Only a word with a Latin letter can mix scripts; the others are left alone (1 MB stays fast).
_MIXED = re.compile(r"[^\sA-Za-z]*[A-Za-z]\S*")


# A line in capitals only («АКИМАТ ОБЛАСТИ И ... ПОДПИСАЛИ МЕМОРАНДУМ»): every word would look
# like a name or an acronym; read in sentence case, its names are found as in any sentence.
# (five words at least: a wire dateline «НУР-СУЛТАН. KAZINFORM» keeps its capitals)
_CAPITALS_LINE = re.compile(
    r"^(?=[^\n]*[А-ЯЁ]{4})(?=(?:[^\n]*? ){4})[^a-zа-яё\n]{20,}$", re.MULTILINE
)


def _sentence_case(line: re.Match[str]) -> str:
    """The line with only its first letter a capital, same length so offsets hold."""
    text = line.group()
    lowered = text[:1] + text[1:].lower()
    return lowered if len(lowered) == len(text) else text


def preload() -> None:
    """Load natasha's NER model and pymorphy3's dictionaries now, from a background thread, so
    the first Russian import does not wait for them (each loads once per process)."""
    ner.preload()
    analyzer()


class RussianRules:
    code = "ru"
    name = "Russian"

    def field_form(self, phrase: str) -> str:
        return field_form(phrase)

    def extract(self, document: Document, known: KnownNames) -> Draft:
        # Look-alike Latin letters inside Cyrillic words (and back) are folded letter for letter,
        # so every offset still points into the document's own text.
        text = _MIXED.sub(lambda word: fold_lookalikes(word.group()), document.text)
        text = _CAPITALS_LINE.sub(_sentence_case, text)
        text = as_guillemets(text)
        if document.published_on is None:
            document.published_on = publication_date(text)
        # relative words of the story («вчера») count from its dateline's day, else the stamp
        reference = story_day(text, document.published_on) or document.published_on
        sentences = find_mentions(segment(text).sentences)
        people = [
            person
            for i, mentions in enumerate(sentences)
            for person in people_in(mentions, sentences[:i])
        ]
        found = without_surnames(organization_mentions(sentences, people, known), people, text)
        found = without_bystanders(found, sentences, text)
        organizations, names = merge(found)
        drafted_people = merged_people(person_mentions(people), names, text)
        in_sentence = _organizations_by_sentence(sentences, found, names)
        dateline = has_place_dateline(text)
        agreements = agreements_in(
            sentences,
            in_sentence,
            _signatories(people, drafted_people),
            _sides(organizations, found, names),
            reference,
            dateline,
        )
        memoranda = [a.memorandum for a in agreements if not a.planned]
        states = country_sides(agreements, sentences, organizations)
        memoranda, signed_for = intergovernmental_sides(memoranda, organizations + states, text)
        states += signed_for
        referenced, governments = referenced_documents(memoranda, organizations + states)
        return Draft(
            document=document,
            organizations=organizations + states + governments,
            people=drafted_people,
            memoranda=memoranda + referenced,
            milestones=milestones_in(sentences, in_sentence, agreements, reference, dateline),
        )


def _organizations_by_sentence(
    sentences: list[SentenceMentions], found: list[OrganizationMention], names: dict[str, str]
) -> dict[int, list[tuple[Range, str]]]:
    """Each sentence's organizations as (token range, merged name), in the order of the text."""
    out: dict[int, list[tuple[Range, str]]] = {}
    for mention in found:
        if mention.sentence < 0:
            continue
        tokens = sentences[mention.sentence].tokens
        first = next((i for i, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
        last = next((i for i, t in enumerate(tokens) if t.end >= mention.end), first) + 1
        name = names.get(core_key(mention.name), mention.name)
        out.setdefault(mention.sentence, []).append(((first, max(first + 1, last)), name))
    for items in out.values():
        items.sort(key=lambda item: item[0])
    return out


def _sides(
    organizations: list[DraftOrganization],
    found: list[OrganizationMention],
    names: dict[str, str],
) -> list[str]:
    """The organizations the story is about: named most often first, the earliest on a tie."""
    counts: dict[str, int] = {}
    for mention in found:
        name = names.get(core_key(mention.name), mention.name)
        counts[name] = counts.get(name, 0) + (1 if mention.derived else 2)
    order = {o.name: i for i, o in enumerate(organizations)}
    ranked = sorted(counts, key=lambda n: (-counts[n], order.get(n, len(order))))
    return ranked[:2]


def _signatories(people: list[Person], drafted: list[DraftPerson]) -> dict[int, list[str]]:
    by_key: dict[str, str] = {}
    for draft in drafted:
        for spelling in (draft.name, *draft.aliases):
            by_key[name_key(spelling)] = draft.name
    out: dict[int, list[str]] = {}
    for person in people:
        name = by_key.get(name_key(person.name))
        if name:
            out.setdefault(person.mentions.index, []).append(name)
    return out
