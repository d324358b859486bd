"""The Kazakh data files, read once: word lists, suffix tables, month names and patterns."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kztracker.importing.extract.language_files import language_file


def data(name: str) -> dict[str, Any]:
    """The parsed `data/<name>.json` beside this module."""
    return language_file("kazakh", name)


@cache
def words(name: str, *keys: str) -> frozenset[str]:
    """The word lists `keys` of a data file as one set, case-folded for lookups."""
    return frozenset(word.casefold() for key in keys for word in data(name)[key])


@cache
def agreement_stems(key: str) -> re.Pattern[str]:
    """Word stems of a list of data/agreements.json, each from a word's start («жасал», not
    «машина жасау»)."""
    stems = "|".join(re.escape(s) for s in data("agreements")[key])
    return re.compile(rf"(?<![\w-])(?:{stems})", re.IGNORECASE)
