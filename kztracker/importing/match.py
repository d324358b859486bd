"""Matching a draft against the database: ranked candidates, a recommendation, an action.

Every item gets candidates with a score in [0, 1] and a reason, the way beets and Picard rank
releases: exact names and aliases score 1, a short name or a name without its country
qualifier a little less, spelling variants their fuzzy similarity (scaled below the exact
forms). The recommendation (strong / medium / low / none) follows from the best score and its
margin over the next record; the thresholds are a parameter, never read from globals.

The names' folded keys live in name_index.py; repeated mentions inside one draft are folded
into one item (repeats.py) before and after the comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from kztracker.i18n import _
from kztracker.importing.draft import (
    Candidate,
    Draft,
    DraftFocusArea,
    DraftOrganization,
    DraftPerson,
    Match,
)
from kztracker.importing.match_agreements import dates_agree, match_memoranda, match_milestones
from kztracker.importing.match_decision import MatchThresholds, decide, finish
from kztracker.importing.match_scripts import transliteration_candidates, with_transliterations
from kztracker.importing.name_index import (
    COUNTRIES,
    COUNTRY_SUFFIX,
    HOME_COUNTRY,
    LINKING_WORDS,
    PART_LINKS,
    QUALIFIER_WORDS,
    Entry,
    NameIndex,
    focus_area_index,
    fold,
    fuzzy_scores,
    near_variant,
    organization_index,
    people_index,
    query_keys,
    rank_candidates,
)
from kztracker.importing.repeats import merge_linked, merge_organizations, merge_people

__all__ = ["MatchThresholds", "dates_agree", "match_draft"]


# -- per kind ----------------------------------------------------------------------------------


def _parent_candidate(item: DraftOrganization, index: NameIndex) -> Candidate | None:
    """The known organization this one belongs to: its country branch, a part, or as drafted."""
    if item.parent:
        for entry in index.exact.get(fold(item.parent), ()):
            return _parent(entry, _("parent organization"))
    key = fold(item.name)
    branch = COUNTRY_SUFFIX.match(key)
    if branch:
        for entry in index.exact.get(branch.group(1), ()):
            if item.country is None:
                item.country = branch.group(2).title() if len(branch.group(2)) > 3 else None
            return _parent(entry, _("parent organization (country)"))
    words = key.split()
    # "Nazarbayev University School of Medicine": the longest known leading part is the parent,
    # unless what follows only qualifies it ("... of the Academy"), which is _qualified's case.
    for length in range(len(words) - 1, 1, -1):
        if words[length] in LINKING_WORDS:
            continue
        for entry in index.exact.get(" ".join(words[:length]), ()):
            if entry.via in ("name", "alias"):
                return _parent(entry, _("parent organization"))
    # "School of Medicine at Nazarbayev University": a known trailing part after "at" or "of".
    for start in range(1, len(words) - 1):
        if words[start] in PART_LINKS:
            for entry in index.exact.get(" ".join(words[start + 1 :]), ()):
                if entry.via in ("name", "alias"):
                    return _parent(entry, _("parent organization"))
    return None


def _qualified(item: DraftOrganization, index: NameIndex) -> list[Candidate]:
    """A known name of three words or more followed by a qualifier: "X of the Academy"."""
    words = fold(item.name).split()
    for length in range(len(words) - 2, 2, -1):
        if words[length] in LINKING_WORDS:
            rest = [w for w in words[length + 1 :] if w not in QUALIFIER_WORDS]
            if " ".join(rest) in COUNTRIES and rest != [HOME_COUNTRY]:
                return []  # "Ministry of Health of Türkiye" is another country's ministry
            return [
                Candidate(e.record_id, e.name, 0.88, _("same name with a qualifier"))
                for e in index.exact.get(" ".join(words[:length]), ())
                if e.via in ("name", "alias")
            ]
    return []


def _match_organizations(
    items: list[DraftOrganization], index: NameIndex, thresholds: MatchThresholds
) -> None:
    queries = [query_keys(i.name, [i.short_name, *i.aliases]) for i in items]
    fuzzy = fuzzy_scores(index, queries, thresholds.low)
    for item, keys, scores in zip(items, queries, fuzzy, strict=True):
        ranked = rank_candidates(index.exact, keys, scores)
        linkable = [c for c in ranked if c.score >= thresholds.low]
        if not linkable:
            linkable = _qualified(item, index)
        match = Match(candidates=[c for c in linkable if c.score >= thresholds.low])
        decide(match, thresholds, match.candidates)
        parent = _parent_candidate(item, index)
        if parent is not None and all(c.record_id != parent.record_id for c in match.candidates):
            match.candidates.append(parent)
            if match.action == "create" and not item.parent:
                item.parent = parent.name
        item.match = match


def _simple_match(
    items: Sequence[DraftPerson | DraftFocusArea],
    index: NameIndex,
    thresholds: MatchThresholds,
) -> None:
    aliases = [i.aliases if isinstance(i, DraftPerson) else [] for i in items]
    queries = [query_keys(i.name, more) for i, more in zip(items, aliases, strict=True)]
    fuzzy = fuzzy_scores(index, queries, thresholds.low)
    # People's names cross scripts ("Саясат Нурбек", "Sayasat Nurbek"); focus areas do not.
    people = all(isinstance(i, DraftPerson) for i in items)
    across = (
        transliteration_candidates(
            index, [[i.name, *more] for i, more in zip(items, aliases, strict=True)], thresholds.low
        )
        if people
        else [{} for _ in items]
    )
    for item, keys, scores, found in zip(items, queries, fuzzy, across, strict=True):
        ranked = with_transliterations(rank_candidates(index.exact, keys, scores), found)
        match = Match(candidates=[c for c in ranked if c.score >= thresholds.low])
        decide(match, thresholds, match.candidates)
        item.match = match


def _near_known(items: Sequence[DraftFocusArea], index: NameIndex, score: float) -> None:
    """A focus area written as a near variant of a known one ("Green technologies", "Young
    Health Program", "Medical technologies") proposes that one (see `near_variant`)."""
    known = {e.record_id: e.name for entries in index.exact.values() for e in entries}
    for item in items:
        if any(c.score >= score for c in item.match.candidates):
            continue  # a name or a close spelling already links it
        held = {c.record_id: c for c in item.match.candidates}
        for record_id, name in known.items():
            reason = near_variant(item.name, name)
            if reason:
                held[record_id] = Candidate(record_id, name, score, reason)
        item.match.candidates = list(held.values())


def _parent(entry: Entry, reason: str) -> Candidate:
    return Candidate(entry.record_id, entry.name, 0.5, reason, parent=True)


def match_draft(session: Session, draft: Draft, thresholds: MatchThresholds | None = None) -> None:
    """Fill every item's `.match`; fold repeated mentions of one partner or person first."""
    thresholds = thresholds or MatchThresholds()
    draft.organizations = merge_organizations(draft.organizations)
    draft.people = merge_people(draft.people)
    organizations = organization_index(session)
    _match_organizations(draft.organizations, organizations, thresholds)
    draft.organizations = merge_linked(draft.organizations)
    _simple_match(draft.people, people_index(session), thresholds)
    draft.people = merge_linked(draft.people)
    areas = focus_area_index(session)
    _simple_match(draft.focus_areas, areas, thresholds)
    _near_known(draft.focus_areas, areas, thresholds.medium)
    for area in draft.focus_areas:
        finish(area.match, area.match.candidates, thresholds)
    if draft.memoranda:
        match_memoranda(session, draft, organizations, thresholds)
    if draft.milestones:
        match_milestones(session, draft, organizations, thresholds)
