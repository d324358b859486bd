"""Gathering mentions into Draft items: one organization or person however often it is named.

Spellings of one organization join when their keys agree once a trailing "of (the Republic of)
Kazakhstan" is set aside, when one is the other's acronym ("NU", "DISC"), or when the rules
gave one as the other's alias. People join on the same name, a spelling variant of the first
name (Yuri / Yuriy), and surname-only references ("Nurbek said"). The words a language's names
are made of (those an acronym skips, a title that says less than a post) are that language's
data: `<language>/data/merging.json`; a language without the file has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.extract.languages import language_data
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.normalize import clean_name, name_key

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{1,6}$")


@dataclass(frozen=True)
class _NameWords:
    acronym_skips: frozenset[str]  # no letter in an acronym: "of", "and" ("NU", "DISC")
    full_form_joiners: tuple[str, ...]  # "Ministry of X" + " of " + its country: one body
    bare_titles: frozenset[str]  # a title that says less than a post ("professor")


@cache
def _name_words(language: str) -> _NameWords:
    data = language_data(language, "merging") or {}
    return _NameWords(
        acronym_skips=frozenset(data.get("acronym_skips", ())),
        full_form_joiners=tuple(data.get("full_form_joiners", ())),
        bare_titles=frozenset(data.get("bare_titles", ())),
    )


def initials(name: str, language: str) -> str:
    """The first letters of `name`'s words, those an acronym skips in `language` left out."""
    skips = _name_words(language).acronym_skips
    return "".join(w[0] for w in name.split() if w.casefold() not in skips and w[:1].isalpha())


class Groups:
    """Union-find over item indices: `union(a, b)` puts a's group under b's root."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        while self.parent.setdefault(i, i) != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


@dataclass
class _Joining:
    """The mentions of one text while they are joined into organizations: the groups so far,
    and the first mention written with each spelling's key."""

    mentions: list[OrganizationMention]
    core_key: Callable[[str], str]
    groups: Groups = field(default_factory=Groups)
    by_key: dict[str, int] = field(default_factory=dict)


# A mention's index among the text's mentions, and the mention.
_Indexed = tuple[int, OrganizationMention]


def merge_organizations(
    mentions: list[OrganizationMention],
    core_key: Callable[[str], str],
    language: str,
    type_word: Callable[[str], bool] = lambda word: False,
) -> tuple[list[DraftOrganization], dict[str, str]]:
    """Draft organizations, and a map from every spelling's key to its organization's name.
    Mentions join on a shared key first, then by the pairwise rules in this order (an implied
    ministry, a bare name, an acronym or short name); each group becomes one draft."""
    joiners = _name_words(language).full_form_joiners
    joining = _Joining(mentions, core_key)
    _join_same_keys(joining)
    distinct = _distinct(mentions)
    _join_implied_ministries(distinct, joiners, joining.groups)
    _join_bare_names(distinct, type_word, joining.groups)
    _join_acronyms_and_short_names(distinct, joining, language)
    drafts, names = _drafts(mentions, joining.groups, core_key)
    _name_parents_as_drafted(drafts, names, core_key)
    return drafts, names


def _join_same_keys(joining: _Joining) -> None:
    """Mentions join when any of their spellings (name, aliases, names the rules gave as the
    same) share a key; `by_key` keeps the first mention with each key."""
    for i, mention in enumerate(joining.mentions):
        joining.groups.find(i)
        for spelling in (mention.name, *mention.aliases, *mention.same_as):
            key = joining.core_key(spelling)
            if key in joining.by_key:
                joining.groups.union(i, joining.by_key[key])
            else:
                joining.by_key[key] = i


def _distinct(mentions: list[OrganizationMention]) -> list[_Indexed]:
    """The first mention of each name, kind and short name, in the text's order."""
    # The pairwise rules below look at names and kinds only: comparing each distinct mention
    # once keeps a long text (many repeats of the same names) from growing quadratically.
    firsts: dict[tuple[object, ...], int] = {}
    for i, mention in enumerate(mentions):
        firsts.setdefault((mention.name, mention.derived, mention.kind, mention.short_name), i)
    return [(i, mentions[i]) for i in sorted(firsts.values())]


def _join_implied_ministries(
    distinct: list[_Indexed], joiners: tuple[str, ...], groups: Groups
) -> None:
    """A derived name (a ministry a title implies) joins the first written name that is it, a
    joiner and more ("... of the Republic of X")."""
    # A ministry implied by a title joins the one named with its country: "Ministry of Water
    # Resources" (from "Uzbek Minister of Water Resources") and "... of the Republic of Uzbekistan".
    for i, mention in distinct:
        if mention.derived:
            for j, other in distinct:
                if not other.derived and other.name.startswith(
                    tuple(mention.name + joiner for joiner in joiners)
                ):
                    groups.union(i, j)
                    break


def _join_bare_names(
    distinct: list[_Indexed], type_word: Callable[[str], bool], groups: Groups
) -> None:
    """A written name of no kind joins the first name of a kind that is it and one type word."""
    # "Karolinska" and "Karolinska Institute": a bare name joins the one its type word completes.
    for i, mention in distinct:
        if mention.kind is None and not mention.derived:
            for j, other in distinct:
                rest = other.name[len(mention.name) :].split()
                if (
                    j != i
                    and other.kind
                    and other.name.startswith(mention.name + " ")
                    and len(rest) == 1
                    and type_word(rest[0])
                ):
                    groups.union(i, j)
                    break


def _join_acronyms_and_short_names(
    distinct: list[_Indexed], joining: _Joining, language: str
) -> None:
    """A name led by an acronym joins the mention of that name with the acronym written out
    ("NU Hospital": "Nazarbayev University Hospital") or, when the acronym is all of it, every
    name whose initials it is; the name a mention gives as its short name joins the mention.
    Mention by mention, the two in this order."""
    letters = {i: initials(m.name, language) for i, m in distinct}
    groups = joining.groups
    # Acronyms: "NU" for Nazarbayev University, "DISC" for Discovery Centre (DISC).
    for i, mention in distinct:
        first = mention.name.split()[0]
        if _ACRONYM.match(first):
            for j, other in distinct:
                if j != i and letters[j] == first and len(other.name.split()) > 1:
                    expanded = joining.core_key(other.name + mention.name[len(first) :])
                    if expanded in joining.by_key:
                        groups.union(i, joining.by_key[expanded])
                    elif mention.name == first:
                        groups.union(i, j)
        if mention.short_name:
            for j, other in distinct:
                if other.name == mention.short_name:
                    groups.union(j, i)


def _drafts(
    mentions: list[OrganizationMention], groups: Groups, core_key: Callable[[str], str]
) -> tuple[list[DraftOrganization], dict[str, str]]:
    """A draft for each group, in the order the text first names them, and a map from every
    spelling's key to its draft's name."""
    members: dict[int, list[OrganizationMention]] = {}
    for i, mention in enumerate(mentions):
        members.setdefault(groups.find(i), []).append(mention)
    drafts: list[DraftOrganization] = []
    names: dict[str, str] = {}
    for group in sorted(members.values(), key=lambda g: min(m.start for m in g)):
        spellings = _unique([clean_name(s) for m in group for s in (m.name, *m.aliases)])
        draft = _draft(group, spellings)
        drafts.append(draft)
        for spelling in spellings:
            names[core_key(spelling)] = draft.name
    return drafts, names


def _draft(group: list[OrganizationMention], spellings: list[str]) -> DraftOrganization:
    """One organization from its mentions: named by the longest spelling the text writes (an
    acronym only when it has nothing else), the first kind, country and parent told, the other
    spellings as aliases."""
    written = [m for m in group if not m.derived] or group
    name = max(
        _unique([clean_name(m.name) for m in written]),
        key=lambda s: (not _ACRONYM.match(s), len(s)),
    )
    short = next((m.short_name for m in group if m.short_name), None)
    if short is None:
        short = next((s for s in spellings if _ACRONYM.match(s) and s != name), None)
    return DraftOrganization(
        name=name,
        kind=next((m.kind for m in group if m.kind), None),
        country=next((m.country for m in group if m.country), None),
        short_name=short,
        parent=next((m.parent for m in group if m.parent and m.parent not in spellings), None),
        aliases=[s for s in spellings if s != name],
        spans=sorted({Span(m.start, m.end) for m in group}, key=lambda s: s.start),
    )


def _name_parents_as_drafted(
    drafts: list[DraftOrganization], names: dict[str, str], core_key: Callable[[str], str]
) -> None:
    """A parent written in another spelling takes the name its draft was given."""
    for draft in drafts:
        if draft.parent:
            draft.parent = names.get(core_key(draft.parent), draft.parent)


def folded_into(
    into: dict[str, DraftOrganization],
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
) -> list[DraftOrganization]:
    """The organizations left once each one `into` names is folded into its keeper: the people,
    memoranda and milestones that named it name the keeper instead."""
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


def merge_people(
    mentions: list[PersonMention],
    organization_names: dict[str, str],
    core_key: Callable[[str], str],
    text: str,
    language: str,
) -> list[DraftPerson]:
    groups: list[list[PersonMention]] = []
    # Two spellings of one person share a surname: only groups with that surname are compared.
    by_surname: dict[str, list[list[PersonMention]]] = {}
    # "Assanov Zhandos" and "Zhandos Assanov": the same words in the other order.
    by_words: dict[frozenset[str], list[PersonMention]] = {}
    for mention in mentions:
        own = frozenset(name_key(w) for w in mention.name.split())
        bucket = by_surname.setdefault(name_key(mention.name.split()[-1]), [])
        for group in bucket:
            if _same_person(group[0].name, mention.name):
                group.append(mention)
                break
        else:
            if len(own) >= 2 and own in by_words:
                by_words[own].append(mention)
                continue
            bucket.append([mention])
            groups.append(bucket[-1])
            by_words.setdefault(own, bucket[-1])
    words = _word_spans(text)
    bare_titles = _name_words(language).bare_titles
    drafts = []
    for group in groups:
        spellings = _unique([clean_name(m.name) for m in group])
        name = max(spellings, key=len)
        titles = [m.title for m in group if m.title]
        organizations = [m.organization for m in group if m.organization]
        organization = organizations[0] if organizations else None
        if organization is not None:
            organization = organization_names.get(core_key(organization), organization)
        spans = {Span(m.start, m.end) for m in group}
        spans |= _surname_spans(text, name, words)
        drafts.append(
            DraftPerson(
                name=name,
                title=max(titles, key=lambda t: (t.casefold() not in bare_titles, len(t)))
                if titles
                else None,
                organization=organization,
                aliases=[s for s in spellings if s != name],
                spans=sorted(spans, key=lambda s: s.start),
            )
        )
    return drafts


def _same_person(a: str, b: str) -> bool:
    if name_key(a) == name_key(b):
        return True
    wa, wb = a.split(), b.split()
    if name_key(wa[-1]) != name_key(wb[-1]):
        return False
    fa, fb = wa[0].casefold(), wb[0].casefold()
    return fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2 or fuzz.ratio(fa, fb) >= 75)


_WORD = re.compile(r"[\w-]+")


def _word_spans(text: str) -> dict[str, list[Span]]:
    """Where each word (a run of letters, digits and hyphens) stands, found in one pass."""
    spans: dict[str, list[Span]] = {}
    for match in _WORD.finditer(text):
        spans.setdefault(match.group(), []).append(Span(match.start(), match.end()))
    return spans


def _surname_spans(text: str, name: str, words: dict[str, list[Span]] | None = None) -> set[Span]:
    surname = name.split()[-1]
    if len(surname) < 3:
        return set()
    if words is not None and _WORD.fullmatch(surname):
        return set(words.get(surname, []))
    return {
        Span(m.start(), m.end())
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)
    }


def _unique(items: list[str]) -> list[str]:
    """One spelling per key, in the order first written; a name the text also writes in
    normal case is not kept as a headline shouted it ("SAMRUK-KAZYNA FUND")."""
    seen: dict[str, str] = {}
    for item in items:
        kept = seen.setdefault(name_key(item), item)
        if kept.isupper() and not item.isupper():
            seen[name_key(item)] = item
    return list(seen.values())
