"""Names that are places visited, not partners (resolve stage): the sights a delegation toured
("toured cultural sites including the X Museum, the Y Institute and others") and a company's
name before a facility noun ("the X innovation laboratory", "the Y hall") or a name without a
type word after "at the" ("talks at the Palazzo Z") name sites, not bodies
that act in the story. A name every written mention of which is such a site is dropped. Words
are data (actors.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.lexicon import ORGANIZATION_NOUNS
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import language_file, one_of
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "actors")


# "toured the major cultural sites including": what follows in the sentence are sights.
_TOUR = re.compile(
    rf"\b(?:{one_of(_DATA['tour_verbs'], literal=True)})\b[^.;]{{0,60}}?"
    rf"\b(?:{one_of(_DATA['sight_nouns'], literal=True)})\b",
    re.IGNORECASE,
)
# "held talks at the Palazzo Lombardia": a name without a type word after "at the" is a place.
_AT_THE = re.compile(_DATA["site_before"])
# "at the X plant": the noun after it makes X an organization ("Ural Vagon Zauyty plant").
_NOUN_AFTER = re.compile(r"^\s+(?:" + "|".join(map(re.escape, ORGANIZATION_NOUNS)) + r")\b")
_FACILITY = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(map(re.escape, _DATA["facility_nouns"])) + r")\b"
)


def sites(mentions: list[OrganizationMention], sentences: list[Sentence], text: str) -> set[str]:
    """The names whose every written mention is a site visited or a named facility."""
    tours = [
        (match.end() + sentence.start, sentence.end)
        for sentence in sentences
        for match in _TOUR.finditer(sentence.text)
    ]
    only: dict[str, bool] = {}
    for mention in mentions:
        if mention.derived:
            continue
        site = (
            bool(_FACILITY.match(text[mention.end : mention.end + 40]))
            or any(start <= mention.start < end for start, end in tours)
            or (
                mention.kind is None
                and bool(_AT_THE.search(text[: mention.start][-12:]))
                and not _NOUN_AFTER.match(text[mention.end : mention.end + 30])
            )
        )
        only[mention.name] = only.get(mention.name, True) and site
    return {name for name, site in only.items() if site}
