"""Kazakh written in the Latin alphabet, told apart so that a refusal says what the text is.

The rules read Kazakh in Cyrillic, the script nearly every announcement still uses; the
language model, trained on Cyrillic Kazakh, takes a Latin-script Kazakh page for Turkish or
Uzbek. The words that give it away are data (kazakh/data/latin_script.json).
"""

from __future__ import annotations

import re
from functools import cache

from kztracker.importing.extract.languages import language_data

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _signature() -> tuple[frozenset[str], int]:
    data = language_data("kk", "latin_script") or {"words": [], "min_words": 1}
    return frozenset(data["words"]), int(data["min_words"])


def written_in_latin_kazakh(text: str) -> bool:
    """Whether `text` reads as Kazakh written in Latin letters."""
    words, enough = _signature()
    if not words:
        return False
    found = 0
    for word in _WORD.finditer(text.casefold()):
        found += word.group() in words
        if found >= enough:
            return True
    return False
