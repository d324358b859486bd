"""Searching and filtering browse rows: one rule for the window (and anything else that lists).

A row matches a query when its pre-folded search key holds every word of the query, folded the
same way, so case and look-alike letters (a Cyrillic "а" inside a Latin name) never matter; and
when it satisfies every filter set. `filter_rows` applies the rule fast enough per keystroke on
100,000 rows; `refines` says when a new query can start from the previous result.

Most rows carry their key (`search`). A milestone's is made apart from its row (`row_keys`,
`milestone_keys`): making 100,000 keys took a sixth of the window's read of every row, so the
window makes them after the paint, with its search index (issue 18). The functions that search
take the keys beside the rows, aligned with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from itertools import compress, repeat
from operator import attrgetter, contains
from typing import Any, TypeVar

from kztracker.normalize import name_key
from kztracker.schedule import OPEN_STATUSES
from kztracker.services.browse_rows import MilestoneRow
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


# Between the parts of a search key (milestone_keys writes it inline): a query is matched
# word by word, so no search term holds a newline and none can match across two fields.
SEPARATOR = "\n"


def search_key(*parts: str | None) -> str:
    """A row's search key: its texts folded, the empty ones left out."""
    return SEPARATOR.join(fold(part) for part in parts if part)


_SEARCH_KEY = attrgetter("search")


def milestone_keys(rows: Iterable[MilestoneRow]) -> list[str]:
    """Each milestone's search key: its title, memorandum and partners, person and focus area,
    and notes, folded. What many milestones share (a memorandum with its partners, a person
    with a focus area) is folded once."""
    linked: dict[tuple[str | None, str], str] = {}
    named: dict[tuple[str | None, str | None], str] = {}
    keys: list[str] = []
    append = keys.append
    for row in rows:
        title, memorandum, partners, notes = row.title, row.memorandum, row.partners, row.notes
        links = linked.get((memorandum, partners))
        if links is None:
            links = linked[(memorandum, partners)] = search_key(memorandum, partners)
        person, area = row.responsible, row.focus_area
        names = named.get((person, area))
        if names is None:
            names = named[(person, area)] = search_key(person, area)
        folded = title.casefold() if title.isascii() else fold(title)
        if notes:
            append(f"{folded}\n{links}\n{names}\n{fold(notes)}")
        else:
            append(f"{folded}\n{links}\n{names}")
    return keys


def row_keys(rows: Sequence[Any]) -> list[str]:
    """The search keys of `rows` (all of one kind), aligned with them: those the rows carry,
    or for milestones, which carry none, made now (`milestone_keys`)."""
    if rows and isinstance(rows[0], MilestoneRow):
        return milestone_keys(rows)
    return list(map(_SEARCH_KEY, rows))


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


def row_matches(
    row: Any, terms: Sequence[str], filters: Filters = NO_FILTERS, key: str | None = None
) -> bool:
    """The rule for one row: every search word in its key (`key`, else the one it carries) and
    every filter satisfied.

    A partial due date matches a date range when the period it can mean overlaps the range
    ("2026" overlaps March 2026); a row without a due date never matches a range.
    """
    if terms:
        held = row_keys([row])[0] if key is None else key
        if any(term not in held for term in terms):
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


# Rows found, with their search keys (aligned) when the search read them, else None.
Found = tuple[list[R], list[str] | None]


def _holding(rows: list[R], keys: list[str], terms: Iterable[str]) -> Found[R]:
    """The rows whose keys hold every one of `terms`, with their keys: a pass in C a term."""
    for term in terms:
        held = list(map(contains, keys, repeat(term)))
        rows, keys = list(compress(rows, held)), list(compress(keys, held))
    return rows, keys


def matching(
    rows: Sequence[R], keys: Sequence[str] | None, query: str, filters: Filters = NO_FILTERS
) -> Found[R]:
    """The rows that `row_matches`, in their order, with their keys; `keys` are `rows`' keys
    (None serves a query without words). Fast enough per keystroke on 100,000 rows: search
    words narrow the list one pass at a time, the per-row rule runs only on what is left
    when filters are set."""
    # Longest words first: they are the most selective and shrink the list soonest.
    terms = sorted(search_terms(query), key=len, reverse=True)
    selected: list[R] = list(rows)
    found: list[str] | None = None
    if terms:
        if keys is None:
            raise ValueError("a query with words needs the rows' keys")
        selected, found = _holding(selected, list(keys), terms)
    if filters.is_empty():
        return selected, found
    kept = [row_matches(row, (), filters) for row in selected]
    return list(compress(selected, kept)), None if found is None else list(compress(found, kept))


def filter_rows(rows: Sequence[R], query: str, filters: Filters = NO_FILTERS) -> list[R]:
    """The rows that `row_matches`, in their order (`matching` over their `row_keys`)."""
    return matching(rows, row_keys(rows) if search_terms(query) else None, query, filters)[0]


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


def find(
    rows: Sequence[R], keys: Sequence[str] | None, query: str, filters: Filters = NO_FILTERS
) -> Found[R]:
    """`matching` over every one of the query's `spellings`: the rows any finds, in order,
    with their keys."""
    first, *others = spellings(query)
    found = matching(rows, keys, first, filters)
    if not others:
        return found
    kept = {id(row) for row in found[0]}
    for spelling in others:
        kept.update(id(row) for row in matching(rows, keys, spelling, filters)[0])
    held = [id(row) in kept for row in rows]
    return list(compress(rows, held)), None if keys is None else list(compress(keys, held))


def filter_in_any_script(rows: Sequence[R], query: str, filters: Filters = NO_FILTERS) -> list[R]:
    """`filter_rows` over every one of the query's `spellings`: the rows any finds, in order."""
    return find(rows, row_keys(rows) if search_terms(query) else None, query, filters)[0]


def new_terms(previous: str, query: str) -> list[str] | None:
    """The words of `query` that `previous` did not have, longest first, for narrowing what
    `previous` found (`narrow`); None when either query has other spellings (then its result
    is a union, and the previous words need checking again)."""
    if len(spellings(previous)) > 1 or len(spellings(query)) > 1:
        return None
    known = set(search_terms(previous))
    return sorted(set(search_terms(query)) - known, key=len, reverse=True)


def narrow(rows: Sequence[R], keys: Sequence[str], previous: str, query: str) -> Found[R] | None:
    """`find(rows, keys, query, filters)` when `rows` (with their `keys`) are what `previous`
    found under the same filters and `query` `refines` it: only the `new_terms` are looked
    for, each in one pass in C. None when either query has other spellings."""
    terms = new_terms(previous, query)
    return None if terms is None else _holding(list(rows), list(keys), terms)
