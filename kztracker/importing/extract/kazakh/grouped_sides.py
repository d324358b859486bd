"""Documents in the plural whose sides the sentence lists in groups: «A, B және C, сонымен қатар
басқарма, D және E арасында меморандумдарға қол қойылды» is two documents, A with B and C, and
the office (A again, named by its type word) with D and E."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.extract.kazakh.clauses import Clause, unique
from kztracker.importing.extract.kazakh.document_details import document_title
from kztracker.importing.extract.kazakh.documents import Document
from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.kazakh.lexicon import words
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


def grouped_sides(
    sentence: Sentence,
    mentions: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
) -> list[list[str]]:
    """The sides of each group before «арасында», when a group word («сонымен қатар»,
    «сондай-ақ») parts two or more groups of two or more bodies; [] otherwise. A bare type word
    in a later group («басқарма») is the body of that type an earlier group named."""
    between = next(
        (t.start for t in sentence.tokens if t.lower in words("agreements", "between")), None
    )
    if between is None:
        return []
    offset = sentence.start
    head = sentence.text[: between - offset]
    separators = sorted(words("agreements", "group_words"), key=len, reverse=True)
    pattern = "|".join(re.escape(w) for w in separators)
    cuts = [offset + m.start() for m in re.finditer(rf"[,;]\s*(?:{pattern})(?!\w)", head, re.I)]
    if not cuts:
        return []
    bounds = [offset, *cuts, between]
    groups: list[list[str]] = []
    typed: dict[str, str] = {}  # a type word to the body of that type named so far
    for start, end in zip(bounds, bounds[1:], strict=False):
        own = [m for m in mentions if start <= m.start and m.end <= end]
        sides = [names.get(core_key(m.name), m.name) for m in own]
        for m, side in zip(own, sides, strict=True):
            entry = type_of(m.name.split()[-1])
            if entry is not None:
                typed.setdefault(entry.bare, side)
        for token in sentence.tokens:
            if not start <= token.start < end or token.capitalized:
                continue
            if any(m.start <= token.start < m.end for m in own):
                continue
            entry = type_of(token.text)
            if entry is not None and strip_case(token.text).casefold() == entry.bare:
                if entry.bare in typed:
                    sides.insert(0, typed[entry.bare])
        groups.append(unique(sides))
    if len(groups) < 2 or any(len(g) < 2 for g in groups):
        return []
    return groups


def grouped_documents(
    sentence: Sentence,
    index: int,
    mentions: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    shared: tuple[int, Document],
    day: PartialDate | None,
) -> list[Clause]:
    """One clause, a document of its own, per group `grouped_sides` finds."""
    at, document = shared
    return [
        Clause(
            index,
            group,
            [],
            day,
            document_title(sentence, at, document, group),
            document.kind,
            [sentence.span()],
            separate=True,
        )
        for group in grouped_sides(sentence, mentions, names, core_key)
    ]
