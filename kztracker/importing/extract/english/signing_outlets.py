"""A news agency that itself signs ("the X News Agency and the Y Agency signed a memorandum",
"Director General of the X News Agency A and President of the Y News Agency B have signed")
is a partner like any other, though its name alone says outlet: kept where a sentence names it
with a signing word and not as the one that reports that sentence ("..., X reports"). The
signing words are data (data/actors.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.actors import is_outlet
from kztracker.importing.extract.english.reporters import reports_at
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "actors")
_SIGNING = re.compile(r"\b(?:" + "|".join(_DATA["signing_words"]) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def signing_outlet(mention: OrganizationMention, text: str) -> bool:
    """Whether an outlet's mention stands in a signing sentence as a side, not as its reporter."""
    if not is_outlet(mention.name) or reports_at(text, mention.start, mention.end):
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, mention.end)
    sentence = text[start : after.start() if after else len(text)]
    return bool(_SIGNING.search(sentence))
