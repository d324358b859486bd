"""A body a country has only one of ("Embassy of X", "Government of X") is one organization
however the text names it: implied by a title ("Ambassador of Kyrgyzstan to South Korea"),
written with another spelling of the country ("Embassy of the Kyrgyz Republic"), or in short
("the Kazakh Embassy" beside "the Embassy of Kazakhstan in Japan"). It keeps the longest name
the text writes; the other written names become its aliases, and the title's holder works there.
Two embassies of one country in different places ("... in Japan", "... in Korea") stay two.
The head words are data (data/actors.json "one_per_country_heads")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)

_DATA = json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))
_HEADS = frozenset(_DATA["one_per_country_heads"])
_POSTED = re.compile(r"\s(?:in|to)\s", re.IGNORECASE)  # "Embassy of X in Japan": one posting


def _head(organization: DraftOrganization) -> str:
    words = organization.name.casefold().split()
    head = words[0] if words else ""
    if head not in _HEADS and len(words) == 2 and words[1] in _HEADS:
        head = words[1]  # "Kazakh Embassy", "Kyrgyz Government"
    return head


def implied_twins(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    text: str,
) -> list[DraftOrganization]:
    """The organizations with each country's one body of a kind folded into one."""
    folded = text.casefold()
    groups: dict[tuple[str, str], list[DraftOrganization]] = {}
    for organization in organizations:
        head = _head(organization)
        if head in _HEADS and organization.country:
            groups.setdefault((head, organization.country), []).append(organization)
    into: dict[str, DraftOrganization] = {}
    for group in groups.values():
        written = [o for o in group if o.name.casefold() in folded]
        if len(group) < 2 or not written or sum(bool(_POSTED.search(o.name)) for o in group) > 1:
            continue
        keeper = max(written, key=lambda o: len(o.name))
        for other in group:
            if other is keeper:
                continue
            into[other.name] = keeper
            for spelling in (other.name, *other.aliases):
                if spelling.casefold() in folded and spelling not in keeper.aliases:
                    keeper.aliases.append(spelling)
    if not into:
        return organizations
    for person in people:
        if person.organization in into:
            person.organization = into[person.organization].name
    for memorandum in memoranda:
        memorandum.parties = list(
            dict.fromkeys(into[p].name if p in into else p for p in memorandum.parties)
        )
    for milestone in milestones:
        milestone.organizations = list(
            dict.fromkeys(into[o].name if o in into else o for o in milestone.organizations)
        )
    return [o for o in organizations if o.name not in into]
