"""The Kazakh data files, read once: word lists, suffix tables, month names and patterns."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def data(name: str) -> dict[str, Any]:
    """The parsed `data/<name>.json` beside this module."""
    text = resources.files(__package__).joinpath("data", f"{name}.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


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
