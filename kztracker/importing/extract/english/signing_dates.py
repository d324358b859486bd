"""Which verb of a sentence tells the signing, and which of its dates is the signing date."""

from __future__ import annotations

import re

from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.dates import DateMention


def explicit_year(text: str) -> int | None:
    match = re.search(r"\b((?:19|20)\d\d)\b", text)
    return int(match.group(1)) if match else None


def signing_verb(text: str) -> re.Match[str] | None:
    """The first signing verb whose object is not something else ("signed the law ratifying
    the agreement" signs a law)."""
    return next(
        (m for m in W.SIGN.finditer(text) if not W.OTHER_OBJECT.match(text[m.end() :])), None
    )


def dated_signing(text: str, first: re.Match[str], dates: list[DateMention]) -> re.Match[str]:
    """The signing verb a date follows ("approved a document ..., signed on 19 April"), else
    `first`."""
    verbs = list(W.SIGN.finditer(text, first.start()))
    proper = [v for v in verbs if v.group().casefold() in W.WORDING["signing_proper"]]
    for verb in proper + verbs:  # "approved on 2 May the treaty, signed on 19 April"
        if any(0 <= d.start - verb.end() <= 4 for d in dates):
            return verb
    return first


def nearest(dates: list[DateMention], position: int) -> DateMention:
    return min(dates, key=lambda d: abs(d.start - position))
