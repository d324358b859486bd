"""An index of the rows' search keys by word: a search reads a few posting lists, not every key.

A search term never holds whitespace (`search.search_terms` splits on it), so it is inside a
row's key exactly when it is inside one word of one of the key's lines (`str.split`, the same
whitespace). Many rows share lines (a memorandum's title, its partners, a person), so the index
keeps each distinct line once with its rows, and each distinct word of those lines once with its
lines; the words are joined in one array of code points. A term is looked for in the words (a
vectorized scan of a few megabytes, not of every key), then the lines and the rows of the words
holding it are read from their posting lists. The rows found are exactly those
`search.filter_in_any_script` finds (tests compare the two).

Built on a worker after the rows are shown; numpy loads with it, never with the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import chain, compress, count, repeat
from operator import contains, itemgetter
from typing import Any, TypeVar

import numpy as np

from kztracker.services.gc_hold import without_gc_pauses
from kztracker.services.search import (
    NO_FILTERS,
    SEPARATOR,
    Filters,
    new_terms,
    row_matches,
    search_terms,
    spellings,
)

R = TypeVar("R")
_ID = itemgetter(0)

# Between the words in the joined array: whitespace, which no term holds.
_GAP = "\n"
# Terms whose row masks are kept: typing on re-reads the words found for the previous term.
_KEPT = 16
# Up to this many candidate words, a longer term is checked word by word.
_FEW_WORDS = 4096


class _Postings:
    """The distinct strings among the parts of many owners, and each one's owners (CSR).

    `parts` yields every owner's parts, owner after owner, `per_owner` says how many each has;
    the parts are streamed, so only the distinct ones stay in memory."""

    def __init__(self, parts: Iterator[str], per_owner: Any) -> None:
        total = int(per_owner.sum())
        # Each string's number is where it first occurs (C loops only), made dense below.
        numbers: dict[str, int] = {}
        first = np.fromiter(map(numbers.setdefault, parts, count()), np.int32, total)
        self.distinct = list(numbers)
        dense = np.zeros(total, dtype=np.int32)
        dense[np.fromiter(numbers.values(), np.int32, len(numbers))] = np.arange(
            len(numbers), dtype=np.int32
        )
        of = dense[first]
        del first, dense, numbers
        self.owners = np.repeat(np.arange(len(per_owner), dtype=np.int32), per_owner)
        # Grouped by string; within a group in no particular order (a mask is made of them),
        # which lets numpy's quicksort do it, three times faster than a stable sort.
        self.owners = self.owners[np.argsort(of)]
        self.starts = np.zeros(len(self.distinct) + 1, dtype=np.int64)
        np.cumsum(np.bincount(of, minlength=len(self.distinct)), out=self.starts[1:])

    def owners_of(self, numbers: Any) -> Any:
        """The owners of the strings numbered `numbers` (unique, ascending), end to end."""
        starts = self.starts[numbers]
        lengths = self.starts[numbers + 1] - starts
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        return self.owners[offsets + np.arange(int(lengths.sum()))]


class SearchIndex:
    """Which of `keys` (each row's search key, in the rows' order) hold a search term."""

    def __init__(self, keys: Sequence[str], ids: Sequence[int]) -> None:
        """`ids` are the rows' ids, ascending, aligned with `keys`."""
        self.size = len(keys)
        self._ids = np.fromiter(ids, dtype=np.int64, count=self.size)
        with without_gc_pauses():
            # str.split(SEPARATOR) makes one part more than the key holds separators.
            per_key = np.fromiter(map(str.count, keys, repeat(SEPARATOR)), np.int64, self.size)
            lines = chain.from_iterable(map(str.split, keys, repeat(SEPARATOR)))
            self._lines = _Postings(lines, per_key + 1)
            # The lines are looked for through their words: only those are kept.
            distinct, self._lines.distinct = self._lines.distinct, []
            per_line = np.fromiter(map(len, map(str.split, distinct)), np.int64, len(distinct))
            self._line_count = len(distinct)
            self._words = _Postings(chain.from_iterable(map(str.split, distinct)), per_line)
            del distinct
        self.words = self._words.distinct
        self._text = np.frombuffer(_GAP.join(self.words).encode("utf-32-le"), dtype=np.uint32)
        lengths = np.fromiter(map(len, self.words), np.int64, count=len(self.words))
        self._word_starts = np.zeros(len(self.words), dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=self._word_starts[1:])
        self._found: dict[str, tuple[Any, Any]] = {}
        # The keys themselves, for what typing on reads in the rows a search found (`narrow`).
        self._keys = np.array(keys, dtype=object)

    # -- terms -------------------------------------------------------------------------------

    def _words_holding(self, term: str) -> Any:
        """The numbers of the words that hold `term`, ascending."""
        for shorter, (found, _mask) in reversed(self._found.items()):
            if shorter in term and len(found) <= _FEW_WORDS:
                # Typing on: the words holding the longer term are among these.
                held = map(contains, map(self.words.__getitem__, found.tolist()), repeat(term))
                return found[np.fromiter(held, dtype=bool, count=len(found))]
        codes = np.frombuffer(term.encode("utf-32-le"), dtype=np.uint32)
        text = self._text
        if len(codes) > len(text):
            return np.zeros(0, dtype=np.int64)
        at = np.flatnonzero(text[: len(text) - len(codes) + 1] == codes[0])
        for offset in range(1, len(codes)):
            at = at[text[at + offset] == codes[offset]]
        words = np.searchsorted(self._word_starts, at, side="right") - 1
        # Ascending already; a word holding the term twice counts once (np.unique would
        # import numpy.ma on the first keystroke).
        return words[np.concatenate(([True], words[1:] != words[:-1]))] if len(words) else words

    def _rows_holding(self, term: str) -> Any:
        """A mask of the rows whose keys hold `term`."""
        kept = self._found.get(term)
        if kept is not None:
            return kept[1]
        found = self._words_holding(term)
        lines = np.zeros(self._line_count, dtype=bool)
        lines[self._words.owners_of(found)] = True
        lines = np.flatnonzero(lines)
        mask = np.zeros(self.size, dtype=bool)
        mask[self._lines.owners_of(lines)] = True
        if len(self._found) >= _KEPT:
            self._found.pop(next(iter(self._found)))
        self._found[term] = (found, mask)
        return mask

    def mask(self, query: str) -> Any:
        """The rows matching `query` in any of its spellings: each holds every term of one."""
        matched = np.zeros(self.size, dtype=bool)
        for spelling in spellings(query):
            terms = search_terms(spelling)
            if not terms:
                return np.ones(self.size, dtype=bool)
            every = self._rows_holding(terms[0]).copy()
            for term in terms[1:]:
                every &= self._rows_holding(term)
            matched |= every
        return matched

    # -- rows --------------------------------------------------------------------------------

    def select(
        self,
        rows: list[R],
        order: Any,
        query: str,
        filters: Filters = NO_FILTERS,
    ) -> list[R]:
        """The rows matching `query` and `filters`, in their order. `rows` are the indexed rows
        in some order: `order` (from `positions`) says where each is in the index, or None when
        they are in the index's own order."""
        return self.select_at(rows, order, query, filters)[0]

    def select_at(
        self,
        rows: list[R],
        order: Any,
        query: str,
        filters: Filters = NO_FILTERS,
    ) -> tuple[list[R], Any]:
        """`select`, with where each row found is in the index (an array): what the rows' search
        keys, kept in the index's order apart from the rows, are read through."""
        mask = self.mask(query)
        if order is not None:
            mask = mask[order]
        found = np.flatnonzero(mask)
        if len(found) == len(rows):
            selected = list(rows)
        else:
            selected = list(map(rows.__getitem__, found.tolist()))
        at = found if order is None else np.asarray(order)[found]
        if filters.is_empty():
            return selected, at
        kept = [row_matches(row, (), filters) for row in selected]
        return list(compress(selected, kept)), at[np.array(kept, dtype=bool)]

    def keys_at(self, at: Any) -> list[str]:
        """The keys of the rows at `at` (where `select_at` found them)."""
        found: list[str] = self._keys[at].tolist()
        return found

    def narrow(
        self, rows: list[R], at: Any, previous: str, query: str
    ) -> tuple[list[R], Any] | None:
        """`search.narrow` for rows `select_at` found (`rows`, at `at`) for `previous`: those
        whose keys hold the words `query` adds, read in a pass in C a word, with where they
        are. None when either query has other spellings."""

        def holding(term: str, at: Any) -> Any:
            return np.fromiter(map(contains, self._keys[at], repeat(term)), bool, len(at))

        return self._narrowed(rows, at, previous, query, holding)

    def narrow_by_postings(
        self, rows: list[R], at: Any, previous: str, query: str
    ) -> tuple[list[R], Any] | None:
        """`narrow` through the posting lists of the words `query` adds instead of the rows'
        keys: for a long result, where a term's rows cost less than reading every key of it,
        and than `select_at` over every row. None when either query has other spellings."""
        return self._narrowed(
            rows, at, previous, query, lambda term, at: self._rows_holding(term)[at]
        )

    @staticmethod
    def _narrowed(
        rows: list[R], at: Any, previous: str, query: str, holding: Callable[[str, Any], Any]
    ) -> tuple[list[R], Any] | None:
        """`rows` (at `at`) kept where `holding(term, at)` holds for each word `query` adds
        to `previous`; None when either query has other spellings."""
        terms = new_terms(previous, query)
        if terms is None:
            return None
        for term in terms:
            held = holding(term, at)
            rows, at = list(compress(rows, held.tolist())), at[held]
        return rows, at

    @staticmethod
    def positions_of(order: list[int]) -> Any:
        """`positions` from rows' places in the index, as a list."""
        return np.fromiter(order, dtype=np.int64, count=len(order))

    def positions(self, rows: Sequence[Any]) -> Any:
        """Where each of `rows` (the indexed rows, in another order) is in the index, in the
        form `select` takes."""
        ids = np.fromiter(map(_ID, rows), dtype=np.int64, count=len(rows))
        return np.searchsorted(self._ids, ids)
