"""Names that are places visited, not partners (resolve stage): the sights a delegation toured
("toured cultural sites including the X Museum, the Y Institute and others") and a company's
name before a facility noun ("the X innovation laboratory", "the Y hall") name sites, not bodies
that act in the story. A name every written mention of which is such a site is dropped. Words
are data (actors.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))


def _alternatives(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _DATA[key])


# "toured the major cultural sites including": what follows in the sentence are sights.
_TOUR = re.compile(
    rf"\b(?:{_alternatives('tour_verbs')})\b[^.;]{{0,60}}?\b(?:{_alternatives('sight_nouns')})\b",
    re.IGNORECASE,
)
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
        site = bool(_FACILITY.match(text[mention.end : mention.end + 40])) or any(
            start <= mention.start < end for start, end in tours
        )
        only[mention.name] = only.get(mention.name, True) and site
    return {name for name, site in only.items() if site}
