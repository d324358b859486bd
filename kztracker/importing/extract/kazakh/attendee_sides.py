"""Relate, agreements: the officials told right after a signing that names no party.

«Елордада ... меморандумға қол қойылды. Шараға Мәдениет министрі X пен «Y қоры» президенті Z
қатысты»: two officials of two bodies at the signing just told are its sides (a head of state,
who stands for no body, is none).
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.importing.extract.kazakh.clauses import unique
from kztracker.importing.extract.kazakh.lexicon import agreement_stems
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import PersonMention

_AHEAD = 2  # sentences after the signing the officials may be told in


def attendee_sides(
    sentences: list[Sentence],
    index: int,
    people_at: dict[int, list[PersonMention]],
    names: dict[str, str],
    core_key: Callable[[str], str],
) -> list[str]:
    """The bodies of the two or more officials the first sentence after `index` that tells of
    attending («қатысты», «қатысып», «қатысуымен») names; [] when it names fewer."""
    for later in range(index + 1, min(index + 1 + _AHEAD, len(sentences))):
        if agreement_stems("attending_words").search(sentences[later].text) is None:
            continue
        bodies = unique(
            [
                names.get(core_key(p.organization), p.organization)
                for p in people_at.get(later, [])
                if p.organization
            ]
        )
        return bodies if len(bodies) >= 2 else []
    return []
