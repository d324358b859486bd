"""Relate, agreements: the items of a list a signed lead introduces.

«Келіссөздер қорытындысы бойынша мынадай құжаттарға қол қойылды:» and then, one a line,
«– X пен Y арасындағы ... меморандум;»: each item names a document and its sides but no verb;
the lead's «қол қойылды» signs them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.kazakh.segment import Sentence

_ITEM = re.compile(r"^\s*(?:[–—•*-]|\d{1,2}[.)])\s*")  # a dash, a bullet or a number opening it
_MAX_ITEMS = 12  # items a lead may hold


def signed_by_lead(
    sentences: list[Sentence], index: int, is_signed: Callable[[Sentence], bool]
) -> bool:
    """Whether sentence `index` is an item of a list whose lead, ending in a colon, tells of a
    signing."""
    if _ITEM.match(sentences[index].text) is None:
        return False
    for earlier in range(index - 1, max(index - _MAX_ITEMS, -1) - 1, -1):
        lead = sentences[earlier]
        if _ITEM.match(lead.text) is not None:
            continue
        return lead.text.rstrip().endswith(":") and is_signed(lead)
    return False
