"""Agreements a sentence names only as background, not as news: "will supersede the transport
agreement the two states signed in 2001", "in accordance with the agreements earlier
reached", "previously signed memoranda", "the 2019 agreement" in a text of a later year. Such a
document is no memorandum of the text (the brief's background documents); the words are data
(agreements.json 'background_*')."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.extract.english.agreement_wording import (
    NOUN,
    WORDING,
    only_approved,
    pattern,
)

_EARLIER = "|".join(WORDING["background_earlier"])
_DONE = "|".join(WORDING["background_verbs"])
# "previously signed agreements", "earlier agreements", "will replace the agreement"
_BEFORE = re.compile(
    rf"\b(?:(?:{_EARLIER})(?:\s+(?:{_DONE}))?|{WORDING['background_replaced']})\s+(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)
# "the agreements earlier reached", "the agreement signed by A and B in 1994"
_AFTER = re.compile(pattern("background_after", earlier=_EARLIER, done=_DONE), re.IGNORECASE)
# "the 2019 agreement"
_YEAR_BEFORE = re.compile(WORDING["background_year"], re.IGNORECASE)


def told_documents(
    text: str, signs: re.Match[str] | None, reference: PartialDate | None
) -> list[re.Match[str]]:
    """The agreement nouns of a sentence that tell of a document of the text: none where the
    sentence only tells of an approval ("The Cabinet has approved an MoU"), and none named as
    background."""
    if only_approved(text, signs):
        return []
    return [m for m in NOUN.finditer(text) if not _background(text, m, reference)]


def _background(text: str, match: re.Match[str], reference: PartialDate | None) -> bool:
    if _BEFORE.search(text[: match.start()]):
        return True
    after = _AFTER.match(text[match.end("noun") :])
    if after:
        year = after.group("year")
        return year is None or (reference is not None and int(year) < reference.year)
    year_before = _YEAR_BEFORE.search(text[: match.start()])
    return bool(year_before and reference and int(year_before.group("year")) < reference.year)
