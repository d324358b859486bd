"""«Павлодар облысының әкімі ... Павлодар облысы Омбыға астық жөнелтті»: a place acting by its
own name stands for the body its head's title implies.

A region's akim implies its akimat and a city's mayor its mayoralty, and that body is the side
when the text names it no other way. But when the text also names the place itself on its own
(it sends, receives, signs, is visited: «Қостанай облысына келді», «Мәскеуге жеткізді»), the
story's actor is the place, and the body the title implied takes the place's name, so one
record stands for both. A body the text names outright («облысының әкімдігі») keeps its name.
A region outside Kazakhstan has no akimat at all: its akim's title implies the region.
"""

from __future__ import annotations

import re
from itertools import islice

from kztracker.importing.extract.kazakh.endings import case_of, strip_case
from kztracker.importing.extract.kazakh.lexicon import data
from kztracker.importing.extract.kazakh.organizations import type_of
from kztracker.importing.extract.mentions import Coverage, OrganizationMention, PersonMention

_WORD = re.compile(r"\w[\w-]*")
# What str.split() splits out: a run of anything but whitespace (the same Unicode whitespace).
_SPACED = re.compile(r"\S+")


def places_acting(
    organizations: list[OrganizationMention], people: list[PersonMention], text: str
) -> None:
    """Each implied place body (data: people place_governments) named by its place, when the
    text names that place on its own; the people serving it follow."""
    entry = data("people")["place_governments"]
    bodies = {b.casefold() for b in entry["bodies"]}
    # «әкім», «мэр»: the heads whose titles imply such a body; a place followed by one of
    # them is only the title's or the body's owner («облысының әкімі», «Мәскеу мэриясы»)
    heads = tuple(
        t["bare"].casefold() for t in data("people")["titles"] if t.get("implies") in bodies
    )
    stated = {m.name for m in organizations if not m.derived}
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys = [strip_case(t).casefold() for _, _, t in tokens]
    renamed: dict[str, str] = {}
    for mention in organizations:
        parts = mention.name.split()
        if not mention.derived or len(parts) < 2 or parts[-1].casefold() not in bodies:
            continue
        if mention.name in stated:
            continue
        place = [strip_case(w) for w in parts[:-1]]
        # the place found as a name of its own is that place, not a body around it
        inside = Coverage(
            (m.start, m.end)
            for m in organizations
            if not m.derived and [strip_case(w) for w in m.name.split()] != place
        )
        found = _named_alone(place, tokens, keys, heads, inside, entry["passive_cases"])
        if mention.name not in renamed and (found or _foreign_region(place, parts[-1])):
            renamed[mention.name] = " ".join(place)
        mention.name = renamed.get(mention.name, mention.name)
    for person in people:
        person.organization = renamed.get(person.organization or "", person.organization)


def _foreign_region(place: list[str], body: str) -> bool:
    """«Жизақ облысының әкімі»: a region outside Kazakhstan has no akimat; its head's title
    implies the region itself."""
    heads = data("people")["region_heads"]
    return (
        body.casefold() == heads["akimat"].casefold()
        and len(place) > 1
        and place[-1] == heads["region"]
        and " ".join(place[:-1]) not in heads["kazakh_regions"]
    )


def _named_alone(
    place: list[str],
    tokens: list[tuple[int, int, str]],
    keys: list[str],
    heads: tuple[str, ...],
    inside: Coverage,
    passive_cases: list[str],
) -> bool:
    """Whether the place occurs neither inside a named body, nor before its head's title or
    body, nor only as where something happens or whose something is (a passive case)."""
    wanted = [w.casefold() for w in place]
    size = len(wanted)
    for i in range(len(keys) - size + 1):
        if keys[i : i + size] != wanted or inside.covers(tokens[i][0]):
            continue
        after = tokens[i + size][2].casefold() if i + size < len(tokens) else ""
        if not after.startswith(heads) and case_of(tokens[i + size - 1][2]) not in passive_cases:
            return True
    return False


def delegations_sent(text: str, organizations: list[OrganizationMention]) -> set[str]:
    """The names of the regions and cities whose delegation the text tells of («Ақтөбе облысының
    делегациясы», «провинциясынан келген делегация»): such a place acts, party or not. A
    country's delegation is its officials', told by them (data: organizations delegations)."""
    entry = data("organizations")["delegations"]
    units = {u.casefold() for u in entry["units"]}
    between = {w.casefold() for w in entry["between"]}
    sent: set[str] = set()
    for mention in organizations:
        head = type_of(mention.name.split()[-1])
        if head is None or head.bare.casefold() not in units:
            continue
        # The next three words, read from the mention on: casefolding and splitting the whole
        # rest of the text for each mention cost length squared on a long text.
        ahead = islice(_SPACED.finditer(text, mention.end), 3)
        following = [w.group().casefold().strip(".,;:«»") for w in ahead]
        while following and following[0] in between:
            following.pop(0)
        if following and following[0].startswith(tuple(entry["words"])):
            sent.add(mention.name)
    return sent


def without_bare_places(
    text: str, organizations: list[OrganizationMention]
) -> list[OrganizationMention]:
    """«Астана мен Санкт-Петербург арасындағы меморандум»: a one-word name no type word marks,
    that the text elsewhere calls a city or region («Санкт-Петербург қаласының ...»), is that
    place, the home of the bodies that sign, not a body of its own."""
    units = "|".join(re.escape(u) for u in data("organizations")["admin_units"])
    # Once per name, not per mention: each look is a pass over the whole text, and a long
    # text names the same places again and again.
    called_place: dict[str, bool] = {}
    kept = []
    for mention in organizations:
        bare = not mention.derived and mention.kind is None and " " not in mention.name
        if bare and mention.name not in called_place:
            place = rf"(?<![\w-]){re.escape(mention.name)}\w*\s+(?:{units})"
            called_place[mention.name] = bool(re.search(place, text, re.IGNORECASE))
        if bare and called_place[mention.name]:
            continue
        kept.append(mention)
    return kept
