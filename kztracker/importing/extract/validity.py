"""How long a signed document stays in force: "for five years", «сроком на 5 лет», «бес жылға».

A stage every language shares, run on the Draft its rules made: each memorandum's own
sentences are searched with the patterns of `<language>/data/validity.json`, and a term in
years counts from the signing day (else the publication date the text gives). A memorandum
with neither date, or whose sentences say nothing of a term, keeps no end date: never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft, DraftMemorandum
from kztracker.importing.extract.language_files import fill_slots
from kztracker.importing.extract.languages import language_data

_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_LONGEST_TERM = 99  # years; anything longer is a misreading (a year, a count of people)


@dataclass(frozen=True)
class _Wording:
    patterns: tuple[re.Pattern[str], ...]
    numbers: dict[str, int]


@cache
def _wording(language: str) -> _Wording | None:
    data = language_data(language, "validity")
    if data is None:
        return None
    numbers = {word.casefold(): int(value) for word, value in data["numbers"].items()}
    words = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    number = rf"(?P<n>\d{{1,2}}|{words})"
    patterns = tuple(
        re.compile(fill_slots(pattern, number=number), re.IGNORECASE)
        for pattern in data["patterns"]
    )
    return _Wording(patterns, numbers)


def complete_validity(draft: Draft) -> None:
    """Give each memorandum of `draft` the end date its sentences state, where they state one."""
    wording = _wording(draft.document.language or "")
    if wording is None:
        return
    text = draft.document.text
    for memorandum in draft.memoranda:
        if memorandum.valid_until is None:
            memorandum.valid_until = _valid_until(memorandum, text, wording, draft)


def _valid_until(
    memorandum: DraftMemorandum, text: str, wording: _Wording, draft: Draft
) -> PartialDate | None:
    start = memorandum.signed_on or draft.document.published_on
    for span in memorandum.spans:
        sentence = _sentence_around(text, span.start, span.end)
        for pattern in wording.patterns:
            found = pattern.search(sentence)
            if found is None:
                continue
            until = _until(found, start, wording)
            if until is not None and (start is None or until >= start):
                return until
    return None


def _until(
    found: re.Match[str], start: PartialDate | None, wording: _Wording
) -> PartialDate | None:
    groups = found.groupdict()
    if groups.get("until"):
        return PartialDate(int(groups["until"]))
    years = _years(groups.get("n"), wording)
    if years is None or start is None:
        return None
    return _years_after(start, years)


def _years(said: str | None, wording: _Wording) -> int | None:
    if not said:
        return None
    years = int(said) if said.isdigit() else wording.numbers.get(said.casefold())
    return years if years and 0 < years <= _LONGEST_TERM else None


def _years_after(start: PartialDate, years: int) -> PartialDate:
    day = start.day
    if start.month == 2 and day == 29:  # a leap day's anniversary falls on 28 February
        day = 28
    return PartialDate(start.year + years, start.month, day)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end) and the one after it, where a term is often stated."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)]
    first = before[-1] if before else max(0, start - 600)
    ends = _SENTENCE_END.finditer(text, end, min(len(text), end + 1200))
    last = end
    for count, found in enumerate(ends, start=1):
        last = found.end()
        if count == 2:
            break
    else:
        last = min(len(text), end + 1200)
    return text[first:last]
