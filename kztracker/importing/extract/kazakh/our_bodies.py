"""Relate, agreements: «Университетіміз» (our university) as a document's side.

A body's own page calls it «our university» («Университетіміз X университетімен меморандумға
қол қойды»); the side meant is the first body of that type the text names elsewhere (its
headline, its first sentence), not a partner the signing sentence names.
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.kazakh.organizations import type_of, type_words
from kztracker.importing.extract.kazakh.segment import Sentence
from kztracker.importing.extract.mentions import OrganizationMention


def our_bodies(
    sentence: Sentence,
    index: int,
    organizations: list[OrganizationMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
) -> list[str]:
    """The text's own body for each «our <type>» word of the sentence, by its gathered name."""
    suffixes = sorted(data("organizations")["our_suffixes"], key=len, reverse=True)
    found: list[str] = []
    for token in sentence.tokens:
        word = strip_case(token.text).casefold()
        suffix = next((s for s in suffixes if word.endswith(s)), None)
        entry = type_words().get(word[: -len(suffix)]) if suffix else None
        if entry is None:
            continue
        home = next(
            (
                m
                for m in sorted(organizations, key=lambda m: m.start)
                if m.sentence != index and type_of(m.name.split()[-1]) == entry
            ),
            None,
        )
        if home is not None:
            found.append(names.get(core_key(home.name), home.name))
    return found
