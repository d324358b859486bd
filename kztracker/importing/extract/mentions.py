"""What rules find in the text before it is gathered into a Draft: one mention per occurrence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar


@dataclass
class OrganizationMention:
    name: str
    start: int
    end: int
    kind: str | None = None
    country: str | None = None
    parent: str | None = None
    short_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    sentence: int = -1
    derived: bool = False  # implied by a title ("Minister of Health" → the Ministry of Health)
    # Spellings of the same record that only join mentions: a known record's other names.
    same_as: list[str] = field(default_factory=list)


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    title: str | None = None
    organization: str | None = None
    sentence: int = -1


class Coverage:
    """Which character positions a set of [start, end) spans covers, answered by bisection, so
    checking every token of a long text against every mention stays linear-logarithmic."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, position: int) -> bool:
        """Whether some span holds `position` (start <= position < end)."""
        i = bisect_right(self._starts, position) - 1
        return i >= 0 and position < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with [start, end)."""
        i = bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self._ends[i] > start and start < end


_Mention = TypeVar("_Mention", OrganizationMention, PersonMention)


def by_sentence(mentions: Iterable[_Mention]) -> dict[int, list[_Mention]]:
    """Mentions grouped by the sentence they sit in, so rules that look at one sentence at a
    time do not scan the whole text's mentions for each."""
    grouped: dict[int, list[_Mention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.sentence, []).append(mention)
    return grouped
