"""The data files each language keeps beside its rules, `<language>/data/<name>.json` (word
lists, patterns, month names, case endings), parsed once per process for every module that
reads them. Callers treat what they get as read-only: it is shared."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from kztracker.resources import package_json


@cache
def language_file(language: str, name: str) -> dict[str, Any]:
    """`<language>/data/<name>.json` parsed; `language` names the rules' package ("english").
    Raises FileNotFoundError when the language keeps no such file."""
    return package_json(f"{__package__}.{language}", name)


_SLOT = re.compile(r"\{(\w+)\}")


def fill_slots(template: str, **parts: str) -> str:
    """A data pattern with each `{name}` slot replaced by `parts[name]`: the data keeps the
    wording's shape, the code says which word lists fill it ("{verbs} with" and the signing
    verbs). A slot with no part, and a quantifier such as `{0,3}`, stay as written."""
    return _SLOT.sub(lambda slot: parts.get(slot.group(1), slot.group()), template)


def one_of(words: Iterable[str], *, literal: bool = False, longest_first: bool = False) -> str:
    """The words as one regular-expression alternation (no group around it). `literal` escapes
    each word and lets its spaces match any run of whitespace; `longest_first` tries longer
    words first, so "memorandum of understanding" wins over "memorandum" where both match."""
    ordered = sorted(words, key=len, reverse=True) if longest_first else list(words)
    if literal:
        ordered = [re.escape(word).replace(r"\ ", r"\s+") for word in ordered]
    return "|".join(ordered)
