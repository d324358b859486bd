"""Names the end of a saved excerpt cut in the middle of a word ("... Dr Imran Qur" where
the page goes on "Qureshi", "... the Agreemen"): the cut word is no name, so the mention is
no person or organization of its own; what it began is named in full earlier on the page."""

from __future__ import annotations

import re
from typing import TypeVar

from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_Mention = TypeVar("_Mention", PersonMention, OrganizationMention)


def without_cut_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """The mentions less one that ends the text on a word that a longer word of the text
    begins."""
    end = len(text.rstrip())
    cut = [m for m in mentions if m.end >= end]
    if not cut:
        return mentions
    words = {m.group() for m in _WORD.finditer(text)}
    dropped = set()
    for mention in cut:
        last = mention.name.split()[-1]
        if any(len(w) > len(last) and w.startswith(last) for w in words):
            dropped.add(id(mention))
    return [m for m in mentions if id(m) not in dropped]
