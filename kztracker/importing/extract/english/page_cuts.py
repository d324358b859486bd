"""Names the end of a saved excerpt cuts off, the two ways it shows.

In the middle of a word ("... Dr Imran Qur" where the page goes on "Qureshi", "... the
Agreemen"): the cut word is no name, so the mention is no person or organization of its own;
what it began is named in full earlier on the page (`without_cut_names`, for the rules' mentions).

On a stub after "of" ("... the Ministry of Energy of the Rep"): the organization is named, but
the stub is no part of its name, so it is no side of an agreement (`cut_off`, for the sides).
"""

from __future__ import annotations

import re
from typing import TypeVar

from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_Mention = TypeVar("_Mention", PersonMention, OrganizationMention)
# A lone letter or a short word that is no acronym, after "of" (agreements.json "cut_stub").
_STUB = re.compile(language_file("english", "agreements")["cut_stub"])
# Nothing but whitespace (what str.strip() strips) from a position to the end of the text.
_BLANKS_TO_END = re.compile(r"\s*\Z")


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


def cut_off(text: str, mention: OrganizationMention) -> bool:
    """Whether `mention` is a name the text's end cuts off: nothing but blanks after it, no
    closing stop, and a stub for its last word. Such a stub names no organization."""
    # Only blanks to the end, looked at in place: stripping a copy of the rest of the text for
    # each mention cost length squared on a long text.
    ends_text = _BLANKS_TO_END.match(text, mention.end) is not None
    return ends_text and bool(_STUB.search(text[mention.start : mention.end]))
