"""The database's own names found in a text, in one pass over its words, for every language.

Every spelling of every known record (its name, its aliases, its short form) is indexed by its
first word, and each word of a sentence is looked up once: finding them costs about the same
with thirty partners or five thousand (a regular expression per spelling, compiled for each
sentence, took seconds per announcement at a few thousand).

Words are runs of letters and digits joined by hyphens ("Al-Farabi" is one word, so a name never
matches the start of "Astana-based"), and each other sign on its own; spaces do not count. A
spelling of six letters or fewer matches in its own case only ("NU" is not "nu", «КазНУ» is not
«казну»), a longer one in any case. A language whose names decline gives `last_word`, the
nominative of a word, so that «Назарбаев Университетімен» is found as «Назарбаев Университеті».
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.mentions import OrganizationMention
from kztracker.normalize import fold_lookalikes

_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_EXACT_UP_TO = 6  # letters: a spelling this short is matched in its own case


@dataclass(frozen=True)
class KnownSpan:
    """Where a known record's spelling stands in the text (offsets into the whole text);
    `rank` is the spelling's place in the order the records and their spellings were given."""

    start: int
    end: int
    record: KnownName
    spelling: str
    rank: int

    def organization(self, written: str, sentence: int) -> OrganizationMention:
        """The span as a mention of the known organization, named as the text writes it
        (`written`, in the form the language's rules give), in sentence number `sentence`."""
        record = self.record
        return OrganizationMention(
            written,
            self.start,
            self.end,
            record.kind,
            record.country,
            sentence=sentence,
            same_as=list(record.spellings()),
        )


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]  # as written when exact, else case-folded
    exact: bool
    record: KnownName
    spelling: str
    rank: int


class KnownIndex:
    """The spellings of `records`, by their first word.

    `shortest` leaves out spellings shorter than that many characters (they match too much),
    `min_words` those of fewer words (a person is found by a full name, not a surname alone);
    `accept(spelling)` may leave out more (a language's rules may only look for names in its
    own script); `last_word(word)` is the nominative of an inflected word, or the word.
    """

    def __init__(
        self,
        records: Iterable[KnownName],
        *,
        shortest: int = 2,
        min_words: int = 1,
        accept: Callable[[str], object] | None = None,
        last_word: Callable[[str], str] | None = None,
    ) -> None:
        self._last_word = last_word
        self._by_first: dict[str, list[_Entry]] = {}
        rank = 0
        for record in records:
            for spelling in record.spellings():
                rank += 1
                if len(spelling) < shortest or len(spelling.split()) < min_words:
                    continue
                if accept is not None and not accept(spelling):
                    continue
                words = tuple(_WORD.findall(fold_lookalikes(spelling)))
                if not words:
                    continue
                exact = sum(len(w) for w in words) <= _EXACT_UP_TO
                compared = words if exact else tuple(w.casefold() for w in words)
                entry = _Entry(compared, exact, record, spelling, rank)
                self._by_first.setdefault(words[0].casefold(), []).append(entry)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str, offset: int = 0) -> list[KnownSpan]:
        """Every known spelling in `text` (a sentence starting at `offset` in the whole text),
        by where it starts, then in the order the spellings were given; matches may overlap."""
        if not self._by_first:
            return []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        folded = [word.casefold() for _, _, word in words]
        found: list[KnownSpan] = []
        for i, (start, _, word) in enumerate(words):
            entries = self._by_first.get(folded[i], [])
            if self._last_word is not None:
                nominative = self._last_word(word).casefold()
                if nominative != folded[i]:
                    entries = entries + self._by_first.get(nominative, [])
            for entry in entries:
                end = self._end(entry, words, folded, i)
                if end is not None:
                    found.append(
                        KnownSpan(
                            offset + start, offset + end, entry.record, entry.spelling, entry.rank
                        )
                    )
        found.sort(key=lambda span: (span.start, span.rank))
        return found

    def _end(
        self,
        entry: _Entry,
        words: list[tuple[int, int, str]],
        folded: list[str],
        i: int,
    ) -> int | None:
        """Where `entry` ends when it starts at word `i`, or None."""
        last = len(entry.words) - 1
        if i + last >= len(words):
            return None
        for k, expected in enumerate(entry.words):
            word = words[i + k][2] if entry.exact else folded[i + k]
            if word == expected:
                continue
            if k < last or self._last_word is None:
                return None
            nominative = self._last_word(words[i + k][2])
            if (nominative if entry.exact else nominative.casefold()) != expected:
                return None
        return words[i + last][1]


def first_of_each(spans: list[KnownSpan]) -> list[KnownSpan]:
    """The spans read left to right, each the longest at its place, none overlapping another."""
    chosen: list[KnownSpan] = []
    for span in sorted(spans, key=lambda span: (span.start, span.start - span.end, span.rank)):
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    return chosen
