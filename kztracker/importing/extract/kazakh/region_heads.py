"""«облыс әкімі», «өңір басшысы»: a region's head named without the region.

A Kazakh region acts through its akimat, and a story about one region calls its akim «облыс
әкімі» (the region's akim) once the region is named: the title implies the akimat of the
region named nearest before it («Түркістан облысы ... облыс әкімі Дархан Сатыбалды» →
«Түркістан облысының әкімдігі»), or of the one region the text names when it names it only
later. A region outside Kazakhstan has no akimat, and a text that names no region implies none.
"""

from __future__ import annotations

import re
from typing import Any

from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def region_akimats(
    people: list[PersonMention], organizations: list[OrganizationMention], text: str = ""
) -> list[OrganizationMention]:
    """The akimats bare region heads imply; each such person is given its akimat. `text` is
    the whole text, read for a region named after its head."""
    entry = data("people")["region_heads"]
    implied: list[OrganizationMention] = []
    for person in people:
        if person.organization or (person.title or "").casefold() not in entry["titles"]:
            continue
        suffix = entry["genitive"] + " " + entry["akimat"]
        # «Қарағанды облысы» or, named so, its akimat («Қарағанды облысының әкімдігі»)
        named = [
            m
            for m in organizations
            if m.name.removesuffix(suffix).endswith(" " + entry["region"])
            and m.name.removesuffix(suffix)[: -len(entry["region"])].strip()
            in entry["kazakh_regions"]
        ]
        before = sorted((m for m in named if m.end <= person.start), key=lambda m: m.end)
        regions = [m.name.removesuffix(suffix) for m in before]
        if not regions:
            # «Облыс әкімі ... . ... Ақтөбе облысына ...»: the one region the text names,
            # told only after its head
            later = _regions_named(text[person.end :], entry)
            # «Облыс әкімі ... бастаған ақтөбелік делегация»: the region told by its people
            later = later or _regions_named(text, entry, adjective=True)
            regions = later if len(later) == 1 else []
        if not regions:
            continue
        name = regions[-1] + suffix
        person.organization = name
        implied.append(
            OrganizationMention(
                name,
                person.start,
                person.end,
                "government",
                "KZ",
                derived=True,
                sentence=person.sentence,
            )
        )
    return implied


def _regions_named(text: str, entry: dict[str, Any], adjective: bool = False) -> list[str]:
    """The Kazakh regions `text` names («Ақтөбе облысына»), each once, in order; with
    `adjective`, those it names by the word for their people («ақтөбелік»), one-word names only."""
    regions = entry["kazakh_regions"]
    if adjective:
        one_word = [r for r in regions if " " not in r]
        pattern = "|".join(re.escape(r.casefold()) for r in one_word)
        endings = "|".join(entry["people_endings"])
        found = re.finditer(rf"(?<!\w)({pattern})(?:{endings})(?!\w)", text.casefold())
        by_folded = {r.casefold(): r for r in one_word}
        names = [by_folded[m.group(1)] for m in found]
    else:
        stem = entry["region"][:-1]  # «облыс», whatever case follows
        found = re.finditer(r"(?<!\w)(" + "|".join(map(re.escape, regions)) + rf") {stem}\w*", text)
        names = [m.group(1) for m in found]
    return list(dict.fromkeys(name + " " + entry["region"] for name in names))
