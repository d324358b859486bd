"""Gathering mentions into Draft items in time linear in the mentions: one organization or
person however often the text names it.

The shared `merge_organizations` compares mentions pairwise, so it is given one mention per
distinct spelling and the spans of the repeats are added afterwards; people are grouped here
by their name, a later «Н.О. Дулатбеков» joining «Нұрлан Дулатбеков».
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.importing.draft import DraftOrganization, DraftPerson, Span
from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention
from kztracker.importing.extract.merge import merge_organizations
from kztracker.normalize import clean_name, name_key


def gather_organizations(
    mentions: list[OrganizationMention], core_key: Callable[[str], str]
) -> tuple[list[DraftOrganization], dict[str, str]]:
    """Draft organizations, and a map from every spelling's key to its organization's name."""
    first: dict[tuple[str, bool], OrganizationMention] = {}
    repeats: list[OrganizationMention] = []
    for mention in mentions:
        key = (mention.name, mention.derived)
        if key in first:
            original = first[key]
            original.same_as.extend(s for s in mention.same_as if s not in original.same_as)
            # «Астана халықаралық университеті» in the headline, «... (AIU)» in the story: the
            # short form a repeat gives is the name's too
            original.aliases.extend(a for a in mention.aliases if a not in original.aliases)
            repeats.append(mention)
        else:
            first[key] = mention
    drafts, names = merge_organizations(list(first.values()), core_key, "kk")
    by_name = {draft.name: draft for draft in drafts}
    for mention in repeats:
        draft = by_name.get(names.get(core_key(mention.name), ""))
        if draft is not None:
            draft.spans.append(Span(mention.start, mention.end))
    # «Astana Motors» in the headline has no kind; «Astana Motors» ЖШС in the body is a company.
    kinds: dict[str, str] = {}
    for mention in mentions:
        if mention.kind:
            kinds.setdefault(names.get(core_key(mention.name), mention.name), mention.kind)
    for draft in drafts:
        draft.spans = sorted(set(draft.spans), key=lambda s: s.start)
        draft.kind = draft.kind or kinds.get(draft.name)
    return drafts, names


def gather_people(
    mentions: list[PersonMention], organizations: dict[str, str], core_key: Callable[[str], str]
) -> list[DraftPerson]:
    groups: list[list[PersonMention]] = []
    by_name: dict[str, int] = {}
    by_surname: dict[tuple[str, str], int] = {}
    for mention in mentions:
        words = mention.name.split()
        surname = (name_key(words[-1]), words[0][:1].casefold())
        at = by_name.get(name_key(mention.name), by_surname.get(surname))
        if at is None:
            at = len(groups)
            groups.append([])
        groups[at].append(mention)
        by_name.setdefault(name_key(mention.name), at)
        by_surname.setdefault(surname, at)
    groups = _patronymics_joined(groups)
    drafts = []
    for group in groups:
        spellings = list(dict.fromkeys(clean_name(m.name) for m in group))
        name = max(spellings, key=lambda s: (len(s.split()[0]) > 2 and "." not in s, len(s)))
        titles = [m.title for m in group if m.title]
        employers = [m.organization for m in group if m.organization]
        employer = employers[0] if employers else None
        drafts.append(
            DraftPerson(
                name=name,
                title=max(titles, key=len) if titles else None,
                organization=organizations.get(core_key(employer), employer) if employer else None,
                aliases=[s for s in spellings if s != name],
                spans=sorted({Span(m.start, m.end) for m in group}, key=lambda s: s.start),
            )
        )
    return drafts


def _patronymics_joined(groups: list[list[PersonMention]]) -> list[list[PersonMention]]:
    """«Бақытжан Серікбаев, ректор» and later «Бақытжан Ерланұлы»: a first name with a
    patronymic, untitled or of the same body, is the one titled person of that first name,
    named again."""
    endings = tuple(data("people")["patronymic_endings"])

    def first(group: list[PersonMention]) -> str:
        return name_key(group[0].name.split()[0])

    titled: dict[str, list[int]] = {}
    for k, group in enumerate(groups):
        if any(m.title for m in group):
            titled.setdefault(first(group), []).append(k)
    joined: set[int] = set()
    for k, group in enumerate(groups):
        words = group[0].name.split()
        owners = [o for o in titled.get(first(group), []) if o != k]
        if len(words) != 2 or not words[1].endswith(endings) or len(owners) != 1:
            continue
        bodies = {m.organization for m in groups[owners[0]]}
        if all(m.name == group[0].name and m.organization in bodies | {None} for m in group):
            for mention in group:
                mention.name = groups[owners[0]][0].name  # the full name stays the name
            groups[owners[0]] += group
            joined.add(k)
    return [group for k, group in enumerate(groups) if k not in joined]
