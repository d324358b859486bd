"""The database's names folded for matching: exact lookups and one fuzzy pass over all.

Each record is known by several folded keys: its name, aliases and short name, the name
without a country qualifier ("... of the Republic of Kazakhstan"), the parts of "Long Form
(SHORT)" and the head before a colon. An exact hit is worth what its key is worth (a name or
alias 1, a short form a little less); fuzzy similarity comes from one rapidfuzz cdist over
every key, scaled below the exact forms.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.i18n import _
from kztracker.importing.draft import Candidate
from kztracker.models import FocusArea, Organization, OrganizationAlias, Person, PersonAlias
from kztracker.normalize import name_key
from kztracker.resources import package_json


def _each_language(key: str) -> list[str]:
    return [word for words in _WORDS[key].values() for word in words]


_WORDS = package_json("kztracker", "matching_words")
# Countries an announcement names after a company to mean its local branch. A trailing
# "of (the Republic of) Kazakhstan" is a qualifier of the same body instead (see _qualifier).
COUNTRIES = tuple(_each_language("countries"))
HOME_COUNTRY: str = _WORDS["home_country"]
COUNTRY_SUFFIX = re.compile(r"^(.+?) (" + "|".join(re.escape(c) for c in COUNTRIES) + r")$")
_QUALIFIER = re.compile(
    r"^(.+?) (?:"
    + "|".join(_WORDS["country_qualifier"].values())
    + r")(?:"
    + "|".join(COUNTRIES)
    + r")$"
)
# The words of a qualifier besides its country, and those a known name's qualifier or the
# body a unit belongs to follows: "X of the Academy", "School of Medicine at X".
QUALIFIER_WORDS = frozenset(_each_language("qualifier_words"))
LINKING_WORDS = tuple(_each_language("linking_words"))
PART_LINKS = tuple(_each_language("part_links"))
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


# Words with no content in a title, in any of the languages a record may be written in.
STOPWORDS = frozenset(_each_language("stopwords"))


def content_stems(text: str) -> set[str]:
    """A text's content words cut to five letters, which stand in for stems: "visits" and
    "visited", "prevention" and "preventing", "trial" and "trials" agree."""
    return {w[:5] for w in fold(text).split() if w not in STOPWORDS}


# What kind of event a title tells: a stored "... opens at ..." is not told by "... visited ...".
_EVENT_KINDS = {
    kind: re.compile(r"\b(?:" + "|".join(by_language.values()) + r")\b")
    for kind, by_language in _WORDS["event_kinds"].items()
}
# What joins the parts of a focus area's name: "A, B and C", «A и B».
_CONJUNCTIONS = "|".join(_each_language("conjunctions"))
_CONJUNCTS = re.compile(rf"\s*,\s*(?:(?:{_CONJUNCTIONS})\s+)?|\s+(?:{_CONJUNCTIONS})\s+")


def event_kinds(text: str) -> set[str]:
    """The kinds of event a text tells ("opening", "visit", "meeting", ...)."""
    folded = fold(text)
    return {kind for kind, words in _EVENT_KINDS.items() if words.search(folded)}


def _area_parts(name: str) -> list[tuple[set[str], bool]]:
    """The stems of a focus area's name and of its parts: the head and tail around a colon,
    the text without a parenthesis, and each conjunct ("A and B", "A, B"), the last marked."""
    pieces = [name]
    head, _colon, tail = name.partition(":")
    if tail.strip():
        pieces += [head, tail]
    parts = []
    for piece in pieces:
        piece = re.sub(r"\s*\([^)]*\)", "", piece)
        parts.append((piece, False))
        conjuncts = _CONJUNCTS.split(piece)
        if len(conjuncts) > 1:
            parts += [(conjunct, True) for conjunct in conjuncts]
    return [(stems, conjunct) for text, conjunct in parts if (stems := content_stems(text))]


def _contracts(short: str, long: str) -> bool:
    """Whether `short`, written as an abbreviation ("MedTech", "AI"), is made of the leading
    letters of each content word of `long` in turn ("Medical technologies", "Artificial
    intelligence")."""
    if " " in short.strip() or short.islower() or not short.isalpha():
        return False
    words = [w for w in fold(long).split() if w not in STOPWORDS]
    if len(words) < 2:
        return False

    def fits(rest: str, at: int) -> bool:
        if at == len(words):
            return not rest
        return any(
            words[at].startswith(rest[:n]) and fits(rest[n:], at + 1)
            for n in range(1, len(rest) + 1)
        )

    return fits(short.casefold(), 0)


def near_variant(a: str, b: str) -> str | None:
    """Why two focus-area names name one field, or None.

    A short form ("MedTech" for "Medical technologies"); or one name's part holding the
    other's part with at most one word more (or, for a part of three words or more, at most
    as many more): "Real-world evidence" and "Real-world evidence and real-world data
    (RWE/RWD)", "Healthcare system resilience" and "Early diagnosis and healthcare resilience".
    A part of one word alone never counts ("Research"), nor a conjunct of `a` that `b` does not
    name exactly.
    """
    if _contracts(a, b) or _contracts(b, a):
        return _("short form of a known focus area")
    for p, conjunct in _area_parts(a):
        for q, _conjunct in _area_parts(b):
            if conjunct and p != q:
                # "Early diagnosis and healthcare resilience" is not "Early cancer diagnosis":
                # one conjunct of `a` only stands for it when `b` names exactly that.
                continue
            small, large = sorted((p, q), key=len)
            # One word more, or a specific part (three words or more) of at most twice its size.
            close = len(large - small) <= 1 or (len(small) >= 3 and 2 * len(small) >= len(large))
            if len(small) >= 2 and small <= large and close:
                return _("near variant of a known focus area")
    return None


@cache
def _cyrillic_qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Russian suffixes and Kazakh prefixes meaning "of the Republic of Kazakhstan"."""
    data = package_json("kztracker", "country_qualifiers")
    suffixes = tuple(f" {s}" for forms in data["suffixes"].values() for s in forms)
    prefixes = tuple(f"{p} " for forms in data["prefixes"].values() for p in forms)
    return suffixes, prefixes


def _qualifier_free(key: str) -> str | None:
    found = _QUALIFIER.match(key)
    if found:
        return found.group(1)
    if key.isascii():
        return None
    suffixes, prefixes = _cyrillic_qualifiers()
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix) + _SHORTEST_FUZZY:
            return key[: -len(suffix)]
    for prefix in prefixes:
        if key.startswith(prefix) and len(key) > len(prefix) + _SHORTEST_FUZZY:
            return key[len(prefix) :]
    return None


def _parenthesis(name: str) -> tuple[str, str] | None:
    """("Discovery Centre", "DISC") from "Discovery Centre (DISC)"."""
    found = _PARENTHESIS.match(" ".join(name.split()))
    return (found.group(1), found.group(2)) if found else None


@dataclass(frozen=True)
class Entry:
    record_id: int
    name: str  # the record's display name
    via: str  # what the key is: "name", "alias", "short name", "qualifier"
    score: float  # what an exact hit on this key is worth


@dataclass
class NameIndex:
    """Folded keys of one record kind, for exact lookups and one cdist over all of them."""

    exact: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))

    def add(self, text: str | None, entry: Entry) -> None:
        key = fold(text) if text else ""
        if not key:
            return
        self.add_key(key, entry)
        qualifier_free = _qualifier_free(key)
        if qualifier_free and entry.via in ("name", "alias"):
            self.add_key(qualifier_free, Entry(entry.record_id, entry.name, "qualifier", 0.95))
        head = (text or "").split(":", 1)[0] if ":" in (text or "") else ""
        if len(head) >= _SHORTEST_FUZZY and entry.via in ("name", "alias"):
            # "Young Health Programme: preventing ..." is also known by its head.
            self.add(head, Entry(entry.record_id, entry.name, "short name", 0.97))
        split = _parenthesis(text or "")
        if split and entry.via in ("name", "alias"):
            long_form, short_form = split
            self.add(long_form, Entry(entry.record_id, entry.name, entry.via, entry.score))
            self.add(short_form, Entry(entry.record_id, entry.name, "short name", 0.97))

    def add_key(self, key: str, entry: Entry) -> None:
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


def query_keys(name: str, extra: Iterable[str | None] = ()) -> list[str]:
    """Every folded form an item can be known by: name, short forms, qualifier-free."""
    keys: list[str] = []

    def push(text: str | None) -> None:
        key = fold(text) if text else ""
        if key and key not in keys:
            keys.append(key)
            qualifier_free = _qualifier_free(key)
            # "Ministry of Health of Türkiye" is no other spelling of Kazakhstan's ministry:
            # only Kazakhstan's own name is dropped from what an item is looked up by.
            foreign = _QUALIFIER.match(key) and not key.endswith(HOME_COUNTRY)
            if qualifier_free and qualifier_free not in keys and not foreign:
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
        "name": _("same name"),
        "alias": _("alias"),
        "short name": _("short name"),
        "qualifier": _("same name without the country qualifier"),
    }[via]


def rank_candidates(
    exact: dict[str, list[Entry]],
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
        offer(Candidate(record_id, name, round(score, 3), _("spelling variant")))
    return sorted(best.values(), key=lambda c: (-c.score, c.name))


_OTHER_WORD = 0.85  # a close name with another word: shown, never linked unreviewed
_CLOSE_WORD = 75  # rapidfuzz ratio of two spellings of one word ("Nurbeck", "Yuri", "centre")


def words_agree(a: str, b: str) -> bool:
    """Whether every word of the shorter folded name has a close spelling in the other: a typo
    or another romanization ("Nurbeck", "Yuri", "Centre"), not another word ("Adriatic" for
    "Baltic", "Health" for "Education"). Extra words of the longer name are the score's
    business."""
    small, large = sorted((a.split(), b.split()), key=len)
    return bool(large) and all(
        max(fuzz.ratio(word, other) for other in large) >= _CLOSE_WORD for word in small
    )


def fuzzy_scores(
    index: NameIndex, queries_per_item: list[list[str]], floor: float
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
    for row, (item, key) in enumerate(usable):
        for column in matrix[row].nonzero()[0]:
            # Fuzzy similarity never outranks the exact forms, and a name with another word
            # in it ("Adriatic Polytechnic Institute" for "Baltic ...") stays a candidate
            # below the link thresholds: a spelling variant differs by letters, not words.
            score = float(matrix[row][column]) / 100 * 0.97
            if not words_agree(key, choices[column]):
                score *= _OTHER_WORD
            for entry in index.exact[choices[column]]:
                if entry.via == "qualifier":
                    continue
                held = results[item].get(entry.record_id)
                if held is None or score > held[0]:
                    results[item][entry.record_id] = (score, entry.name)
    return results


def organization_index(session: Session) -> NameIndex:
    index = NameIndex()
    names: dict[int, str] = {}
    for id_, name, short in session.execute(
        select(Organization.id, Organization.name, Organization.short_name)
    ):
        names[id_] = name
        index.add(name, Entry(id_, name, "name", 1.0))
        index.add(short, Entry(id_, name, "short name", 0.97))
    for id_, alias in session.execute(
        select(OrganizationAlias.organization_id, OrganizationAlias.alias)
    ):
        index.add(alias, Entry(id_, names[id_], "alias", 1.0))
    return index


def people_index(session: Session) -> NameIndex:
    index = NameIndex()
    names: dict[int, str] = {}
    for id_, name in session.execute(select(Person.id, Person.name)):
        names[id_] = name
        index.add(name, Entry(id_, name, "name", 1.0))
    for id_, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)):
        index.add(alias, Entry(id_, names[id_], "alias", 1.0))
    return index


def focus_area_index(session: Session) -> NameIndex:
    index = NameIndex()
    for id_, name in session.execute(select(FocusArea.id, FocusArea.name)):
        index.add(name, Entry(id_, name, "name", 1.0))
    return index
