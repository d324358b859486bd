"""Matching a draft against the database: ranked candidates, a recommendation, an action.

Every item gets candidates with a score in [0, 1] and a reason, the way beets and Picard rank
releases: exact names and aliases score 1, a short name or a name without its country
qualifier a little less, spelling variants their fuzzy similarity (scaled below the exact
forms). The recommendation (strong / medium / low / none) follows from the best score and its
margin over the next record; the thresholds are a parameter, never read from globals.

Within one draft, the same partner written twice ("Discovery Centre (DISC)" then "DISC", or a
person's surname alone after the full name) becomes one item before anything is compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rapidfuzz import fuzz, process, utils
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.importing.draft import (
    Candidate,
    Draft,
    DraftFocusArea,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Match,
    Recommendation,
    Span,
)
from kztracker.models import (
    FocusArea,
    Memorandum,
    MemorandumParty,
    Milestone,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
)
from kztracker.normalize import name_key


@dataclass(frozen=True)
class MatchThresholds:
    """Where a best score turns into a recommendation, and which ones propose a link."""

    strong: float = 0.93
    medium: float = 0.86
    low: float = 0.75  # below this a candidate is not worth showing
    margin: float = 0.03  # a best score this close to another record's is ambiguous
    link_from: tuple[Recommendation, ...] = ("strong", "medium")


# Countries an announcement names after a company to mean its local branch. A trailing
# "of (the Republic of) Kazakhstan" is a qualifier of the same body instead (see _qualifier).
COUNTRIES = tuple(
    """kazakhstan russia china uzbekistan kyrgyzstan tajikistan turkmenistan turkey türkiye
    germany france italy spain uk usa japan korea india uae singapore malaysia poland hungary
    azerbaijan georgia belarus mongolia canada australia switzerland netherlands sweden finland
    austria israel""".split()
) + ("united kingdom", "united states", "south korea")
_COUNTRY_SUFFIX = re.compile(r"^(.+?) (" + "|".join(re.escape(c) for c in COUNTRIES) + r")$")
_QUALIFIER = re.compile(
    r"^(.+?) (?:of|in|under) (?:the )?(?:republic of )?(?:" + "|".join(COUNTRIES) + r")$"
)
_PARENTHESIS = re.compile(r"^(.+?) \((.+)\)$")
_NOT_WORD = re.compile(r"[^\w]+")
_SHORTEST_FUZZY = 5  # shorter keys ("nu", "moh") only ever match exactly


def fold(text: str) -> str:
    """A name folded for comparison: the normalized key without punctuation."""
    if text.isascii():
        # What name_key does to ASCII text, without its per-letter script checks: this runs
        # over every stored title when a draft is matched.
        return _NOT_WORD.sub(" ", text.casefold()).strip()
    return _NOT_WORD.sub(" ", name_key(text)).strip()


def _qualifier_free(key: str) -> str | None:
    found = _QUALIFIER.match(key)
    return found.group(1) if found else None


def _parenthesis(name: str) -> tuple[str, str] | None:
    """("Discovery Centre", "DISC") from "Discovery Centre (DISC)"."""
    found = _PARENTHESIS.match(" ".join(name.split()))
    return (found.group(1), found.group(2)) if found else None


# -- the index of known names ------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    record_id: int
    name: str  # the record's display name
    via: str  # what the key is: "name", "alias", "short name", "qualifier"
    score: float  # what an exact hit on this key is worth


@dataclass
class _Index:
    """Folded keys of one record kind, for exact lookups and one cdist over all of them."""

    exact: dict[str, list[_Entry]] = field(default_factory=lambda: defaultdict(list))

    def add(self, text: str | None, entry: _Entry) -> None:
        key = fold(text) if text else ""
        if not key:
            return
        self.add_key(key, entry)
        qualifier_free = _qualifier_free(key)
        if qualifier_free and entry.via in ("name", "alias"):
            self.add_key(qualifier_free, _Entry(entry.record_id, entry.name, "qualifier", 0.95))
        head = (text or "").split(":", 1)[0] if ":" in (text or "") else ""
        if len(head) >= _SHORTEST_FUZZY and entry.via in ("name", "alias"):
            # "Young Health Programme: preventing ..." is also known by its head.
            self.add(head, _Entry(entry.record_id, entry.name, "short name", 0.97))
        split = _parenthesis(text or "")
        if split and entry.via in ("name", "alias"):
            long_form, short_form = split
            self.add(long_form, _Entry(entry.record_id, entry.name, entry.via, entry.score))
            self.add(short_form, _Entry(entry.record_id, entry.name, "short name", 0.97))

    def add_key(self, key: str, entry: _Entry) -> None:
        """One entry per record and key: the form worth most."""
        entries = self.exact[key]
        for position, held in enumerate(entries):
            if held.record_id == entry.record_id:
                if entry.score > held.score:
                    entries[position] = entry
                return
        entries.append(entry)

    def keys(self) -> list[str]:
        return [key for key in self.exact if len(key) >= _SHORTEST_FUZZY]


def _query_keys(name: str, extra: Iterable[str | None] = ()) -> list[str]:
    """Every folded form an item can be known by: name, short forms, qualifier-free."""
    keys: list[str] = []

    def push(text: str | None) -> None:
        key = fold(text) if text else ""
        if key and key not in keys:
            keys.append(key)
            qualifier_free = _qualifier_free(key)
            if qualifier_free and qualifier_free not in keys:
                keys.append(qualifier_free)

    push(name)
    split = _parenthesis(name)
    if split:
        push(split[0])
        push(split[1])
    for text in extra:
        push(text)
    return keys


def _exact_reason(via: str) -> str:
    return {
        "name": "same name",
        "alias": "alias",
        "short name": "short name",
        "qualifier": "same name without the country qualifier",
    }[via]


def _rank(
    exact: dict[str, list[_Entry]],
    queries: Sequence[str],
    fuzzy: dict[int, tuple[float, str]],
) -> list[Candidate]:
    """Best candidate per record: exact hits on any query key, then fuzzy scores."""
    best: dict[int, Candidate] = {}

    def offer(candidate: Candidate) -> None:
        held = best.get(candidate.record_id)
        if held is None or candidate.score > held.score:
            best[candidate.record_id] = candidate

    for rank, key in enumerate(queries):
        for entry in exact.get(key, ()):
            # The item's own name counts fully; its short forms a little less.
            score = entry.score if rank == 0 else min(entry.score, 0.97)
            offer(Candidate(entry.record_id, entry.name, round(score, 3), _exact_reason(entry.via)))
    for record_id, (score, name) in fuzzy.items():
        offer(Candidate(record_id, name, round(score, 3), "spelling variant"))
    return sorted(best.values(), key=lambda c: (-c.score, c.name))


def _fuzzy_scores(
    index: _Index, queries_per_item: list[list[str]], floor: float
) -> list[dict[int, tuple[float, str]]]:
    """For each item, the best fuzzy score per record over all its keys: one cdist call."""
    choices = index.keys()
    flat = [(item, key) for item, keys in enumerate(queries_per_item) for key in keys]
    results: list[dict[int, tuple[float, str]]] = [{} for _ in queries_per_item]
    usable = [(item, key) for item, key in flat if len(key) >= _SHORTEST_FUZZY]
    if not choices or not usable:
        return results
    matrix = process.cdist(
        [key for _, key in usable],
        choices,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=floor * 100,
        workers=1,
    )
    for row, (item, _key) in enumerate(usable):
        for column in matrix[row].nonzero()[0]:
            # Fuzzy similarity never outranks the exact forms.
            score = float(matrix[row][column]) / 100 * 0.97
            for entry in index.exact[choices[column]]:
                if entry.via == "qualifier":
                    continue
                held = results[item].get(entry.record_id)
                if held is None or score > held[0]:
                    results[item][entry.record_id] = (score, entry.name)
    return results


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


# -- folding repeated mentions inside one draft --------------------------------------------

_Named = TypeVar("_Named", DraftOrganization, DraftPerson)


def _merge_organizations(items: list[DraftOrganization]) -> list[DraftOrganization]:
    """One item per partner: a later short form or repeat joins the earlier long form."""
    kept: list[DraftOrganization] = []
    owner: dict[str, DraftOrganization] = {}
    for item in items:
        keys = _query_keys(item.name, [item.short_name, *item.aliases])
        target = next((owner[k] for k in keys if k in owner), None)
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


def _merge_people(items: list[DraftPerson]) -> list[DraftPerson]:
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


def _merge_linked(items: list[_Named]) -> list[_Named]:
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


# -- per kind ----------------------------------------------------------------------------------


def _organization_index(session: Session) -> _Index:
    index = _Index()
    names: dict[int, str] = {}
    for id_, name, short in session.execute(
        select(Organization.id, Organization.name, Organization.short_name)
    ):
        names[id_] = name
        index.add(name, _Entry(id_, name, "name", 1.0))
        index.add(short, _Entry(id_, name, "short name", 0.97))
    for id_, alias in session.execute(
        select(OrganizationAlias.organization_id, OrganizationAlias.alias)
    ):
        index.add(alias, _Entry(id_, names[id_], "alias", 1.0))
    return index


def _parent_candidate(item: DraftOrganization, index: _Index) -> Candidate | None:
    """The known organization this one belongs to: its country branch, a part, or as drafted."""
    if item.parent:
        for entry in index.exact.get(fold(item.parent), ()):
            return Candidate(entry.record_id, entry.name, 0.5, "parent organization")
    key = fold(item.name)
    branch = _COUNTRY_SUFFIX.match(key)
    if branch:
        for entry in index.exact.get(branch.group(1), ()):
            if item.country is None:
                item.country = branch.group(2).title() if len(branch.group(2)) > 3 else None
            return Candidate(entry.record_id, entry.name, 0.5, "parent organization (country)")
    words = key.split()
    # "Nazarbayev University School of Medicine": the longest known leading part is the parent,
    # unless what follows only qualifies it ("... of the Academy"), which is _qualified's case.
    for length in range(len(words) - 1, 1, -1):
        if words[length] in _LINKING_WORDS:
            continue
        for entry in index.exact.get(" ".join(words[:length]), ()):
            if entry.via in ("name", "alias"):
                return Candidate(entry.record_id, entry.name, 0.5, "parent organization")
    # "School of Medicine at Nazarbayev University": a known trailing part after "at" or "of".
    for start in range(1, len(words) - 1):
        if words[start] in ("at", "of"):
            for entry in index.exact.get(" ".join(words[start + 1 :]), ()):
                if entry.via in ("name", "alias"):
                    return Candidate(entry.record_id, entry.name, 0.5, "parent organization")
    return None


_LINKING_WORDS = ("of", "at", "under", "in", "for")


def _qualified(item: DraftOrganization, index: _Index) -> list[Candidate]:
    """A known name of three words or more followed by a qualifier: "X of the Academy"."""
    words = fold(item.name).split()
    for length in range(len(words) - 2, 2, -1):
        if words[length] in _LINKING_WORDS:
            return [
                Candidate(e.record_id, e.name, 0.88, "same name with a qualifier")
                for e in index.exact.get(" ".join(words[:length]), ())
                if e.via in ("name", "alias")
            ]
    return []


def _match_organizations(
    items: list[DraftOrganization], index: _Index, thresholds: MatchThresholds
) -> None:
    queries = [_query_keys(i.name, [i.short_name, *i.aliases]) for i in items]
    fuzzy = _fuzzy_scores(index, queries, thresholds.low)
    for item, keys, scores in zip(items, queries, fuzzy, strict=True):
        linkable = [c for c in _rank(index.exact, keys, scores) if c.score >= thresholds.low]
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
    index: _Index,
    thresholds: MatchThresholds,
) -> None:
    queries = [
        _query_keys(i.name, i.aliases if isinstance(i, DraftPerson) else ()) for i in items
    ]
    fuzzy = _fuzzy_scores(index, queries, thresholds.low)
    for item, keys, scores in zip(items, queries, fuzzy, strict=True):
        match = Match(
            candidates=[c for c in _rank(index.exact, keys, scores) if c.score >= thresholds.low]
        )
        _decide(match, thresholds, match.candidates)
        item.match = match


def _people_index(session: Session) -> _Index:
    index = _Index()
    names: dict[int, str] = {}
    for id_, name in session.execute(select(Person.id, Person.name)):
        names[id_] = name
        index.add(name, _Entry(id_, name, "name", 1.0))
    for id_, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)):
        index.add(alias, _Entry(id_, names[id_], "alias", 1.0))
    return index


def _focus_area_index(session: Session) -> _Index:
    index = _Index()
    for id_, name in session.execute(select(FocusArea.id, FocusArea.name)):
        index.add(name, _Entry(id_, name, "name", 1.0))
    return index


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


def _title_scores(titles: list[str], known: list[str], subset_weight: float = 0.5) -> Any:
    """A (titles x known) matrix of title similarity in [0, 1]: word order and subsets count.

    A news sentence often holds a stored title's words and many more ("The ConnectED 2024
    conference, held in Astana, marked..."), which the subset score rewards.
    """
    # Stored titles are many: rapidfuzz folds them in C (lower case, punctuation to spaces),
    # close enough to `fold` for a similarity score; exact title equality uses `fold`.
    queries = [fold(t) for t in titles]
    options: dict[str, Any] = {"processor": utils.default_process, "workers": 1}
    sort = process.cdist(queries, known, scorer=fuzz.token_sort_ratio, **options)
    subset = process.cdist(queries, known, scorer=fuzz.token_set_ratio, **options)
    return ((1 - subset_weight) * sort + subset_weight * subset) / 100


def _party_ids(draft: Draft, names: Iterable[str], index: _Index) -> set[int]:
    """Record ids of the parties as written: through the draft's own matches, else by name."""
    by_key: dict[str, int] = {}
    for org in draft.organizations:
        if org.match.action == "link" and org.match.record_id is not None:
            for key in _query_keys(org.name, [org.short_name, *org.aliases]):
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
    session: Session, draft: Draft, index: _Index, thresholds: MatchThresholds
) -> None:
    rows = session.execute(select(Memorandum.id, Memorandum.title, Memorandum.signed_on)).all()
    if not rows:
        return
    parties: dict[int, set[int]] = defaultdict(set)
    for memo_id, org_id in session.execute(
        select(MemorandumParty.memorandum_id, MemorandumParty.organization_id)
    ):
        parties[memo_id].add(org_id)
    titles = _title_scores([m.title for m in draft.memoranda], [row.title for row in rows])
    for item, title_row in zip(draft.memoranda, titles, strict=True):
        wanted = _party_ids(draft, item.parties, index)
        candidates: list[Candidate] = []
        for (memo_id, title, signed_on), title_score in zip(rows, title_row, strict=True):
            if fold(title) == fold(item.title):
                candidates.append(Candidate(memo_id, title, 1.0, "same title"))
                continue
            known = parties[memo_id]
            shared = len(wanted & known)
            if not shared and title_score < thresholds.medium:
                continue
            overlap = shared / min(len(wanted), len(known)) if wanted and known else 0.0
            jaccard = shared / len(wanted | known) if wanted or known else 0.0
            score = 0.7 * (0.75 * overlap + 0.25 * jaccard) + 0.3 * float(title_score)
            agree = dates_agree(item.signed_on, signed_on)
            reason = f"{shared} of {len(wanted)} parties" + _DATE_REASON[agree]
            candidates.append(Candidate(memo_id, title, round(_with_date(score, agree), 3), reason))
        _finish(item.match, candidates, thresholds)


def _match_milestones(
    session: Session, items: list[DraftMilestone], thresholds: MatchThresholds
) -> None:
    rows = session.execute(select(Milestone.id, Milestone.title)).all()
    if not rows:
        return
    titles = _title_scores([m.title for m in items], [row.title for row in rows], 0.7)
    # A matching date lifts a title by at most 30% of what it lacks: skip what cannot make it.
    floor = (thresholds.low - 0.3) / 0.7
    close = {int(column) for title_row in titles for column in (title_row >= floor).nonzero()[0]}
    dates = {
        id_: completed or due
        for id_, due, completed in session.execute(
            select(Milestone.id, Milestone.due_on, Milestone.completed_on).where(
                Milestone.id.in_([rows[c].id for c in close])
            )
        )
    } if close else {}
    for item, title_row in zip(items, titles, strict=True):
        candidates = []
        for column in (title_row >= floor).nonzero()[0]:
            id_, title = rows[column]
            agree = dates_agree(item.date, dates.get(id_))
            same = fold(title) == fold(item.title)
            reason = ("same title" if same else "similar title") + _DATE_REASON[agree]
            score = _with_date(1.0 if same else float(title_row[column]), agree)
            candidates.append(Candidate(id_, title, round(score, 3), reason))
        _finish(item.match, candidates, thresholds)


_DATE_REASON = {True: ", same date", False: ", other date", None: ""}


def _finish(match: Match, candidates: list[Candidate], thresholds: MatchThresholds) -> None:
    candidates.sort(key=lambda c: (-c.score, c.name))
    match.candidates = [c for c in candidates if c.score >= thresholds.low]
    _decide(match, thresholds, match.candidates)


def match_draft(
    session: Session, draft: Draft, thresholds: MatchThresholds | None = None
) -> None:
    """Fill every item's `.match`; fold repeated mentions of one partner or person first."""
    thresholds = thresholds or MatchThresholds()
    draft.organizations = _merge_organizations(draft.organizations)
    draft.people = _merge_people(draft.people)
    organizations = _organization_index(session)
    _match_organizations(draft.organizations, organizations, thresholds)
    draft.organizations = _merge_linked(draft.organizations)
    _simple_match(draft.people, _people_index(session), thresholds)
    draft.people = _merge_linked(draft.people)
    _simple_match(draft.focus_areas, _focus_area_index(session), thresholds)
    if draft.memoranda:
        _match_memoranda(session, draft, organizations, thresholds)
    if draft.milestones:
        _match_milestones(session, draft.milestones, thresholds)
