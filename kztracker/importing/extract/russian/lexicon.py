"""The Russian word lists, month names and patterns, read once from the JSON files in data/.

Everything a rule knows about Russian wording lives in those files, so a new wording is a data
change; the code only reads them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from kztracker.importing.extract.language_files import language_file


def load(name: str) -> dict[str, Any]:
    """The parsed contents of data/<name>.json."""
    return language_file("russian", name)


def words(name: str, key: str) -> frozenset[str]:
    """A list from a data file as a set of case-folded words or phrases."""
    return _words(name, key)


@cache
def _words(name: str, key: str) -> frozenset[str]:
    return frozenset(str(item).casefold() for item in load(name)[key])


# The conjunctions and the preposition many rules step over, named once: «и» joins the items
# of a list, «а» after a comma opens a clause whose verb is left out, «в» stands inside names
# and titles («посол в стране X»).
AND_WORD: str = load("lexicon")["and_word"]
BUT_WORD: str = load("lexicon")["but_word"]
IN_WORD: str = load("lexicon")["in_word"]
