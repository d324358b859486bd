"""«облыс әкімі», «өңір басшысы»: a region's head named without the region.

A Kazakh region acts through its akimat, and a story about one region calls its akim «облыс
әкімі» (the region's akim) once the region is named: the title implies the akimat of the
region named nearest before it («Түркістан облысы ... облыс әкімі Дархан Сатыбалды» →
«Түркістан облысының әкімдігі»). A region outside Kazakhstan has no akimat, and a text that
names no region implies none.
"""

from __future__ import annotations

from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention


def region_akimats(
    people: list[PersonMention], organizations: list[OrganizationMention]
) -> list[OrganizationMention]:
    """The akimats bare region heads imply; each such person is given its akimat."""
    entry = data("people")["region_heads"]
    implied: list[OrganizationMention] = []
    for person in people:
        if person.organization or (person.title or "").casefold() not in entry["titles"]:
            continue
        suffix = entry["genitive"] + " " + entry["akimat"]
        # «Қарағанды облысы» or, named so, its akimat («Қарағанды облысының әкімдігі»)
        regions = [
            m
            for m in organizations
            if m.end <= person.start
            and m.name.removesuffix(suffix).endswith(" " + entry["region"])
            and m.name.removesuffix(suffix)[: -len(entry["region"])].strip()
            in entry["kazakh_regions"]
        ]
        if not regions:
            continue
        region = max(regions, key=lambda m: m.end)
        name = region.name.removesuffix(suffix) + suffix
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
