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

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.i18n import _, ngettext
from kztracker.importing.draft import (
    Candidate,
    Draft,
    DraftFocusArea,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Match,
    Recommendation,
)
from kztracker.importing.name_index import (
    COUNTRY_SUFFIX,
    Entry,
    NameIndex,
    content_stems,
    event_kinds,
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
from kztracker.models import Memorandum, MemorandumParty, Milestone, MilestoneOrganization


@dataclass(frozen=True)
class MatchThresholds:
    """Where a best score turns into a recommendation, and which ones propose a link."""

    strong: float = 0.93
    medium: float = 0.86
    low: float = 0.75  # below this a candidate is not worth showing
    margin: float = 0.03  # a best score this close to another record's is ambiguous
    link_from: tuple[Recommendation, ...] = ("strong", "medium")


def _decide(match: Match, thresholds: MatchThresholds, linkable: list[Candidate]) -> None:
    """The recommendation and the proposed action from the best linkable candidates."""
    if not linkable:
        match.recommendation, match.action, match.record_id = "none", "create", None
        return
    best = linkable[0]
    runner_up = next((c for c in linkable[1:] if c.record_id != best.record_id), None)
    levels: list[Recommendation] = ["strong", "medium", "low", "none"]
    if best.score >= thresholds.strong:
        level = 0
    elif best.score >= thresholds.medium:
        level = 1
    elif best.score >= thresholds.low:
        level = 2
    else:
        level = 3
    if runner_up is not None and best.score - runner_up.score < thresholds.margin and level < 2:
        level += 1  # two records are about as likely: let the user choose
    match.recommendation = levels[level]
    if match.recommendation in thresholds.link_from:
        match.action, match.record_id = "link", best.record_id
    else:
        match.action, match.record_id = "create", None


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
        if words[length] in _LINKING_WORDS:
            continue
        for entry in index.exact.get(" ".join(words[:length]), ()):
            if entry.via in ("name", "alias"):
                return _parent(entry, _("parent organization"))
    # "School of Medicine at Nazarbayev University": a known trailing part after "at" or "of".
    for start in range(1, len(words) - 1):
        if words[start] in ("at", "of"):
            for entry in index.exact.get(" ".join(words[start + 1 :]), ()):
                if entry.via in ("name", "alias"):
                    return _parent(entry, _("parent organization"))
    return None


_LINKING_WORDS = ("of", "at", "under", "in", "for")


def _qualified(item: DraftOrganization, index: NameIndex) -> list[Candidate]:
    """A known name of three words or more followed by a qualifier: "X of the Academy"."""
    words = fold(item.name).split()
    for length in range(len(words) - 2, 2, -1):
        if words[length] in _LINKING_WORDS:
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
        _decide(match, thresholds, match.candidates)
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
    queries = [query_keys(i.name, i.aliases if isinstance(i, DraftPerson) else ()) for i in items]
    fuzzy = fuzzy_scores(index, queries, thresholds.low)
    for item, keys, scores in zip(items, queries, fuzzy, strict=True):
        ranked = rank_candidates(index.exact, keys, scores)
        match = Match(candidates=[c for c in ranked if c.score >= thresholds.low])
        _decide(match, thresholds, match.candidates)
        item.match = match


def _told(wanted: set[str], said: set[str], least: int = 3) -> float:
    return len(wanted & said) / len(wanted) if len(wanted) >= least else 0.0


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


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool | None:
    """True when two partial dates can mean the same day, False when not, None if one is unknown."""
    if a is None or b is None:
        return None
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


def _with_date(score: float, agree: bool | None) -> float:
    if agree is True:
        return score + (1 - score) * 0.3
    if agree is False:
        return score * 0.6
    return score


def _processed(texts: Iterable[str]) -> list[str]:
    # Stored titles are many: rapidfuzz folds them in C (lower case, punctuation to spaces),
    # once for every comparison, close enough to `fold` for a similarity score; exact title
    # equality uses `fold`.
    return [utils.default_process(t) for t in texts]


def _title_scores(titles: list[str], known: list[str], subset_weight: float = 0.5) -> Any:
    """A (titles x known) matrix of title similarity in [0, 1]: word order and subsets count.

    `known` comes through `_processed`. A news sentence often holds a stored title's words
    and many more ("The ConnectED 2024 conference, held in Astana, marked..."), which the
    subset score rewards.
    """
    queries = _processed(fold(t) for t in titles)
    sort = process.cdist(queries, known, scorer=fuzz.token_sort_ratio, workers=1)
    subset = process.cdist(queries, known, scorer=fuzz.token_set_ratio, workers=1)
    return ((1 - subset_weight) * sort + subset_weight * subset) / 100


def _party_ids(draft: Draft, names: Iterable[str], index: NameIndex) -> set[int]:
    """Record ids of the parties as written: through the draft's own matches, else by name."""
    by_key: dict[str, int] = {}
    for org in draft.organizations:
        if org.match.action == "link" and org.match.record_id is not None:
            for key in query_keys(org.name, [org.short_name, *org.aliases]):
                by_key.setdefault(key, org.match.record_id)
    ids: set[int] = set()
    for name in names:
        key = fold(name)
        if key in by_key:
            ids.add(by_key[key])
        else:
            ids.update(e.record_id for e in index.exact.get(key, ()) if e.via != "qualifier")
    return ids


def _match_memoranda(
    session: Session, draft: Draft, index: NameIndex, thresholds: MatchThresholds
) -> None:
    rows = session.execute(select(Memorandum.id, Memorandum.title, Memorandum.signed_on)).all()
    if not rows:
        return
    parties: dict[int, set[int]] = defaultdict(set)
    for memo_id, org_id in session.execute(
        select(MemorandumParty.memorandum_id, MemorandumParty.organization_id)
    ):
        parties[memo_id].add(org_id)
    titles = _title_scores(
        [m.title for m in draft.memoranda], _processed(row.title for row in rows)
    )
    for item, title_row in zip(draft.memoranda, titles, strict=True):
        wanted = _party_ids(draft, item.parties, index)
        candidates: list[Candidate] = []
        for (memo_id, title, signed_on), title_score in zip(rows, title_row, strict=True):
            if fold(title) == fold(item.title):
                candidates.append(Candidate(memo_id, title, 1.0, _("same title")))
                continue
            known = parties[memo_id]
            shared = len(wanted & known)
            if not shared and title_score < thresholds.medium:
                continue
            overlap = shared / min(len(wanted), len(known)) if wanted and known else 0.0
            jaccard = shared / len(wanted | known) if wanted or known else 0.0
            score = 0.7 * (0.75 * overlap + 0.25 * jaccard) + 0.3 * float(title_score)
            agree = dates_agree(item.signed_on, signed_on)
            parts = [_("{shared} of {total} parties").format(shared=shared, total=len(wanted))]
            reason = _reason(parts, agree)
            candidates.append(Candidate(memo_id, title, round(_with_date(score, agree), 3), reason))
        _finish(item.match, candidates, thresholds)


def _told_text(item: DraftMilestone, text: str) -> str:
    return " ".join(text[s.start : s.end] for s in item.spans) or item.title


def _lifted(score: float, agreeing: int) -> float:
    """Each agreeing fact (date, organization, memorandum) lifts a title's similarity by 30% of
    what it lacks; at most two count, so a loosely similar title never links on them alone."""
    return score + (1 - score) * (1 - 0.7 ** min(agreeing, 2))


def _milestone_facts(
    session: Session, ids: list[int]
) -> tuple[dict[int, Any], dict[int, set[int]], dict[int, int | None]]:
    """Dates, organizations and memoranda of the stored milestones worth comparing."""
    dates: dict[int, Any] = {}
    memoranda: dict[int, int | None] = {}
    organizations: dict[int, set[int]] = defaultdict(set)
    if not ids:
        return dates, organizations, memoranda
    for id_, due, completed, memo in session.execute(
        select(
            Milestone.id, Milestone.due_on, Milestone.completed_on, Milestone.memorandum_id
        ).where(Milestone.id.in_(ids))
    ):
        dates[id_], memoranda[id_] = completed or due, memo
    for id_, org in session.execute(
        select(MilestoneOrganization.milestone_id, MilestoneOrganization.organization_id).where(
            MilestoneOrganization.milestone_id.in_(ids)
        )
    ):
        organizations[id_].add(org)
    return dates, organizations, memoranda


def _match_milestones(
    session: Session, draft: Draft, index: NameIndex, thresholds: MatchThresholds
) -> None:
    """Milestones by a similar title (or a sentence telling the stored title), lifted by an
    agreeing date, shared organizations and the same memorandum, lowered by another date."""
    items = draft.milestones
    rows = session.execute(select(Milestone.id, Milestone.title)).all()
    if not rows:
        return
    known = _processed(row.title for row in rows)
    titles = _title_scores([m.title for m in items], known, 0.7)
    # Agreeing facts lift a title by at most 51% of what it lacks: skip what cannot make it.
    # (A title cut short from its sentence is told by the sentence below; its own words are
    # still enough to pass this floor.)
    floor = (thresholds.low - 0.51) / 0.49
    close = titles >= floor
    columns = sorted({int(c) for row in close for c in row.nonzero()[0]})
    dates, organizations, memoranda = _milestone_facts(session, [rows[c].id for c in columns])
    memo_ids = {m.title: m.match.record_id for m in draft.memoranda if m.match.action == "link"}
    for item, title_row, close_row in zip(items, titles, close, strict=True):
        said = content_stems(item.title)
        event_text = f"{item.title} {_told_text(item, draft.document.text)}"
        told, kinds = content_stems(event_text), event_kinds(event_text)
        wanted = _party_ids(draft, item.organizations, index)
        memo = memo_ids.get(item.memorandum or "")
        candidates = []
        for column in close_row.nonzero()[0]:
            id_, title = rows[column]
            same = fold(title) == fold(item.title)
            similarity = (
                1.0
                if same
                else max(
                    float(title_row[column]),
                    0.95 * _told(stems := content_stems(title), said),
                    0.95 * _told(stems, told, least=4),
                )
            )
            agree = dates_agree(item.date, dates.get(id_))
            shared = len(wanted & organizations[id_])
            agreeing = (
                (agree is True) + min(shared, 2) + (memo is not None and memo == memoranda.get(id_))
            )
            # Another date, or another kind of event (a visit is not an opening), tells apart.
            named = event_kinds(title)
            other_event = bool(named) and not named & kinds
            score = _lifted(similarity, agreeing) * (0.6 if agree is False or other_event else 1)
            parts = [_("same title") if same else _("similar title")]
            reason = _reason(parts, agree, other_event, shared)
            candidates.append(Candidate(id_, title, round(score, 3), reason))
        _finish(item.match, candidates, thresholds)


def _reason(
    parts: list[str], dates_agree: bool | None, other_event: bool = False, shared: int = 0
) -> str:
    """Why a candidate scored as it did, in the user's language, part by part."""
    if dates_agree is not None:
        parts.append(_("same date") if dates_agree else _("other date"))
    if other_event:
        parts.append(_("another event"))
    if shared:
        parts.append(
            ngettext("{count} shared organization", "{count} shared organizations", shared).format(
                count=shared
            )
        )
    return ", ".join(parts)


def _parent(entry: Entry, reason: str) -> Candidate:
    return Candidate(entry.record_id, entry.name, 0.5, reason, parent=True)


def _finish(match: Match, candidates: list[Candidate], thresholds: MatchThresholds) -> None:
    candidates.sort(key=lambda c: (-c.score, c.name))
    match.candidates = [c for c in candidates if c.score >= thresholds.low]
    _decide(match, thresholds, match.candidates)


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
        _finish(area.match, area.match.candidates, thresholds)
    if draft.memoranda:
        _match_memoranda(session, draft, organizations, thresholds)
    if draft.milestones:
        _match_milestones(session, draft, organizations, thresholds)
