"""What a table model's search keeps beside its rows: their search keys, the index of those
keys, and the results of the last searches.

The keys are not in the rows (a milestone's is made apart, kztracker.services.search.
milestone_keys: making them was a sixth of the read of every row, issue 18). A worker makes
them after the paint, with the index (`set_keys`, `set_index`); a search typed before makes
them then, so it finds the same rows. Each result keeps its rows' keys, or where its rows are
among the model's rows, so that typing on reads the keys of the last result alone.

Here a search reads the posting lists of the index (numpy, on its worker), or, until it is in,
every key in C; while the user types on, each keystroke reads the previous result for the new
words alone (`search.narrow`).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple

from kztracker.services.search import (
    NO_FILTERS,
    Filters,
    find,
    narrow,
    row_keys,
    search_terms,
)

# How many recent search results are kept for when the user deletes characters.
_RECENT = 32
# A search that narrows a result this short reads its rows rather than the index. Reading
# a key for a term it does not hold costs about half a microsecond (the whole key is read),
# so 20,000 rows took 10 ms where the index takes one (issue 18).
_NARROW = 2_000
# A new one-letter word is read in the previous result up to this many rows: a common letter
# is found near a key's start, while the index would gather most of its rows' postings
# (250 ms for "joint workshop a" over 1,000,000 milestones, against 10 ms read).
_NARROW_LETTER = 200_000
# A result the index found, up to this fraction of every row, is narrowed through the posting
# lists of the new words where its rows are; a larger one is searched afresh, as reading where
# its rows are then costs more than the search (at 1,000,000 milestones, 83,334 rows narrowed
# in 9 ms against 13 ms afresh; 216,668 in 16 ms against 13).
_NARROW_BY_POSTINGS = 8
_ID = itemgetter(0)


class Result(NamedTuple):
    """Rows a search found, with their keys (aligned) or, failing those, where each row is
    among the model's rows in id order (an array from the index); None when neither is known."""

    rows: list[Any]
    keys: list[str] | None = None
    at: Any = None


class RowSearch:
    """The search of one model's rows: `reset` with every row in id order, `reorder` with
    them in the table's order, then `find` for each query."""

    def __init__(self) -> None:
        self._base: list[Any] = []  # every row, in id order
        self._keys: list[str] | None = None  # their search keys, once made
        self._all: list[Any] = []  # every row, in the table's order
        self._all_keys: list[str] | None = None
        # Where each row of `_all` is in `_base`, when `reorder` was told.
        self._order: list[int] | None = None
        # A SearchIndex of `_base` once a worker has built one (`set_index`), and where each
        # row of `_all` is in it (None while `_all` is `_base`, or not asked for yet).
        self._index: Any = None
        self._positions: Any = None
        # Results of the last searches under the current rows, filters and order.
        self._recent: dict[tuple[str, ...], Result] = {}
        self._shown = Result([])

    def reset(self, base: list[Any], keys: list[str] | None = None) -> None:
        """New rows (in id order), with their keys when they are known."""
        self._base, self._keys = base, keys
        self._index = None
        self.reorder(base)

    def reorder(self, every: list[Any], order: list[int] | None = None) -> None:
        """Every row in the table's order; `order`, when given, is where each is in the rows
        in id order. The results of earlier searches go."""
        self._all, self._order = every, order
        self._all_keys = self._positions = None
        self._recent.clear()
        self._shown = Result(every)

    def forget_results(self) -> None:
        """The filters changed: no earlier result holds."""
        self._recent.clear()

    def show(self, rows: list[Any]) -> None:
        """The model shows `rows` (a sort put what was found in another order)."""
        self._shown = Result(rows)

    # -- what a worker makes -------------------------------------------------------------------

    def keys(self, rows: list[Any]) -> list[str] | None:
        """The keys of `rows` if they are the rows (in id order) and have their keys."""
        return self._keys if rows is self._base else None

    def set_keys(self, rows: list[Any], keys: list[str]) -> None:
        """Keys made on a worker for `rows` (in id order), kept if they are still the rows."""
        if rows is self._base and self._keys is None:
            self._keys = keys

    def set_index(self, rows: list[Any], index: Any, ordered: Any, positions: Any) -> None:
        """A `SearchIndex` built on a worker for `rows`, used by every later search while
        they are still the rows; `positions` are `ordered`'s in it, if still the table's."""
        if rows is self._base:
            self._index = index
            self._positions = positions if ordered is self._all else None

    def has_index(self) -> bool:
        return self._index is not None

    def keys_after(self, rows: list[Any], old: list[Any], fresh: list[Any]) -> list[str] | None:
        """The keys of `rows` (in id order), which are `old` (the rows `reset` was given) with
        `fresh` rows put in: the old keys of the rows kept, new ones for the fresh. None when
        the old rows had no keys yet."""
        if self._keys is None or old is not self._base:
            return None
        by_id = dict(zip(map(_ID, old), self._keys, strict=True))
        by_id.update(zip(map(_ID, fresh), row_keys(fresh), strict=True))
        return list(map(by_id.__getitem__, map(_ID, rows)))

    # -- searching -----------------------------------------------------------------------------

    def find(
        self, query: str, filters: Filters = NO_FILTERS, previous: str | None = None
    ) -> list[Any]:
        """The rows the search and filters keep, in the table's order; `previous` is the query
        whose result is shown, when the new one narrows it (`search.refines`)."""
        terms = search_terms(query)
        if not terms and filters.is_empty():
            self._shown = Result(self._all, self._all_keys)
        elif terms in self._recent:
            # Deleting what was typed walks back through results already computed.
            self._shown = self._recent[terms]
        else:
            base = self._shown if previous is not None else Result(self._all, self._all_keys)
            self._shown = self._search(base, previous, query, filters)
            if len(self._recent) >= _RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[terms] = self._shown
        return self._shown.rows

    def _search(self, base: Result, previous: str | None, query: str, filters: Filters) -> Result:
        """The rows of `base` (every row in order, or what `previous` kept when the query
        narrows it) that the search and filters keep. A query typed in Cyrillic also finds
        names written in Latin, and back. Typing on narrows the last result (`_narrowed`);
        with an index, another search reads the posting lists of the words holding its terms
        instead of every row's key."""
        terms = search_terms(query)
        if previous is not None and terms:
            narrowed = self._narrowed(base, previous, query)
            if narrowed is not None:
                return narrowed
        if self._index is None or not terms:
            return Result(*find(base.rows, self._keys_of(base) if terms else None, query, filters))
        if self._positions is None and self._all is not self._base:
            if self._order is not None:
                self._positions = self._index.positions_of(self._order)
            else:
                self._positions = self._index.positions(self._all)
        found, at = self._index.select_at(self._all, self._positions, query, filters)
        return Result(found, None, at)

    def _narrowed(self, base: Result, previous: str, query: str) -> Result | None:
        """What `base`, the result of `previous`, keeps for the new words of `query`, the
        cheapest way there is: its rows' keys read, or the new words' posting lists read where
        its rows are; None when a search over every row costs less."""
        rows = base.rows
        # Up to _NARROW rows, reading a previous result beats the index, and so does a new
        # one-letter word up to _NARROW_LETTER rows; every row never does.
        short = rows is not self._all and (
            len(rows) <= _NARROW
            or (len(rows) <= _NARROW_LETTER and _adds_a_letter(previous, search_terms(query)))
        )
        if self._index is None or short:
            if base.keys is None and base.at is not None and self._index is not None:
                # Found by the index: its keys are read where the rows are (a gather in C).
                found = self._index.narrow(rows, base.at, previous, query)
                if found is not None:
                    return Result(found[0], None, found[1])
            else:
                narrowed = narrow(rows, self._keys_of(base), previous, query)
                if narrowed is not None:
                    return Result(*narrowed)
        if (
            base.at is not None
            and self._index is not None
            and len(rows) <= len(self._all) // _NARROW_BY_POSTINGS
        ):
            # A longer result the index found: the new words' posting lists, read where its
            # rows are, instead of a search over every row.
            found = self._index.narrow_by_postings(rows, base.at, previous, query)
            if found is not None:
                return Result(found[0], None, found[1])
        return None

    def _keys_of(self, result: Result) -> list[str]:
        """The keys of a result's rows, aligned with them: kept with it, read from the rows'
        keys through where it is, or made now (a search typed before the worker made them)."""
        if result.keys is not None:
            return result.keys
        if result.rows is self._all:
            self._all_keys = self._every_key_in_order()
            return self._all_keys
        if self._index is not None:
            at = result.at
            if at is None:
                at = self._index.positions(result.rows)  # rows a sort put in another order
            return self._index.keys_at(at)  # type: ignore[no-any-return]
        return row_keys(result.rows)

    def _every_key_in_order(self) -> list[str]:
        """The keys of every row, in the table's order."""
        if self._all is self._base:
            return self._base_keys()
        if self._order is not None:
            return list(map(self._base_keys().__getitem__, self._order))
        if self._index is not None:
            if self._positions is None:
                self._positions = self._index.positions(self._all)
            return self._index.keys_at(self._positions)  # type: ignore[no-any-return]
        return row_keys(self._all)

    def _base_keys(self) -> list[str]:
        if self._keys is None:
            self._keys = row_keys(self._base)
        return self._keys


def _adds_a_letter(previous: str, terms: tuple[str, ...]) -> bool:
    """The query starts a new word of one letter after `previous`."""
    return any(len(term) == 1 for term in set(terms).difference(search_terms(previous)))
