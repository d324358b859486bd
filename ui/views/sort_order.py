"""How a record table orders its rows: one sort key per distinct cell value, made once and kept.

The keys are kztracker.sort_keys' natural keys of the text a cell shows (numbers by value,
Cyrillic by the alphabet), dates as ISO text, counts as numbers and statuses in their listed
order. A sort maps every row to its key through a dict and sorts row positions by those keys,
all inside C (`map`, `sorted`): no Python call per row, so 100,000 rows sort near the bare
`list.sort` floor. Keys of values not seen yet are made first, once; the loading worker makes
every column's keys, and each row's key per column (`ranks_of`), ahead of time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from kztracker.sort_keys import natural_key
from kztracker.vocabulary import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from ui.views.columns import Column

_STATUS_ORDER = {status: n for n, status in enumerate(MILESTONE_STATUSES + MEMORANDUM_STATUSES)}
_UNKNOWN_STATUS = 99
_ID = itemgetter(0)


def _empty(value: Any) -> bool:
    return value is None or value == ""


class ColumnKeys:
    """The sort keys of one column's cell values; safe to fill from a worker thread."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        self._make = make
        self._keys: dict[Any, Any] = {}

    def warm(self, values: Iterable[Any]) -> None:
        """Make the keys of values not seen yet."""
        keys, make = self._keys, self._make
        missing = set(values).difference(keys)
        # Empty cells are never compared (they go last), but they need an entry for `of`.
        keys.update((value, "" if _empty(value) else make(value)) for value in missing)

    def of(self, values: list[Any]) -> list[Any]:
        try:
            return list(map(self._keys.__getitem__, values))
        except KeyError:  # values not seen yet: their keys made once, then looked up
            self.warm(values)
            return list(map(self._keys.__getitem__, values))


def column_keys(column: Column, formatter: Callable[[Any], str]) -> ColumnKeys:
    if column.show in ("date", "count"):
        return ColumnKeys(lambda value: value)
    if column.show == "status":
        return ColumnKeys(lambda value: _STATUS_ORDER.get(value, _UNKNOWN_STATUS))
    if column.show == "text":
        return ColumnKeys(natural_key)
    return ColumnKeys(lambda value: natural_key(formatter(value)))


def ranks_of(rows: list[Any], field: int, keys: ColumnKeys) -> list[Any]:
    """The sort key of each row's cell at `field`, aligned with `rows` ("" for an empty cell)."""
    return keys.of(list(map(itemgetter(field), rows)))


def ordered(rows: list[Any], ranks: list[Any], reverse: bool, counts: bool) -> list[Any]:
    """`rows`, which must be in id order, by their `ranks` (`ranks_of`): filled cells by key in
    the chosen direction, empty ones (None or "", ranked "") last; ties always by id, ascending.
    The same order as kztracker.services.first_page, so a first page read from SQL is the
    table's true head. Counts are never empty (0 is a value)."""
    return list(map(rows.__getitem__, order_of(ranks, reverse, counts)))


def order_of(ranks: list[Any], reverse: bool, counts: bool) -> list[int]:
    """The positions of `ordered`'s rows among the rows it was given."""
    # A stable sort of positions already in id order leaves ties by id in either direction.
    empty = 0 if counts else ranks.count("")
    if not empty:
        return sorted(range(len(ranks)), key=ranks.__getitem__, reverse=reverse)
    try:
        # Text keys: "" is the least, so the empty cells sort first ascending (moved to the
        # end) and last descending, with no Python pass over the rows.
        order = sorted(range(len(ranks)), key=ranks.__getitem__, reverse=reverse)
    except TypeError:  # numbers beside "": the empty cells set aside first
        order = [n for n, rank in enumerate(ranks) if rank != ""]
        order.sort(key=ranks.__getitem__, reverse=reverse)
        return order + [n for n, rank in enumerate(ranks) if rank == ""]
    return order if reverse else order[empty:] + order[:empty]


def places_of(ranks: list[Any]) -> Any:
    """Each row's place among its column's distinct filled sort keys (`ranks_of`): 0 the least,
    equal keys the same place, -1 an empty cell; a numpy array, or None when the keys do not
    order among themselves (the column then sorts by its keys, as `order_of`). Made on a worker
    once per load or edit, so that a sort compares small integers in numpy, not keys in Python
    (100,000 titles: about 30 ms of key comparisons)."""
    import numpy as np  # loaded by the search index's worker by then, never at start

    filled = set(ranks)
    filled.discard("")
    try:
        place = {key: n for n, key in enumerate(sorted(filled))}
    except TypeError:
        return None
    place[""] = -1
    return np.fromiter(map(place.__getitem__, ranks), dtype=np.int32, count=len(ranks))


def order_by_places(places: Any, reverse: bool) -> list[int]:
    """`order_of` over a column's `places_of`: the same positions, filled cells in the chosen
    direction, empty ones last, ties by id ascending (a stable sort of positions in id order)."""
    import numpy as np

    empty = places < 0
    if reverse:
        key = np.where(empty, 1, -places)
    else:
        key = np.where(empty, np.iinfo(np.int32).max, places)
    order: list[int] = np.argsort(key, kind="stable").tolist()
    return order


def by_id(rows: Iterable[Any]) -> list[Any]:
    """Rows in id order: the order `ordered` starts from (almost free when they already are)."""
    return sorted(rows, key=_ID)
