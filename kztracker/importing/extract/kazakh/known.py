"""The database's own names in a Kazakh text, the last word in any case («Назарбаев
Университетімен»): extract.known_index finds them, with the Kazakh case endings taken off."""

from __future__ import annotations

from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.kazakh.endings import nominative, strip_case
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.known_index import KnownIndex
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def kazakh_index(records: list[KnownName]) -> KnownIndex:
    return KnownIndex(records, shortest=3, last_word=strip_case)


def known_organizations(
    known: KnownIndex, sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """The known organizations in the sentence (`known`: kazakh_index of them); a name the
    rules found already is tied to its record instead."""
    result: list[OrganizationMention] = []
    for span in known.find(sentence.text, sentence.start):
        start, end, record = span.start, span.end, span.record
        overlapping = [m for m in found + result if m.start < end and start < m.end]
        for other in overlapping:  # the rules' own reading, now tied to the record
            other.same_as.extend(s for s in record.spellings() if s not in other.same_as)
        if overlapping:
            continue
        written = sentence.text[start - sentence.start : end - sentence.start]
        result.append(span.organization(nominative(written), index))
    return result


def known_people(
    sentences: list[Sentence], known: list[KnownName], found: list[PersonMention]
) -> list[PersonMention]:
    """People the database knows by a name of two words or more, the last in any case."""
    index = kazakh_index([k for k in known if len(k.name.split()) >= 2])
    taken = {(m.sentence, m.start) for m in found}
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in found:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    result: list[PersonMention] = []
    for number, sentence in enumerate(sentences):
        for span in index.find(sentence.text, sentence.start):
            start, end = span.start, span.end
            inside = any(m.start <= start < m.end for m in by_sentence.get(number, []))
            if (number, start) in taken or inside:
                continue
            taken.add((number, start))
            written = sentence.text[start - sentence.start : end - sentence.start]
            result.append(PersonMention(nominative(written), start, end, sentence=number))
    return result
