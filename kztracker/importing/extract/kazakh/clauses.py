"""Clauses of agreements gathered into documents: clauses whose parties one holds the other's
are one document; a headline's document joins the body's it tells of in short."""

from __future__ import annotations

from dataclasses import dataclass, field

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.kazakh.endings import strip_case


@dataclass
class Clause:
    sentence: int
    parties: list[str]
    signatories: list[str]
    date: PartialDate | None
    title: str
    kind: str
    spans: list[Span] = field(default_factory=list)
    generic: bool = False  # «Құжатқа ... қол қойды»: the document told of before
    separate: bool = False  # one of several listed documents: never merged with another
    earlier: bool = False  # «бұған дейін ... жасасқан»: a document signed before, kept apart


def gather(clauses: list[Clause]) -> list[DraftMemorandum]:
    """Clauses whose parties one holds the other's are one document («KazAID және JICA ...
    қол қойды» in the headline and the body); others are documents of their own."""
    memoranda: list[tuple[set[str], DraftMemorandum]] = []
    with_party: dict[str, list[int]] = {}  # a party to the memoranda it is in
    earlier: set[int] = set()  # memoranda told as signed before: no later clause joins them
    for clause in clauses:
        parties = set(clause.parties)
        candidates = sorted({i for p in parties for i in with_party.get(p, [])})
        if not clause.generic:
            candidates = [i for i in candidates if i not in earlier]
        if clause.separate or clause.earlier:
            candidates = []  # «бірнеше құжатқа қол қойды: келісім және меморандум»
        if clause.generic and memoranda and (not parties or not candidates):
            candidates = [len(memoranda) - 1]  # «Құжатқа ... қол қойды»: the last one told of
        # «Құжатқа ...»: the document told of last.
        for i in reversed(candidates) if clause.generic else candidates:
            known, memo = memoranda[i]
            if parties <= known or known <= parties or clause.generic:
                if not clause.generic or parties <= known or len(known) < 2:
                    known |= parties
                    memo.parties = unique([*memo.parties, *clause.parties])
                memo.signatories = unique([*memo.signatories, *clause.signatories])
                memo.signed_on = memo.signed_on or clause.date
                memo.spans += clause.spans
                break
        else:
            i = len(memoranda)
            memoranda.append(
                (
                    parties,
                    DraftMemorandum(
                        title=clause.title,
                        kind=clause.kind,
                        parties=list(clause.parties),
                        signatories=list(clause.signatories),
                        signed_on=clause.date,
                        spans=list(clause.spans),
                    ),
                )
            )
        if clause.earlier:
            earlier.add(i)
        for party in parties:
            if i not in with_party.setdefault(party, []):
                with_party[party].append(i)
    return [memo for _, memo in memoranda]


def headline_into_body(
    memoranda: list[DraftMemorandum], headlines: set[Span]
) -> list[DraftMemorandum]:
    """A headline tells of the body's document in short: «Білім министрлігі мен ЮНИСЕФ ...»
    is the body's memorandum of «... Оқу-ағарту министрлігі мен ... ЮНИСЕФ» when they share a
    party and a kind."""
    body = [m for m in memoranda if not set(m.spans) <= headlines]
    kept = []
    for memo in memoranda:
        if set(memo.spans) <= headlines:
            fuller = [
                b
                for b in body
                if b.kind == memo.kind
                and (set(b.parties) & set(memo.parties) or _bodies_of(b.parties, memo.parties))
            ]
            if len(fuller) == 1:
                target = fuller[0]
                target.signatories = unique([*target.signatories, *memo.signatories])
                target.signed_on = target.signed_on or memo.signed_on
                target.spans = [*memo.spans, *target.spans]
                continue
        kept.append(memo)
    return kept


def _bodies_of(bodies: list[str], states: list[str]) -> bool:
    """«Павлодар облысы мен Омбы облысы» in a headline, «Павлодар облысының әкімдігі мен Омбы
    облысының Үкіметі» in the body: each party of the one is named inside a party of the other."""

    def own(name: str) -> set[str]:
        return {strip_case(w).casefold() for w in name.split()}

    return bool(states) and all(any(own(s) < own(b) for b in bodies) for s in states)


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
