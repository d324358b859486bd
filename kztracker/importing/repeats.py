"""Repeated mentions inside one draft folded into one item before and after matching.

"Discovery Centre (DISC)" then "DISC", a person's surname alone after the full name, or two
spellings matched strongly to one record: the later mention joins the first, bringing its
spans (so provenance keeps every place) and its spelling (as an alias of the item).
"""

from __future__ import annotations

from typing import TypeVar

from kztracker.importing.draft import DraftOrganization, DraftPerson, Span
from kztracker.importing.name_index import fold, query_keys

_Named = TypeVar("_Named", DraftOrganization, DraftPerson)


def merge_organizations(items: list[DraftOrganization]) -> list[DraftOrganization]:
    """One item per partner: a later short form or repeat joins the earlier long form."""
    kept: list[DraftOrganization] = []
    owner: dict[str, DraftOrganization] = {}
    for item in items:
        keys = query_keys(item.name, [item.short_name, *item.aliases])
        target = next(
            (owner[k] for k in keys if k in owner and not _other_country(owner[k], item)), None
        )
        if target is None:
            kept.append(item)
            target = item
        else:
            _absorb(target, item.name, item.aliases, item.spans)
            target.kind = target.kind or item.kind
            target.country = target.country or item.country
            target.parent = target.parent or item.parent
            target.short_name = target.short_name or item.short_name
        for key in keys:
            owner.setdefault(key, target)
    return kept


def _other_country(a: DraftOrganization, b: DraftOrganization) -> bool:
    """ "Ministry of Energy of Kazakhstan" and "... of Russia" share a key without the country,
    but are two ministries."""
    return bool(a.country and b.country and a.country != b.country)


def merge_people(items: list[DraftPerson]) -> list[DraftPerson]:
    """One item per person: a repeat, or the surname alone after the full name, joins it."""
    kept: list[DraftPerson] = []
    for item in items:
        key = fold(item.name)
        target = next(
            (
                k
                for k in kept
                if fold(k.name) == key
                or key in (fold(a) for a in k.aliases)
                or (" " not in key and fold(k.name).split()[-1:] == [key])
            ),
            None,
        )
        if target is None:
            kept.append(item)
            continue
        _absorb(target, item.name, item.aliases, item.spans)
        target.title = target.title or item.title
        target.organization = target.organization or item.organization
    return kept


def merge_linked(items: list[_Named]) -> list[_Named]:
    """Two mentions matched to one record strongly are one item: the later joins the first."""
    kept: list[_Named] = []
    by_record: dict[int, _Named] = {}
    for item in items:
        record_id = item.match.record_id
        first = by_record.get(record_id) if record_id is not None else None
        if first is None or item.match.recommendation != "strong":
            kept.append(item)
            if record_id is not None and item.match.recommendation == "strong":
                by_record[record_id] = item
            continue
        _absorb(first, item.name, item.aliases, item.spans)
    return kept


def _absorb(
    target: DraftOrganization | DraftPerson, name: str, aliases: list[str], spans: list[Span]
) -> None:
    known = {fold(target.name), *(fold(a) for a in target.aliases)}
    for alias in [name, *aliases]:
        if fold(alias) not in known and (" " in fold(alias) or len(fold(alias)) > 1):
            target.aliases.append(alias)
            known.add(fold(alias))
    target.spans.extend(s for s in spans if s not in target.spans)
