"""Parents and units (resolve stage). The annotation rule: a parent that appears only inside a
subordinate's official name ("the Committee of the Ministry of X") is not listed on its own, and a
unit of an organization found in the same text ("the Research Center of X University", "the
Higher School of Y at X University") speaks for that organization unless it is itself a side of
an agreement. A parent the text also names by a person's title ("the Minister of X") acts
through that person and stays. Unit words are data (organizations.json "unit_heads")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.draft import (
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
)
from kztracker.importing.extract.english.lexicon import TITLE_WORDS
from kztracker.importing.extract.language_files import language_file
from kztracker.importing.extract.mentions import OrganizationMention, PersonMention

_DATA = language_file("english", "organizations")
_UNIT_HEADS = frozenset(_DATA["unit_heads"])
_ACADEMIC_UNITS = frozenset(_DATA["academic_unit_heads"])
# What joins a subordinate to its parent: "X under the Y", "X of the Y", "X at the Y".
UNDER_THE = re.compile(_DATA["parent_link"])
_BEFORE_UNIT = re.compile(_DATA["word_before_unit"])
# "Of" and "under" make the parent part of the subordinate's official name, and so does "at"
# ("the Institute for X at Y University"), except after a unit: "the School of X at the Y
# University" is a unit of Y, which stays (and the unit folds into it); so is "the Head of the
# Department of X of Y University": a unit named in a person's title, where that person works.
_IN_NAME = re.compile(_DATA["parent_link_in_name"])
_ARTICLE = re.compile(_DATA["leading_article"])
# "Ministry of X" and "the Minister of X": the body's word read as its head's title.
_BODY_WORD = re.compile(_DATA["body_to_title"][0])
_TITLE_WORD = _DATA["body_to_title"][1]
_OF = _DATA["complement_joiner"]
_HEAD_END = re.compile(_DATA["unit_head_end"])
_UNIT_LINKS = [[w] for w in _DATA["academic_unit_links"]]


def without_parents_only(
    text: str,
    mentions: list[OrganizationMention],
    people: list[PersonMention],
    key: Callable[[str], str],
) -> list[OrganizationMention]:
    """The mentions less those of names written only as another name's parent."""
    ordered = sorted((m for m in mentions if not m.derived), key=lambda m: m.start)
    as_parent = {
        id(parent)
        for child, parent in zip(ordered, ordered[1:], strict=False)
        if child.parent == parent.name
        and (
            _IN_NAME.fullmatch(text[child.end : parent.start])
            and not (is_unit(child.name) and _in_title(text, child.start))
            or (UNDER_THE.fullmatch(text[child.end : parent.start]) and not is_unit(child.name))
        )
    }
    only: dict[str, bool] = {}
    for mention in mentions:
        k = key(mention.name)
        only[k] = only.get(k, True) and id(mention) in as_parent
    titles = [p.title.casefold() for p in people if p.title]
    dropped = {
        k
        for k, parent_only in only.items()
        if parent_only
        and not any(_named_by_title(m.name, titles) for m in mentions if key(m.name) == k)
    }
    return [m for m in mentions if key(m.name) not in dropped]


def _in_title(text: str, start: int) -> bool:
    """ "Head of the Department of X of Y University": a unit inside a person's title is where
    that person works; Y stays a partner and the unit folds into it."""
    before = _BEFORE_UNIT.search(text[max(0, start - 40) : start])
    return bool(before and before.group(1).casefold() in TITLE_WORDS)


def _named_by_title(name: str, titles: list[str]) -> bool:
    """ "Ministry of Foreign Affairs of Turkmenistan" and "the Minister of Foreign Affairs"."""
    core = _ARTICLE.sub("", name.casefold())
    core = _BODY_WORD.sub(_TITLE_WORD, core)
    parts = core.split(_OF)
    heads = [_OF.join(parts[:n]) for n in range(len(parts), 1, -1)]  # the country last off
    return any(head in title for head in heads for title in titles)


def fold_units(
    organizations: list[DraftOrganization],
    people: list[DraftPerson],
    memoranda: list[DraftMemorandum],
    milestones: list[DraftMilestone],
    key: Callable[[str], str],
) -> list[DraftOrganization]:
    """The organizations less units of another one found here that sign nothing; what named a
    unit (a person's employer, a milestone's organization) names its parent instead."""
    found = {key(n): o.name for o in organizations for n in [o.name, *o.aliases]}
    sides = {key(p) for m in memoranda for p in m.parties}
    into: dict[str, str] = {}
    for organization in organizations:
        parent = found.get(key(organization.parent)) if organization.parent else None
        if (
            parent
            and parent != organization.name
            and is_unit(organization.name)
            and not {key(n) for n in [organization.name, *organization.aliases]} & sides
        ):
            into[organization.name] = parent
    _fold_bare_academic_units(organizations, sides, into, key)
    for person in people:
        if person.organization in into:
            person.organization = into[person.organization]
    for milestone in milestones:
        milestone.organizations = list(
            dict.fromkeys(into.get(n, n) for n in milestone.organizations)
        )
    return [o for o in organizations if o.name not in into]


def _fold_bare_academic_units(
    organizations: list[DraftOrganization],
    sides: set[str],
    into: dict[str, str],
    key: Callable[[str], str],
) -> None:
    """ "Dean of the School of Business X": a school or faculty named by its field alone, with no
    parent written, is a unit of the text's first university, which it folds into."""
    universities = sorted(
        (o for o in organizations if o.kind == "university" and o.name not in into),
        key=lambda o: min((s.start for s in o.spans), default=0),
    )
    for organization in organizations:
        words = _ARTICLE.sub("", organization.name.casefold()).split()
        head = next(
            (
                " ".join(words[:n])
                for n in (2, 1)
                if " ".join(words[:n]) in _ACADEMIC_UNITS and words[n : n + 1] in _UNIT_LINKS
            ),
            None,
        )
        if (
            head is None
            or organization.parent
            or organization.name in into
            or key(organization.name) in sides
        ):
            continue
        parent = next((u for u in universities if u is not organization), None)
        if parent is not None:
            into[organization.name] = parent.name


def is_unit(name: str) -> bool:
    """ "Research Center of X", "Higher School of Y": the words before the first "of" end in a
    unit's word."""
    head = _HEAD_END.split(name.casefold(), maxsplit=1)[0].split()
    return bool(head) and (head[-1] in _UNIT_HEADS or " ".join(head[-2:]) in _UNIT_HEADS)


_SHORT_FORM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z-]{1,9}")


def subordinates(text: str, mentions: list[OrganizationMention]) -> None:
    """ "X under the Ministry of Y", "the Center of the Institute of Z": the second is the
    first's parent, not another party of what the first does."""
    ordered = sorted((m for m in mentions if not m.derived), key=lambda m: m.start)
    for child, parent in zip(ordered, ordered[1:], strict=False):
        between = text[child.end : parent.start]
        if child.parent is None and UNDER_THE.fullmatch(between):
            child.parent = parent.name
        elif not between.strip() and _SHORT_FORM.fullmatch(parent.name):
            # "the State Atomic Energy Corporation ROSATOM", "X Nuclear University MEPhI": the
            # name, then its short form (two capitals at least, lower case between allowed).
            parent.same_as.append(child.name)
