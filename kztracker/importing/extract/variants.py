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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kztracker.importing.draft import DraftOrganization
from kztracker.importing.extract.merge import Groups
from kztracker.importing.extract.word_letters import abbreviates, misspelt

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


@dataclass(frozen=True)
class _Name:
    """One draft's name as `_targets` weighs it against the other names of its text."""

    i: int
    draft: DraftOrganization
    own: list[str]  # the words of its name that carry meaning
    drafts: list[DraftOrganization]
    words: list[list[str]]  # the same for every draft of the text
    holding: dict[str, list[int]]  # a word → the drafts whose name holds it
    rules: VariantRules

    def others_holding(self, word: str) -> list[int]:
        """The other drafts whose name holds `word` ("\\0" + a form: have it as a short form)."""
        return [j for j in self.holding.get(word, []) if j != self.i]


def _targets(
    i: int,
    draft: DraftOrganization,
    drafts: list[DraftOrganization],
    words: list[list[str]],
    holding: dict[str, list[int]],
    rules: VariantRules,
) -> set[int]:
    """The drafts whose longer name `draft`'s name may be a short form or variant of. The ways
    one name stands for another are tried in this order; the first that finds any decides."""
    name = _Name(i, draft, words[i], drafts, words, holding, rules)
    if not name.own:
        return set()
    if named := _short_form_with_descriptors(name):
        return named
    if expanded := _expansions_of_trailing_acronym(name):
        return expanded
    if led := _expansions_of_leading_acronym(name):
        return led
    if len(name.own) == 1:
        return _fuller_forms_of_one_word(name)
    return _names_holding_all_its_words(name) or _earlier_misspellings(name)


def _short_form_with_descriptors(name: _Name) -> set[int]:
    """The drafts that have the name's first word as their short form, when the rest of the
    name only describes it."""
    own = name.own
    if len(own) >= 2 and set(own[1:]) <= name.rules.descriptors:
        # "Rosatom State Corporation" where "ROSATOM" is another's short form.
        return set(name.others_holding("\0" + own[0]))
    return set()


def _expansions_of_trailing_acronym(name: _Name) -> set[int]:
    """The longer names the name's last word, an acronym, abbreviates (after the words they
    share), whole organizations before units of one."""
    draft, own, words = name.draft, name.own, name.words
    last = draft.name.split()[-1]
    shouted = draft.name.isupper() and len(own) >= 2  # "ABAI UNIVERSITY" in a headline
    if not _ACRONYM.match(last) or len(own) > 3 or shouted:
        return set()
    # "KazNU", or "Abai KazNPU": words of the long name, then an acronym of the rest.
    lead = set(own[:-1])
    first = last[0].casefold()
    pool: Iterable[int] = (
        j for j, ws in enumerate(words) if len(ws) >= 2 and any(w[0] == first for w in ws)
    )
    found = {
        j
        for j in pool
        if j != name.i
        and lead <= set(words[j])
        and abbreviates(last, [w for w in words[j] if w not in lead])
    }
    whole = {j for j in found if not _is_unit(name.drafts[j].name, name.rules)}
    return whole or found


def _expansions_of_leading_acronym(name: _Name) -> set[int]:
    """For a name that is an acronym and words ending with a type word: the longer names that
    end with the same words and whose words before them the acronym abbreviates."""
    own, words = name.own, name.words
    lead_word = name.draft.name.split()[0]
    if not (_ACRONYM.match(lead_word) and len(own) >= 2 and own[-1] in name.rules.type_words):
        return set()
    # "MG University" for "Mahatma Gandhi University": an acronym of the words before the
    # same type word, and of those before the same words ("UAE Space Agency").
    rest = own[1:]
    return {
        j
        for j in name.others_holding(own[-1])
        if len(words[j]) > len(own)
        and words[j][-len(rest) :] == rest
        and abbreviates(lead_word, words[j][: -len(rest)])
    }


def _fuller_forms_of_one_word(name: _Name) -> set[int]:
    """The longer names a one-word name is the heart of: one that adds only descriptions or
    legal forms, else (for an acronym) one that ends with it, else the one company it leads."""
    described = _described_forms(name)
    if not described and _ACRONYM.match(name.draft.name):
        described = _names_ending_with_acronym(name)
    return described or _leading_word_of(name)


def _described_forms(name: _Name) -> set[int]:
    """The longer names that start with the one word and add only words that describe it, or
    whose one word that carries meaning is the same, with more written around it."""
    word, words = name.own[0], name.words
    # "Rosatom" for "Rosatom State Corporation": the name and words that only describe it;
    # "KazMunayGas" for "NC KazMunayGas JSC": the same word with legal forms around it.
    return {
        j
        for j in name.others_holding(word)
        if words[j][0] == word
        and (
            len(words[j]) >= 2
            and set(words[j][1:]) <= name.rules.descriptors
            or words[j] == name.own
            and len(name.drafts[j].name) > len(name.draft.name)
        )
    }


def _names_ending_with_acronym(name: _Name) -> set[int]:
    """ "KazNU" for "Al-Farabi KazNU": the acronym a longer name ends with."""
    word, words = name.own[0], name.words
    return {j for j in name.others_holding(word) if len(words[j]) >= 2 and words[j][-1] == word}


def _names_holding_all_its_words(name: _Name) -> set[int]:
    """The names that hold every word of this one and are its fuller form, looked for among
    those that hold its rarest word."""
    rarest = min(name.own, key=lambda w: len(name.holding.get(w, [])))
    return {j for j in name.others_holding(rarest) if _is_fuller_form(name, j)}


def _is_fuller_form(name: _Name, j: int) -> bool:
    """Whether draft j is this name's fuller form: its name holds every word of this one and
    is no later name of the same words, no unit of it, no body named after it, no other
    country's."""
    own, other = name.own, name.words[j]
    draft, longer, rules = name.draft, name.drafts[j], name.rules
    if not set(own) <= set(other):
        return False
    if len(other) == len(own) and (set(other) != set(own) or j > name.i):
        return False  # the same words: the later one joins the earlier
    if _unit_of(longer.name, draft.name, rules) and not set(other) - set(own) <= rules.governments:
        return False
    if _bears_the_name(longer.name, draft.name, rules):
        return False
    if "government" in (draft.kind, longer.kind) and rules.blocks(set(other) - set(own)):
        return False  # "Ministry of Agriculture" and "Ministry of Agriculture of China"
    if draft.country and longer.country and draft.country != longer.country:
        return False  # "Belarus’ Ministry of Industry" is not Kazakhstan's
    return True


def _earlier_misspellings(name: _Name) -> set[int]:
    """The earlier names of as many words, holding this one's last word, that differ from it
    in one word before the last, and only by a slip of the pen."""
    own, words = name.own, name.words
    shape = [j for j in name.others_holding(own[-1]) if len(words[j]) == len(own)]
    if len(shape) > _BUCKET_LIMIT:
        return set()
    return {
        j
        for j in shape
        if j < name.i
        and words[j][:-1] != own[:-1]
        and sum(a != b for a, b in zip(words[j], own, strict=True)) == 1
        and fuzz.ratio(" ".join(words[j]), " ".join(own)) >= 90
        and misspelt(words[j], own)
    }


def _leading_word_of(name: _Name) -> set[int]:
    """ "Chevron" for "Chevron Munaigas Inc.": a company's first word names it when exactly one
    name of the text starts with it and the rest is no type word ("Nazarbayev University" and
    "Nazarbayev" are not sure to be one) and no country (a subsidiary abroad is its own)."""
    word, words, rules = name.own[0], name.words, name.rules
    if _ACRONYM.match(name.draft.name) or name.draft.kind not in (None, "company"):
        return set()
    starting = [j for j in name.others_holding(word) if words[j][0] == word]
    if len(starting) != 1:
        return set()
    j = starting[0]
    rest = set(words[j][1:])
    if (
        len(words[j]) < 2
        or name.drafts[j].kind not in (None, "company")
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
