"""Memoranda and milestones against the stored ones: by title, parties and dates.

A title alone never decides: two memoranda of one university with two foreign partners read
alike. So a memorandum or milestone links to a stored one only when their parties agree and
their dates do where both have them; a party with no record yet is a disagreement (the stored
record cannot be about it). A candidate that fails this is still shown with its score and the
reason, so the reviewer can link it by hand, but an unreviewed import creates a new record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.i18n import _, ngettext
from kztracker.importing.draft import Candidate, Draft, DraftMemorandum, DraftMilestone
from kztracker.importing.extract.distinct_titles import title_apart
from kztracker.importing.match_decision import MatchThresholds, finish
from kztracker.importing.name_index import (
    NameIndex,
    content_stems,
    event_kinds,
    fold,
    query_keys,
)
from kztracker.models import Memorandum, MemorandumParty, Milestone, MilestoneOrganization


def dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool | None:
    """True when two partial dates can mean the same day, False when not, None if one is unknown."""
    if a is None or b is None:
        return None
    return a.first_day() <= b.last_day() and b.first_day() <= a.last_day()


@dataclass
class Parties:
    """The parties an item names, as records; `unknown` counts those with no record yet."""

    ids: set[int] = field(default_factory=set)
    unknown: int = 0
    named: int = 0


def resolve_parties(draft: Draft, names: Iterable[str], index: NameIndex) -> Parties:
    """Record ids of the parties as written: through the draft's own matches, else by name.

    A party the draft proposes to create, or one no record is known by, is unknown.
    """
    by_key: dict[str, int | None] = {}
    for org in draft.organizations:
        record = org.match.record_id if org.match.action == "link" else None
        for key in query_keys(org.name, [org.short_name, *org.aliases]):
            if by_key.get(key) is None:
                by_key[key] = record
    parties = Parties()
    for name in dict.fromkeys(names):
        parties.named += 1
        key = fold(name)
        if key in by_key:
            found = {by_key[key]} if by_key[key] is not None else set()
        else:
            found = {e.record_id for e in index.exact.get(key, ()) if e.via != "qualifier"}
        if found:
            parties.ids.update(i for i in found if i is not None)
        else:
            parties.unknown += 1
    return parties


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


def _parties_disagree(wanted: Parties, known: set[int]) -> str | None:
    """Why a memorandum's named parties cannot be the stored one's, or None when they agree:
    every named party has a record among the stored parties, and one named party alone does
    not stand for a memorandum of two or more."""
    if wanted.unknown:
        return _("a party with no record yet")
    if not wanted.ids or not wanted.ids <= known or len(wanted.ids) < min(2, len(known)):
        return _("other parties")
    return None


def match_memoranda(
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
        wanted = resolve_parties(draft, item.parties, index)
        candidates: list[Candidate] = []
        barred: set[int] = set()
        for (memo_id, title, signed_on), title_score in zip(rows, title_row, strict=True):
            known = parties[memo_id]
            shared = len(wanted.ids & known)
            same = fold(title) == fold(item.title)
            if not same and not shared and title_score < thresholds.medium:
                continue
            agree = dates_agree(item.signed_on, signed_on)
            if same:
                score, parts = 1.0, [_("same title")]
            else:
                overlap = shared / min(len(wanted.ids), len(known)) if wanted.ids and known else 0
                union = len(wanted.ids | known) + wanted.unknown
                jaccard = shared / union if union else 0.0
                score = 0.7 * (0.75 * overlap + 0.25 * jaccard) + 0.3 * float(title_score)
                score = _with_date(score, agree)
                parts = [_("{shared} of {total} parties").format(shared=shared, total=wanted.named)]
            disagreement = _parties_disagree(wanted, known)
            if disagreement or agree is False:
                barred.add(memo_id)
            reason = _reason(parts, agree, disagreement=disagreement)
            candidates.append(Candidate(memo_id, title, round(score, 3), reason))
        finish(item.match, candidates, thresholds, barred)
        if item.match.action == "create":
            _set_title_apart(draft, item, {fold(row.title) for row in rows})


def _set_title_apart(draft: Draft, item: DraftMemorandum, stored: set[str]) -> None:
    """A new memorandum whose title a stored one already has is told apart by its signing date
    (or a number): titles are unique, and a proposal the reviewer did not touch must apply.
    The text's milestones tied to it follow the new title."""
    if fold(item.title) not in stored:
        return
    marks = [str(item.signed_on)] if item.signed_on else []
    marks += [str(n) for n in range(2, 100)]
    old = item.title
    taken = stored | {fold(m.title) for m in draft.memoranda if m is not item}
    title = item.title = title_apart(old, marks, taken, key=fold)
    for milestone in draft.milestones:
        if milestone.memorandum == old:
            milestone.memorandum = title


def _told(wanted: set[str], said: set[str], least: int = 3) -> float:
    return len(wanted & said) / len(wanted) if len(wanted) >= least else 0.0


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


def _milestone_context(
    draft: Draft, item: DraftMilestone
) -> tuple[list[str], DraftMemorandum | None]:
    """The parties a milestone is about and the drafted memorandum it serves: its own
    organizations and memorandum; a milestone that names neither, in a text about one
    agreement, is about that agreement."""
    by_title = {m.title: m for m in draft.memoranda}
    memo = by_title.get(item.memorandum or "")
    if memo is None and not item.organizations and len(draft.memoranda) == 1:
        memo = draft.memoranda[0]
    names = [*item.organizations, *(memo.parties if memo else ())]
    return names, memo


def _milestone_disagreement(
    wanted: Parties,
    stored_organizations: set[int],
    memo: DraftMemorandum | None,
    stored_memo: int | None,
) -> str | None:
    """Why a drafted milestone cannot be a stored one, by its parties, or None."""
    if wanted.unknown:
        return _("a party with no record yet")
    if memo is not None and stored_memo is not None:
        if memo.match.action != "link" or memo.match.record_id != stored_memo:
            return _("another memorandum")
    if wanted.ids and stored_organizations and not wanted.ids & stored_organizations:
        return _("other parties")
    return None


def match_milestones(
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
    for item, title_row, close_row in zip(items, titles, close, strict=True):
        said = content_stems(item.title)
        event_text = f"{item.title} {_told_text(item, draft.document.text)}"
        told, kinds = content_stems(event_text), event_kinds(event_text)
        names, memo = _milestone_context(draft, item)
        wanted = resolve_parties(draft, names, index)
        memo_id = memo.match.record_id if memo and memo.match.action == "link" else None
        candidates, barred = [], set()
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
            shared = len(wanted.ids & organizations[id_])
            agreeing = (
                (agree is True)
                + min(shared, 2)
                + (memo_id is not None and memo_id == memoranda.get(id_))
            )
            # Another date, or another kind of event (a visit is not an opening), tells apart.
            named = event_kinds(title)
            other_event = bool(named) and not named & kinds
            score = _lifted(similarity, agreeing) * (0.6 if agree is False or other_event else 1)
            disagreement = _milestone_disagreement(
                wanted, organizations[id_], memo, memoranda.get(id_)
            )
            if disagreement or agree is False:
                barred.add(id_)
            parts = [_("same title") if same else _("similar title")]
            reason = _reason(parts, agree, other_event, shared, disagreement)
            candidates.append(Candidate(id_, title, round(score, 3), reason))
        finish(item.match, candidates, thresholds, barred)


def _reason(
    parts: list[str],
    dates_agree: bool | None,
    other_event: bool = False,
    shared: int = 0,
    disagreement: str | None = None,
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
    if disagreement:
        parts.append(disagreement)
    return ", ".join(parts)
