"""Memoranda of one text told apart by their titles, in every language.

A title names one record: the database keeps memorandum titles unique, and the text's
milestones point to their memorandum by its title. A page may still tell of several documents
its language's rules title alike (one university's cooperation agreement with each of six
foreign universities, all "Cooperation agreement"); applied as drafted, the second would be
refused as a name taken. Each such title is told apart by the parties its document does not
share with the others, else by its signing date, else by a number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kztracker.importing.draft import Draft, DraftMemorandum
from kztracker.normalize import name_key


def tell_titles_apart(draft: Draft) -> None:
    """Give memoranda of `draft` that share a title each a title of its own; a milestone tied
    to the shared title stays with the first of them, as it resolved before."""
    alike: dict[str, list[DraftMemorandum]] = defaultdict(list)
    for memo in draft.memoranda:
        alike[name_key(memo.title)].append(memo)
    taken = set(alike)
    for same in alike.values():
        if len(same) < 2:
            continue
        shared_title = same[0].title
        marks = _marks(same)
        for number, memo in enumerate(same, start=1):
            memo.title = title_apart(memo.title, [*marks[number - 1], str(number)], taken)
            taken.add(name_key(memo.title))
        for milestone in draft.milestones:
            if milestone.memorandum == shared_title:
                milestone.memorandum = same[0].title


def _marks(same: list[DraftMemorandum]) -> list[list[str]]:
    """What tells each of `same` apart, best first: the parties it does not share with the
    others, its signing date; only a mark no other of them has."""
    common = set.intersection(*(set(memo.parties) for memo in same))
    offered = [
        [", ".join(p for p in memo.parties if p not in common), str(memo.signed_on or "")]
        for memo in same
    ]
    return [
        [
            mark
            for mark in mine
            if mark and all(mark not in other for other in offered if other is not mine)
        ]
        for mine in offered
    ]


def title_apart(
    title: str, marks: list[str], taken: set[str], key: Callable[[str], str] = name_key
) -> str:
    """`title` with the first of `marks` that makes it a title `taken` does not hold (`key`
    folds a title as `taken` holds them); the match step uses it against stored titles too."""
    for mark in marks:
        apart = f"{title} ({mark})"
        if key(apart) not in taken:
            return apart
    return title
