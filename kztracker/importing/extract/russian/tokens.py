"""Words of a sentence with their offsets, lemma and grammar: what the stage rules look at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from kztracker.importing.extract.russian.normalize import analyzer, lemma, parses

# Words (with inner hyphens, dots of initials and apostrophes), quotes, then any other mark.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w]+(?:[-'’][\w]+)*|[«»\"“”„]|\S")
_QUOTES = frozenset('«»"“”„')
_FUNCTION = frozenset({"CONJ", "PREP", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "COMP"})


@dataclass
class Token:
    text: str
    start: int  # offsets into the document
    end: int

    @cached_property
    def lemma(self) -> str:
        return lemma(self.text) if self.is_word else self.text

    @cached_property
    def participle_lemma(self) -> str:
        """«заведующая» → «заведующий»: a participle used as a noun, as a title list holds it."""
        for parse in self.parses[:2]:
            if parse.tag.POS in ("PRTF", "ADJF"):
                form = parse.inflect({"masc", "sing", "nomn"})
                if form is not None:
                    return str(form.word)
        return self.lemma

    @cached_property
    def parses(self) -> tuple[Any, ...]:
        return parses(self.text.casefold()) if self.is_word else ()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_quote(self) -> bool:
        return self.text in _QUOTES

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        """КазНУ, ИЯФ, KIDF: capitals after the first letter, or a Latin capitalized word."""
        word = self.text
        inner_capital = any(c.isupper() for part in word.split("-") for c in part[1:])
        return self.is_word and (inner_capital or word[:1].isupper() and word.isascii())

    def cases(self, *parts_of_speech: str) -> set[str]:
        """The cases the word can have as one of these parts of speech; none for a word that is
        first of all a conjunction, preposition or pronoun («и» is also the letter's name)."""
        if not self.parses or self.parses[0].tag.POS in _FUNCTION:
            return set()
        return {str(p.tag.case) for p in self.parses if p.tag.POS in parts_of_speech}

    def is_pos(self, *parts_of_speech: str) -> bool:
        return any(p.tag.POS in parts_of_speech for p in self.parses[:2])

    @cached_property
    def foreign_name(self) -> bool:
        """«Анькан», «Ланчжоу»: a capitalized word the dictionary does not know (it only
        guesses its grammar), as a foreign proper name is."""
        return (
            self.is_word
            and self.capitalized
            and not self.text.isascii()
            and not (analyzer().word_is_known(self.text.casefold()))
        )

    @property
    def is_verb(self) -> bool:
        return bool(self.parses) and self.parses[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]
