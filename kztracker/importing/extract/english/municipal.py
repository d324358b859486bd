"""Local governments: a city's or region's akimat or administration, and a region that acts.

"Almaty city akimat", "the Akimat of Karaganda region", "the Tashkent city administration",
"Kurgan oblast government" name a local government; "North Kazakhstan region signed ..." makes
the region a partner, while "a plant in the Pavlodar region" only says where something is.
"""

from __future__ import annotations

import re

from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.lexicon import (
    COUNTRIES,
    DIRECTIONS,
    NOT_NAMES,
    PLACE_PREPOSITIONS,
    REGION_NOUNS,
)
from kztracker.importing.extract.english.places import country_of, is_place
from kztracker.importing.extract.english.text import Sentence
from kztracker.importing.extract.language_files import fill_slots, language_file
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "ministries")

_PLACE = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
_REGION = "|".join(sorted(REGION_NOUNS))
# One alternative each: "Almaty city akimat"; "the Akimat of Karaganda region"; "the
# Governor's office of the Turkestan region" (the akimat, as English pages call it); "Kurgan
# oblast government"; "Pavlodar region".
_MUNICIPAL = re.compile(
    fill_slots("|".join(_DATA["municipal_bodies"]), place=_PLACE, region=_REGION)
)
# "the agreement between Almaty region and X", "signed between A region and B region": the
# region is a side of the document, not where something lies.
_SIDES_BETWEEN = re.compile(
    fill_slots(
        _DATA["municipal_sides_between"],
        nouns=W.alternatives("nouns"),
        verbs=W.alternatives("signing_verbs"),
    ),
    re.IGNORECASE,
)
_AND = _DATA["field_joiner"]


def municipal(
    sentence: Sentence, index: int, found: list[OrganizationMention]
) -> list[OrganizationMention]:
    """`found` with the sentence's local governments added; one that only lacked the region
    noun ("Akimat of Karaganda" of "Akimat of Karaganda region") is given it."""
    result = list(found)
    for match in _MUNICIPAL.finditer(sentence.text):
        place = (
            match.group("place")
            or match.group("of")
            or match.group("office")
            or match.group("government")
            or match.group("region")
        )
        if match.group("region"):
            words = sentence.text[: match.start()].split()
            while words and (
                words[-1].casefold() in DIRECTIONS
                or re.sub(r"['’]s?$", "", words[-1].casefold()) in COUNTRIES
                and re.search(r"['’]s?$", words[-1])
            ):  # "in the southern Turkestan region", "in Kazakhstan's Mangystau region": the
                words.pop()  # preposition before it
            if _SIDES_BETWEEN.search(sentence.text[: match.start()]):
                words = []  # "the agreement between Almaty region and X": a side
            if words and (
                words[-1].casefold().strip(',“"(') in PLACE_PREPOSITIONS
                or words[-1].casefold() == _AND
                and any(w.casefold() in PLACE_PREPOSITIONS for w in words[-4:-1])
            ):
                continue  # "a plant in the Pavlodar region": where, not who
            place = place.rsplit(" ", 1)[0]
            if place.split()[0].casefold() in NOT_NAMES:
                continue  # "The region also signed": the one told of before
        elif (
            not is_place(place.split())
            and not match.group("of")
            and not match.group("office")
            and not match.group("government")
        ):
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        overlapping = [m for m in result if m.start < end and start < m.end]
        if overlapping:
            shorter = overlapping[0]
            if len(overlapping) == 1 and shorter.start == start and shorter.end < end:
                shorter.name, shorter.end = match.group(), end  # the region noun it lacked
            continue
        result.append(
            OrganizationMention(
                match.group(),
                start,
                end,
                "government",
                country_of(place) or "Kazakhstan",
                sentence=index,
            )
        )
    return result
