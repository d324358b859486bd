"""The database's own names found in a Kazakh text: an index of each known organization's
spellings by their first word, matched against the text's tokens, the last word in any case."""

from __future__ import annotations

from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.kazakh.endings import nominative, strip_case
from kztracker.importing.extract.kazakh.segment import Sentence, Token, tokenize
from kztracker.importing.extract.mentions import OrganizationMention


class KnownIndex:
    """The database's own names by their first word, so each token is looked up once."""

    def __init__(self, known: list[KnownName]) -> None:
        self.by_first: dict[str, list[tuple[list[str], KnownName]]] = {}
        for record in known:
            for spelling in record.spellings():
                parts = [t.text for t in tokenize(spelling)]
                if len(spelling) >= 3 and parts:
                    self.by_first.setdefault(parts[0].casefold(), []).append((parts, record))

    def spans(self, sentence: Sentence) -> list[tuple[int, int, KnownName]]:
        """Where the known names stand in the sentence, the last word in any case
        («Назарбаев Университетімен»)."""
        tokens = sentence.tokens
        result = []
        for i, token in enumerate(tokens):
            entries = self.by_first.get(token.lower, []) + self.by_first.get(
                strip_case(token.text).casefold(), []
            )
            for parts, record in entries:
                end = _matches(tokens, i, parts)
                if end is not None:
                    result.append((token.start, end, record))
        return result

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


def _matches(tokens: list[Token], i: int, parts: list[str]) -> int | None:
    """Where the spelling `parts` ends when it starts at token `i`, or None."""
    if i + len(parts) > len(tokens):
        return None
    exact = sum(len(p) for p in parts) <= 6  # «NU» is not «nu»
    for k, part in enumerate(parts):
        token = tokens[i + k].text
        if k == len(parts) - 1 and token != part:
            token = strip_case(token)
        if (token != part) if exact else (token.casefold() != part.casefold()):
            return None
    return tokens[i + len(parts) - 1].end
