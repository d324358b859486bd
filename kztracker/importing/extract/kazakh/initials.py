"""Acronyms a text makes of the names it has given: «ВЭУ» after «Вена экономика
университеті» is that university, each word (and each part of a hyphenated one) giving a
letter."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.kazakh.lexicon import words
from kztracker.importing.extract.kazakh.resolve import is_state
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


class Acronyms:
    """«ВЭУ» after «Вена экономика университеті»: acronyms of the names the text has given."""

    def __init__(self) -> None:
        self.by_initials: dict[str, OrganizationMention] = {}

    def add(self, mentions: list[OrganizationMention]) -> None:
        for mention in mentions:
            letters = [
                part[:1].upper()
                for word in mention.name.split()
                if word.casefold() not in words("agreements", "conjunctions")
                for part in word.split("-")
            ]
            if len(letters) >= 2 and not mention.derived and not is_state(mention):
                self.by_initials.setdefault("".join(letters), mention)

    def find(
        self, sentence: Sentence, index: int, found: list[OrganizationMention]
    ) -> list[OrganizationMention]:
        result = []
        for token in sentence.tokens:
            bare = strip_case(token.text)
            if not (2 <= len(bare) <= 7 and bare.isupper()) or bare not in self.by_initials:
                continue
            target = self.by_initials[bare]
            same = [m for m in found if m.start <= token.start < m.end]
            for mention in same:  # an acronym read on its own: now tied to its name
                if mention.name.endswith(bare) and target.name not in mention.same_as:
                    mention.same_as.append(target.name)
            if same:
                continue
            result.append(
                OrganizationMention(
                    bare,
                    token.start,
                    token.start + len(bare),
                    target.kind,
                    target.country,
                    sentence=index,
                    same_as=[target.name],
                )
            )
        return result
