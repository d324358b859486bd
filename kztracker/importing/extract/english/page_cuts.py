"""Names the end of a saved excerpt cut in the middle of a word ("... Dr Imran Qur" where
the page goes on "Qureshi"): the cut word is no name, so the mention is no person of its
own; the person it began is named in full earlier on the page."""

from __future__ import annotations

import re

from kztracker.importing.extract.mentions import PersonMention

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def without_cut_names(people: list[PersonMention], text: str) -> list[PersonMention]:
    """The mentions less one that ends the text on a word that a longer word of the text
    begins."""
    end = len(text.rstrip())
    cut = [p for p in people if p.end >= end]
    if not cut:
        return people
    words = {m.group() for m in _WORD.finditer(text)}
    dropped = set()
    for person in cut:
        last = person.name.split()[-1]
        if any(len(w) > len(last) and w.startswith(last) for w in words):
            dropped.add(id(person))
    return [p for p in people if id(p) not in dropped]
