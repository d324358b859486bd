"""Resolve: the short forms and variants of an organization already drafted join its long form.

"KazNU" and "Kazakh National University" are "Al-Farabi Kazakh National University";
"Buketov University" is "Karaganda Buketov University"; "Medical University of Karaganda" and
"Karaganda Medical University" are one; a misspelling ("Waginengen") joins the right spelling.
A name joins a longer one only when exactly one longer name fits, and never a unit of it ("the
Press Service of X" is not X) or a body named after it ("X University Foundation" is not "X
University"). Language-neutral: the words that carry no meaning in a name, how a name tells
its unit from its body ("of the") and what blocks a join come from the language's rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.merge import Groups

_WORD = re.compile(r"[\w-]+")
# An acronym: capitals, possibly with a few lower-case letters inside ("KazNU", "SamSMU").
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,9}$")
_ACRONYM = ACRONYM
_BUCKET_LIMIT = 60  # misspellings are looked for among at most this many names of one shape


@dataclass(frozen=True)
class VariantRules:
    function_words: frozenset[str]  # "of", "the", "named", "after": no meaning in a name
    # Extra words of a longer name that make it another organization ("of China").
    blocks: Callable[[set[str]], bool] = lambda extra: False
    # Words that head an organization's name ("university", "service"): "the Press Service of
    # the X University" names two, so it is a unit of X.
    type_words: frozenset[str] = frozenset()
    # Words that only describe the organization a name names ("State Corporation").
    descriptors: frozenset[str] = frozenset()
    # Words that only say where an organization is from ("Turkmen", "Chinese"): a long form that
    # adds nothing else is not the fuller name ("Turkmen Center for X" is "Center for X").
    origins: frozenset[str] = frozenset()
    # Words that head a place's own government ("akimat"): "the Akimat of X region" is the
    # "X region" that signs, not a unit of it.
    governments: frozenset[str] = frozenset()
    # One word's spellings ("centre" → "center"): the two spellings of a name are one name.
    spellings: Mapping[str, str] = field(default_factory=dict)
    # A name in two parts, the first a unit of the second ("the Press Service of the X
    # University"): groups 1 and 2. None where the language writes no such names.
    unit_of: re.Pattern[str] | None = None
    # What ends the words before a shorter name inside a longer one when the longer names a
    # unit of it ("Scientific Council of the ..."). None where the language has none.
    unit_before: re.Pattern[str] | None = None
    # Endings a word drops when names are compared ("X's").
    possessive_endings: tuple[str, ...] = ()


def _is_unit(name: str, rules: VariantRules) -> bool:
    match = rules.unit_of.match(name) if rules.unit_of else None
    return bool(
        match
        and set(_words(match.group(1), rules)) & rules.type_words
        and set(_words(match.group(2), rules)) & rules.type_words
    )


def _words(name: str, rules: VariantRules) -> list[str]:
    words = [_without_endings(w.casefold(), rules.possessive_endings) for w in _WORD.findall(name)]
    return [rules.spellings.get(w, w) for w in words if w not in rules.function_words]


def _without_endings(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        word = word.removesuffix(ending)
    return word


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is made of the starts of `words` in order ("KazNU": Kazakh National
    University), leading words allowed to go unused ("Al-Farabi"); or, when it has one capital
    per word, of their initials in any order ("TSEU")."""
    letters = acronym.casefold()
    if len(words) < 2:
        return False
    capitals = [c.casefold() for c in acronym if c.isupper()]
    if len(capitals) == len(letters) == len(words) and sorted(capitals) == sorted(
        w[0] for w in words
    ):
        return True

    def fits(i: int, j: int) -> bool:  # letters[j:] from words[i:], every word used
        if j == len(letters):
            return i == len(words)
        if i == len(words) or words[i][0] != letters[j]:
            return False
        # This word gives letters[j] and perhaps more, each found further along in it.
        k, at = j + 1, 1
        while True:
            if fits(i + 1, k):
                return True
            if k == len(letters):
                return False
            at = words[i].find(letters[k], at) + 1
            if at == 0:
                return False
            k += 1

    return any(fits(start, 0) for start in range(len(words) - 1))


def _unit_of(longer: str, shorter: str, rules: VariantRules) -> bool:
    """ "Scientific Council of the Institute of X": a unit of X, not X."""
    at = longer.casefold().find(shorter.casefold())
    return at > 0 and rules.unit_before is not None and bool(rules.unit_before.search(longer[:at]))


def _bears_the_name(longer: str, shorter: str, rules: VariantRules) -> bool:
    """ "X University Foundation", "X University Hospital": the shorter name whole, then a type
    word of the longer one's own, so another body that bears its name, not its fuller form."""
    short_words = _words(shorter, rules)
    at = longer.casefold().find(shorter.casefold())
    if at < 0 or not short_words or short_words[-1] not in rules.type_words:
        return False
    return any(w in rules.type_words for w in _words(longer[at + len(shorter) :], rules))


def fold_variants(
    drafts: list[DraftOrganization],
    names: dict[str, str],
    core_key: Callable[[str], str],
    rules: VariantRules,
) -> list[DraftOrganization]:
    """Drafts with each variant folded into its long form; `names` (a spelling's key → its
    organization's name) is updated so later steps resolve variants to the long form."""
    words = [_words(d.name, rules) for d in drafts]
    holding: dict[str, list[int]] = {}  # a word → the drafts whose name holds it
    for i, ws in enumerate(words):
        for w in set(ws):
            holding.setdefault(w, []).append(i)
        for alias in drafts[i].aliases:  # one-word short forms, kept apart from words
            if " " not in alias:
                holding.setdefault("\0" + alias.casefold(), []).append(i)
    groups = Groups()  # a variant's group's root is the long form it folds into
    folded = False
    undecided = []
    for i, draft in enumerate(drafts):
        targets = _targets(i, draft, drafts, words, holding, rules)
        if len(targets) == 1:
            groups.union(i, targets.pop())
            folded = True
        elif targets:
            undecided.append((i, targets))
    # Several longer names that turned out to be one organization: "KazNU" fits both
    # "Kazakh National University" and "Al-Farabi Kazakh National University".
    for i, targets in undecided:
        roots = {groups.find(j) for j in targets} - {groups.find(i)}
        if len(roots) == 1:
            groups.union(i, roots.pop())
            folded = True
    if not folded:
        return drafts
    root = groups.find

    kept: dict[int, DraftOrganization] = {}
    for i, draft in enumerate(drafts):
        target = root(i)
        if target == i:
            kept.setdefault(i, draft)
    for i, draft in enumerate(drafts):
        target = root(i)
        if target != i and target in kept:
            _absorb(kept[target], draft, rules)
    for draft in kept.values():
        for spelling in (draft.name, *draft.aliases):
            names[core_key(spelling)] = draft.name
    owners = {d.name: kept[root(i)].name for i, d in enumerate(drafts) if root(i) in kept}
    for key, name in names.items():
        names[key] = owners.get(name, name)
    return [kept[i] for i in sorted(kept)]


def _targets(
    i: int,
    draft: DraftOrganization,
    drafts: list[DraftOrganization],
    words: list[list[str]],
    holding: dict[str, list[int]],
    rules: VariantRules,
) -> set[int]:
    own = words[i]
    if not own:
        return set()
    if len(own) >= 2 and set(own[1:]) <= rules.descriptors:
        # "Rosatom State Corporation" where "ROSATOM" is another's short form.
        named = {j for j in holding.get("\0" + own[0], []) if j != i}
        if named:
            return named
    last = draft.name.split()[-1]
    shouted = draft.name.isupper() and len(own) >= 2  # "ABAI UNIVERSITY" in a headline
    if _ACRONYM.match(last) and len(own) <= 3 and not shouted:
        # "KazNU", or "Abai KazNPU": words of the long name, then an acronym of the rest.
        lead = set(own[:-1])
        first = last[0].casefold()
        pool: Iterable[int] = (
            j for j, ws in enumerate(words) if len(ws) >= 2 and any(w[0] == first for w in ws)
        )
        found = {
            j
            for j in pool
            if j != i
            and lead <= set(words[j])
            and abbreviates(last, [w for w in words[j] if w not in lead])
        }
        whole = {j for j in found if not _is_unit(drafts[j].name, rules)}
        if whole or found:
            return whole or found
    lead_word = draft.name.split()[0]
    if _ACRONYM.match(lead_word) and len(own) >= 2 and own[-1] in rules.type_words:
        # "MG University" for "Mahatma Gandhi University": an acronym of the words before the
        # same type word, and of those before the same words ("UAE Space Agency").
        rest = own[1:]
        led = {
            j
            for j in holding.get(own[-1], [])
            if j != i
            and len(words[j]) > len(own)
            and words[j][-len(rest) :] == rest
            and abbreviates(lead_word, words[j][: -len(rest)])
        }
        if led:
            return led
    if len(own) == 1:
        # "Rosatom" for "Rosatom State Corporation": the name and words that only describe it;
        # "KazMunayGas" for "NC KazMunayGas JSC": the same word with legal forms around it.
        described = {
            j
            for j in holding.get(own[0], [])
            if j != i
            and words[j][0] == own[0]
            and (
                len(words[j]) >= 2
                and set(words[j][1:]) <= rules.descriptors
                or words[j] == own
                and len(drafts[j].name) > len(draft.name)
            )
        }
        if not described and _ACRONYM.match(draft.name):
            # "KazNU" for "Al-Farabi KazNU": the acronym a longer name ends with.
            described = {
                j
                for j in holding.get(own[0], [])
                if j != i and len(words[j]) >= 2 and words[j][-1] == own[0]
            }
        return described or _leading_word_of(i, own[0], drafts, words, holding, rules)
    rarest = min(own, key=lambda w: len(holding.get(w, [])))
    targets = set()
    for j in holding.get(rarest, []):
        other = words[j]
        if j == i or not set(own) <= set(other):
            continue
        if len(other) == len(own) and (set(other) != set(own) or j > i):
            continue  # the same words: the later one joins the earlier
        if (
            _unit_of(drafts[j].name, draft.name, rules)
            and not set(other) - set(own) <= rules.governments
        ):
            continue
        if _bears_the_name(drafts[j].name, draft.name, rules):
            continue
        if "government" in (draft.kind, drafts[j].kind) and rules.blocks(set(other) - set(own)):
            continue  # "Ministry of Agriculture" and "Ministry of Agriculture of China"
        if draft.country and drafts[j].country and draft.country != drafts[j].country:
            continue  # "Belarus’ Ministry of Industry" is not Kazakhstan's
        targets.add(j)
    if not targets:
        shape = [j for j in holding.get(own[-1], []) if len(words[j]) == len(own) and j != i]
        if len(shape) <= _BUCKET_LIMIT:
            targets = {
                j
                for j in shape
                if j < i
                and words[j][:-1] != own[:-1]
                and sum(a != b for a, b in zip(words[j], own, strict=True)) == 1
                and fuzz.ratio(" ".join(words[j]), " ".join(own)) >= 90
                and _misspelt(words[j], own)
            }
    return targets


def _misspelt(one: list[str], other: list[str]) -> bool:
    """Whether the one word two names differ in is a slip of the pen: the same letters but for
    two at most ("Waginengen", "Wageningen"), not another name ("Jeonju", "Jeonbuk")."""
    a, b = next((x, y) for x, y in zip(one, other, strict=True) if x != y)
    difference = (Counter(a) - Counter(b)) + (Counter(b) - Counter(a))
    return sum(difference.values()) <= 2


def _leading_word_of(
    i: int,
    word: str,
    drafts: list[DraftOrganization],
    words: list[list[str]],
    holding: dict[str, list[int]],
    rules: VariantRules,
) -> set[int]:
    """ "Chevron" for "Chevron Munaigas Inc.": a company's first word names it when exactly one
    name of the text starts with it and the rest is no type word ("Nazarbayev University" and
    "Nazarbayev" are not sure to be one) and no country (a subsidiary abroad is its own)."""
    if _ACRONYM.match(drafts[i].name) or drafts[i].kind not in (None, "company"):
        return set()
    starting = [j for j in holding.get(word, []) if j != i and words[j][0] == word]
    if len(starting) != 1:
        return set()
    j = starting[0]
    rest = set(words[j][1:])
    if (
        len(words[j]) < 2
        or drafts[j].kind not in (None, "company")
        or rest & rules.type_words
        or rules.blocks(rest)
        or rest <= rules.origins
    ):
        return set()
    return {j}


def _absorb(target: DraftOrganization, variant: DraftOrganization, rules: VariantRules) -> None:
    extra = set(_words(target.name, rules)) - set(_words(variant.name, rules))
    if extra and extra <= rules.origins and not _ACRONYM.match(variant.name):
        target.name, variant = (
            variant.name,
            DraftOrganization(target.name, aliases=[*target.aliases, *variant.aliases]),
        )
        target.aliases = []
    seen = {s.casefold() for s in (target.name, *target.aliases)}
    for spelling in (variant.name, *variant.aliases):
        if spelling.casefold() not in seen:
            target.aliases.append(spelling)
            seen.add(spelling.casefold())
    if target.short_name is None and (variant.short_name or _ACRONYM.match(variant.name)):
        target.short_name = variant.short_name or variant.name
    target.kind = target.kind or variant.kind
    target.country = target.country or variant.country
    target.parent = target.parent or variant.parent
    target.spans = sorted({*target.spans, *variant.spans}, key=lambda s: s.start)
