"""Memoranda found in several sentences gathered into one per document, and their titles."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.lexicon import COUNTRIES, ORGANIZATION_TYPES
from kztracker.normalize import name_key

_KIND_LABELS: dict[str, str] = W.WORDING["kind_labels"]
_WITH: str = W.WORDING["title_with"]  # "{label} with {partners}"
_BETWEEN: str = W.WORDING["title_between"]
_COMMA: str = W.WORDING["list_comma"]
_AND: str = W.WORDING["list_and"]
_ARTICLE: str = W.WORDING["name_article"]
_OF: str = W.WORDING["name_of"]


def memorandum_title(kind: str, parties: list[str], host: str | None) -> str:
    label = _KIND_LABELS[kind]
    if not parties:
        return label
    if kind == "other":
        partners = [p for p in parties if p != host] or parties
        return _WITH.format(label=label, partners=_join(partners))
    if len(parties) == 1:
        return _WITH.format(label=label, partners=parties[0])
    return _BETWEEN.format(label=label, partners=_join(parties))


def _join(names: list[str]) -> str:
    names = [_with_article(n) for n in names]
    return names[0] if len(names) == 1 else _COMMA.join(names[:-1]) + _AND + names[-1]


def _with_article(name: str) -> str:
    """ "the Ministry of Health", "the University of Tartu"; "AstraZeneca" stays bare."""
    first = name.split()[0].casefold()
    return f"{_ARTICLE} {name}" if first in ORGANIZATION_TYPES or _OF in name else name


def _apart(earlier: DraftMemorandum, memo: DraftMemorandum) -> bool:
    """Two documents of one sentence, each with a partner the other lacks ("A signed the MoC
    with B and the Arrangement with C, respectively"): kept apart, even when B speaks."""
    mine, theirs = set(memo.parties), set(earlier.parties)
    return bool(memo.spans[-1:] == earlier.spans[:1] and mine - theirs and theirs - mine)


def merge_memoranda(
    memoranda: list[DraftMemorandum], host: str | None, parents: dict[str, str]
) -> list[DraftMemorandum]:
    """Two mentions of one agreement share a party other than the speaking side; a mention of
    a party's parent ("AstraZeneca" for "AstraZeneca Kazakhstan") restates the same one."""
    merged: list[DraftMemorandum] = []
    rank = {"memorandum": 0, "agreement": 1, "roadmap": 2, "other": 3}
    host_key = name_key(host or "")
    theirs: list[set[str]] = []  # each merged memorandum's sides, its parties' parents included
    holding: dict[str, list[int]] = {}  # a side's key → the merged memoranda that hold it
    empty: list[int] = []  # merged memoranda with no side but the speaking one

    def index(at: int, keys: set[str]) -> None:
        for key in keys - theirs[at]:
            holding.setdefault(key, []).append(at)
        theirs[at] |= keys

    for memo in memoranda:
        own = {name_key(p) for p in memo.parties} - {host_key}
        parent_keys = {name_key(parents[p]) for p in memo.parties if p in parents}
        if not own:
            merged.append(memo)
            theirs.append(set())
            index(len(merged) - 1, parent_keys)
            if not parent_keys:
                empty.append(len(merged) - 1)
            continue
        # Only memoranda sharing a side (or with none) can hold or be held by this one.
        candidates = sorted({i for key in own for i in holding.get(key, [])} | set(empty))
        at = next(
            (
                i
                for i in candidates
                if (own <= theirs[i] or theirs[i] <= own) and not _apart(merged[i], memo)
            ),
            None,
        )
        if at is None:
            merged.append(memo)
            theirs.append(set())
            index(
                len(merged) - 1, own | {name_key(parents[p]) for p in memo.parties if p in parents}
            )
            continue
        earlier = merged[at]
        earlier.parties = unique_names(earlier.parties + memo.parties)
        if rank[memo.kind] < rank[earlier.kind]:
            earlier.kind = memo.kind
        earlier.title = memorandum_title(earlier.kind, earlier.parties, host)
        earlier.signatories = unique_names(earlier.signatories + memo.signatories)
        if memo.signed_on and (
            earlier.signed_on is None or _precision(memo.signed_on) > _precision(earlier.signed_on)
        ):
            earlier.signed_on = memo.signed_on
        earlier.spans += memo.spans
        grown = {name_key(p) for p in earlier.parties} - {host_key}
        index(at, grown | {name_key(parents[p]) for p in earlier.parties if p in parents})
        if at in empty and theirs[at]:
            empty.remove(at)
    return merged


def restate(earlier: DraftMemorandum, memo: DraftMemorandum, host: str | None) -> None:
    """A mention that refers back ("the memorandum was signed by ...") adds to the document told
    of: its signatories, date and evidence, and sides only where that one names fewer than two."""
    if len(earlier.parties) < 2:
        earlier.parties = unique_names(earlier.parties + memo.parties)
        earlier.title = memorandum_title(earlier.kind, earlier.parties, host)
    elif _bodies(memo.parties) and _only_countries(
        [p for p in earlier.parties if name_key(p) not in {name_key(q) for q in memo.parties}]
    ):
        # "Azerbaijan and Kazakhstan have signed a memorandum. Institute A's director and
        # Centre B's chairman signed the document": the bodies that signed are its sides.
        earlier.parties = list(memo.parties)
        earlier.title = memorandum_title(earlier.kind, earlier.parties, host)
    elif _bodies_of_the_countries(memo.parties, earlier.parties):
        # "Pakistan and Kazakhstan signed an action plan. X and Y signed it on behalf of the
        # Ministry of Foreign Affairs of Pakistan and the Ministry of ... of Kazakhstan".
        earlier.parties = list(memo.parties)
        earlier.title = memorandum_title(earlier.kind, earlier.parties, host)
    earlier.signatories = unique_names(earlier.signatories + memo.signatories)
    if earlier.signed_on is None:
        earlier.signed_on = memo.signed_on
    earlier.spans += memo.spans


_GOVERNMENT = re.compile(
    "^" + re.escape(W.WORDING["government_of_country"]).replace(r"\{country\}", "(.+)") + "$"
)


def _only_countries(parties: list[str]) -> bool:
    """Sides (one or more) that are only governments a text implies from country names."""
    found = [_GOVERNMENT.match(p) for p in parties]
    return bool(found) and all(m and m.group(1).casefold() in COUNTRIES for m in found)


def _bodies_of_the_countries(bodies: list[str], governments: list[str]) -> bool:
    """Two or more bodies of exactly the countries whose governments a text implied, one each
    ("Ministry of Foreign Affairs of Pakistan" for "Government of Pakistan")."""
    found = [_GOVERNMENT.match(p) for p in governments]
    if len(bodies) < 2 or not all(found) or not _only_countries(governments):
        return False
    countries = {m.group(1).casefold() for m in found if m}
    of = [b.casefold().rsplit(_OF, 1) for b in bodies if _OF in b]
    return (
        len(of) == len(bodies) == len(countries)
        and {o[1].removeprefix(f"{_ARTICLE} ") for o in of} == countries
    )


def _bodies(parties: list[str]) -> bool:
    """Two or more sides, none of them a government body ("Ministry of X", "Government of Y")."""
    return len(parties) >= 2 and not any(
        ORGANIZATION_TYPES.get(w.casefold()) == "government" for p in parties for w in p.split()
    )


def _precision(date: PartialDate) -> int:
    return ("year", "month", "day").index(date.precision)


def unique_names(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(name_key(item), item)
    return list(seen.values())


def signer_sides(items: list[str]) -> list[str]:
    """The sides signers' organizations give, a bare country left out: "Kazakhstan President X"
    is a head of state, whose side is told by his title (head_government), not his country."""
    return unique_names([i for i in items if i.casefold() not in COUNTRIES])


_PARTY_COUNTRY = re.compile(W.WORDING["party_country"])


def bare_party(name: str) -> str:
    """ "SBI Holdings of Japan" and "SBI Holdings" are one partner when comparing parties."""
    match = _PARTY_COUNTRY.search(name)
    if match and match.group(1).casefold() in COUNTRIES:
        name = name[: match.start()]
    return name_key(name)


def further_document(
    text: str,
    verb_end: int,
    memo: DraftMemorandum,
    earlier: list[tuple[DraftMemorandum, int]],
    nouns: tuple[list[re.Match[str]], int],
) -> bool:
    """ "A and B also signed a memorandum on X" after a document of A and B, or the second of
    "signed the Treaty on X and the Treaty on Y" (nouns: the sentence's agreement nouns and
    which one `memo` is): a further one of the same sides, kept apart from the merge."""
    if W.second_title(text, *nouns):
        return True
    sides = {name_key(p) for p in memo.parties}
    same = [m for m, _ in earlier if {name_key(p) for p in m.parties} == sides]
    if same and _new_of_another_kind(text, nouns, memo, same):
        return True
    return bool(W.FURTHER.search(text[:verb_end])) and bool(same)


# "signed a roadmap", "had signed an action plan": an indefinite article introduces a document.
_INDEFINITE = re.compile(W.WORDING["indefinite_before"], re.IGNORECASE)


def _new_of_another_kind(
    text: str,
    nouns: tuple[list[re.Match[str]], int],
    memo: DraftMemorandum,
    same: list[DraftMemorandum],
) -> bool:
    """A roadmap (or plan, programme) introduced as a new document after an agreement or
    memorandum of the same sides, or the other way round: two documents, not two mentions of
    one. A definite "the agreement" after "signed a roadmap" may name the roadmap again."""
    matches, n = nouns
    if not _INDEFINITE.search(text[: matches[n].start()]):
        return False
    roadmap = memo.kind == "roadmap"
    return (
        all(m.kind != "other" and (m.kind == "roadmap") != roadmap for m in same)
        and memo.kind != "other"
    )


def one_sided(kind: str, parties: list[str], host: str | None, span: Span) -> DraftMemorandum:
    """A document signed whose other side the text leaves unnamed ("signed with several
    schools"): the one side named, if any."""
    return DraftMemorandum(
        title=memorandum_title(kind, parties, host), kind=kind, parties=parties, spans=[span]
    )


def unnamed_side(noun: str, text: str) -> bool:
    """A document whose other side `text` tells only by a common plural ("signed with several
    schools"); a one-sided signing otherwise may have a side the rules did not find."""
    return bool(W.DOCUMENT.search(noun) and W.UNNAMED_PARTNERS.search(text))


def without_inner(names: list[str], sides: list[str]) -> list[str]:
    """The names that are not a word run inside a side named whole ("Omsk" inside the
    "Administration of Omsk region" its governor signs for)."""
    return [
        n for n in names if not any(n != s and re.search(rf"\b{re.escape(n)}\b", s) for s in sides)
    ]
