"""Searching and filtering browse rows: one rule for the window (and anything else that lists).

A row matches a query when its pre-folded search key holds every word of the query, folded the
same way, so case and look-alike letters (a Cyrillic "а" inside a Latin name) never matter; and
when it satisfies every filter set. `filter_rows` applies the rule fast enough per keystroke on
100,000 rows; `refines` says when a new query can start from the previous result.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, fields
from itertools import compress, repeat
from operator import attrgetter, contains
from typing import Any, TypeVar

from kztracker.normalize import name_key
from kztracker.schedule import OPEN_STATUSES
from kztracker.transliteration import has_cyrillic, latin_keys

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")

R = TypeVar("R")


def fold(text: str | None) -> str:
    """The search form of a text: case-folded, NFKC, look-alike letters folded as name_key does.

    Whitespace is left alone: queries are matched word by word, so no search term holds a
    space. name_key walks every character to fold look-alike letters; only a text holding both
    Latin and Cyrillic letters can need that, so the common texts take a cheaper path that gives
    the same letters.
    """
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    if _CYRILLIC.search(text) and _LATIN.search(text):
        return name_key(text)
    return unicodedata.normalize("NFKC", text).casefold()


# Between the parts of a search key (browse.milestone_rows writes it inline): a query is
# matched word by word, so no search term holds a newline and none can match across two fields.
SEPARATOR = "\n"


def search_key(*parts: str | None) -> str:
    """A row's search key: its texts folded, the empty ones left out."""
    return SEPARATOR.join(fold(part) for part in parts if part)


def in_latin(*names: str) -> str:
    """The names' Latin keys in every romanization (kztracker.transliteration), for the end of
    a partner's or person's search key: "akmaral" finds «Ақмарал», and a query typed in
    Cyrillic, searched through its own Latin keys, finds "Akmaral". Made once per load."""
    keys = {key for name in names for key in latin_keys(name)}
    return SEPARATOR.join(sorted(keys))


# Status filter values that are not stored statuses: any open milestone, and the open ones
# past their due date (kztracker.schedule's rule, computed when the rows were read).
OPEN = "open"
OVERDUE = "overdue"


@dataclass(frozen=True)
class Filters:
    """The filter bar's values; None means "any". Dates are ISO days ("2026-01-31").

    A filter applies to the rows that carry its facet: `responsible_id` to milestones and
    memoranda, `memorandum_id` to milestones, and so on. `status` is a stored status, OPEN
    or OVERDUE.
    """

    status: str | None = None
    memorandum_id: int | None = None
    organization_id: int | None = None
    focus_area_id: int | None = None
    responsible_id: int | None = None
    due_from: str | None = None
    due_to: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


NO_FILTERS = Filters()


def search_terms(query: str) -> tuple[str, ...]:
    """The folded words of a query; a row matches when its key holds every one of them."""
    return tuple(fold(query).split())


def _status_matches(row: Any, wanted: str) -> bool:
    status = getattr(row, "status", None)
    if wanted == OPEN:
        return status in OPEN_STATUSES
    if wanted == OVERDUE:
        return bool(getattr(row, "overdue", False))
    return bool(status == wanted)


def row_matches(row: Any, terms: Sequence[str], filters: Filters = NO_FILTERS) -> bool:
    """The rule for one row: every search word in its key and every filter satisfied.

    A partial due date matches a date range when the period it can mean overlaps the range
    ("2026" overlaps March 2026); a row without a due date never matches a range.
    """
    key = row.search
    if any(term not in key for term in terms):
        return False
    f = filters
    if f.status is not None and not _status_matches(row, f.status):
        return False
    if f.memorandum_id is not None and getattr(row, "memorandum_id", None) != f.memorandum_id:
        return False
    if f.organization_id is not None and f.organization_id not in getattr(
        row, "organization_ids", ()
    ):
        return False
    if f.focus_area_id is not None:
        own = getattr(row, "focus_area_id", None)
        if own != f.focus_area_id and f.focus_area_id not in getattr(row, "focus_area_ids", ()):
            return False
    if f.responsible_id is not None and getattr(row, "responsible_id", None) != f.responsible_id:
        return False
    if f.due_from is not None or f.due_to is not None:
        first, last = getattr(row, "due_first", None), getattr(row, "due_last", None)
        if first is None or last is None:
            return False
        if f.due_from is not None and last < f.due_from:
            return False
        if f.due_to is not None and first > f.due_to:
            return False
    return True


def filter_rows(rows: Sequence[R], query: str, filters: Filters = NO_FILTERS) -> list[R]:
    """The rows that `row_matches`, in their order; fast enough per keystroke on 100k rows.

    Search words narrow the list one comprehension at a time (a substring test in C per row);
    the per-row rule only runs on what is left when filters are set.
    """
    terms = search_terms(query)
    # Longest words first: they are the most selective and shrink the list soonest.
    selected: list[Any] = list(rows)
    for term in sorted(terms, key=len, reverse=True):
        selected = [row for row in selected if term in row.search]  # type: ignore[attr-defined]
    if filters.is_empty():
        return selected
    return [row for row in selected if row_matches(row, (), filters)]


def refines(previous: str, query: str) -> bool:
    """True when every row matching `query` also matches `previous` (the user typed on).

    Then the previous result can be filtered instead of every row: each old word must be part
    of some new word.
    """
    new_terms = search_terms(query)
    return all(any(old in new for new in new_terms) for old in search_terms(previous))


def spellings(query: str) -> list[str]:
    """The query, and for one typed in Cyrillic its Latin spellings too: a row found by any of
    them matches ("Нұрбек" finds "Sayasat Nurbek"). A Latin query needs no second pass: the
    Cyrillic names' Latin keys are in the rows' search keys."""
    return [query, *sorted(latin_keys(query))] if has_cyrillic(query) else [query]


def filter_in_any_script(rows: Sequence[R], query: str, filters: Filters = NO_FILTERS) -> list[R]:
    """`filter_rows` over every one of the query's `spellings`: the rows any finds, in order."""
    first, *others = spellings(query)
    found = filter_rows(rows, first, filters)
    if not others:
        return found
    kept = {id(row) for row in found}
    for spelling in others:
        kept.update(id(row) for row in filter_rows(rows, spelling, filters))
    return [row for row in rows if id(row) in kept]


_SEARCH_KEY = attrgetter("search")


def narrow(rows: Sequence[R], previous: str, query: str) -> list[R] | None:
    """`filter_in_any_script(rows, query, filters)` when `rows` are what `previous` found under
    the same filters and `query` `refines` it: only the words `previous` did not have are
    looked for, each in one pass in C. None when either query has other spellings (then its
    result is a union, and the previous words need checking again)."""
    if len(spellings(previous)) > 1 or len(spellings(query)) > 1:
        return None
    known = set(search_terms(previous))
    selected = list(rows)
    for term in sorted(set(search_terms(query)) - known, key=len, reverse=True):
        held = map(contains, map(_SEARCH_KEY, selected), repeat(term))
        selected = list(compress(selected, held))
    return selected
