"""A body a country has only one of ("Embassy of X", "Government of X"), implied by a title
("Ambassador of Kyrgyzstan to South Korea"), is the one the text already names with another
spelling of the country ("Embassy of the Kyrgyz Republic in the Republic of Korea"): one
organization, under the name the text writes, and the title's holder works there. The head
words are data (data/actors.json "one_per_country_heads")."""

from __future__ import annotations

import json
from pathlib import Path

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)

_DATA = json.loads((Path(__file__).parent / "data" / "actors.json").read_text("utf-8"))
_HEADS = frozenset(_DATA["one_per_country_heads"])


def _head(name: str) -> str:
    words = name.casefold().split()
    return words[0] if words else ""


def implied_twins(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    text: str,
) -> list[DraftOrganization]:
    """The organizations without an implied body that is a named one of the same country."""
    folded = text.casefold()
    written = [o for o in organizations if o.name.casefold() in folded]
    into: dict[str, str] = {}
    for organization in organizations:
        head = _head(organization.name)
        if head not in _HEADS or not organization.country or organization in written:
            continue
        twins = [o for o in written if _head(o.name) == head and o.country == organization.country]
        if len(twins) == 1:
            into[organization.name] = twins[0].name
    if not into:
        return organizations
    for person in people:
        if person.organization in into:
            person.organization = into[person.organization]
    for memorandum in memoranda:
        memorandum.parties = list(dict.fromkeys(into.get(p, p) for p in memorandum.parties))
    for milestone in milestones:
        milestone.organizations = list(
            dict.fromkeys(into.get(o, o) for o in milestone.organizations)
        )
    return [o for o in organizations if o.name not in into]
