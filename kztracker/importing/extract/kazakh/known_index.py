"""The database's own names found in a Kazakh text, the last word in any case («Назарбаев
Университетімен»): extract.known_index finds them, with the Kazakh case endings taken off."""

from __future__ import annotations

from kztracker.importing.extract import known_index
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.kazakh.endings import nominative, strip_case
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


class KnownIndex:
    """The database's own names, each word of a sentence looked up once."""

    def __init__(self, known: list[KnownName]) -> None:
        self._index = known_index.KnownIndex(known, shortest=3, last_word=strip_case)

    def spans(self, sentence: Sentence) -> list[tuple[int, int, KnownName]]:
        """Where the known names stand in the sentence, the longest first at one place."""
        return [(s.start, s.end, s.record) for s in self._index.find(sentence.text, sentence.start)]

    def find(
        self, sentence: Sentence, index: int, found: list[OrganizationMention]
    ) -> list[OrganizationMention]:
        """The known organizations in the sentence; a name the rules found already is tied to
        its record instead."""
        result: list[OrganizationMention] = []
        for start, end, record in self.spans(sentence):
            overlapping = [m for m in found + result if m.start < end and start < m.end]
            for other in overlapping:  # the rules' own reading, now tied to the record
                other.same_as.extend(s for s in record.spellings() if s not in other.same_as)
            if overlapping:
                continue
            written = sentence.text[start - sentence.start : end - sentence.start]
            result.append(
                OrganizationMention(
                    nominative(written),
                    start,
                    end,
                    record.kind,
                    record.country,
                    sentence=index,
                    same_as=list(record.spellings()),
                )
            )
        return result
