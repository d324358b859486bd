"""The relate stage for agreements: memoranda by the lemmas of their words, parties per clause.

A sentence with an agreement noun (меморандум, соглашение, договор, протокол, дорожная карта) and
a signing word (подписать, заключить, подписание) proposes one memorandum per agreement noun. Its
parties are the organizations after «между», else the partner after «с» and the side before the
verb, else the sentence's organizations; several nouns each with its own «с ...» partner give one
memorandum per partner. An agreement only planned is a planned milestone, not a memorandum.
"""

from __future__ import annotations

from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.normalize import head_phrase_nominative
from kztracker.importing.extract.russian.tokens import Token

_CLAUSE_END = frozenset(",.;:!?—–()")
_TITLE_MAX = 14


@dataclass
class Agreement:
    """One agreement noun in a sentence and what the sentence says about it."""

    memorandum: DraftMemorandum
    planned: bool
    sentence: int
    date: PartialDate | None


def agreements_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    signatories: dict[int, list[str]],
    home: str | None,
    reference: PartialDate | None,
) -> list[Agreement]:
    """`organizations` maps a sentence to its organizations (token range, merged name)."""
    found: list[Agreement] = []
    for mentions in sentences:
        tokens = mentions.tokens
        nouns = [i for i, t in enumerate(tokens) if _is_agreement(tokens, i)]
        sign = [i for i, t in enumerate(tokens) if t.lemma in words("lexicon", "sign_lemmas")]
        if not nouns:
            continue
        between = [i for i in nouns if _has_between(tokens, i)]
        if not sign and not between:
            continue
        planned = _planned(tokens, sign)
        orgs = organizations.get(mentions.index, [])
        dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
        date = dates[0].date if dates and not planned else None
        partners = {i: _partner_after(tokens, i, orgs) for i in nouns}
        for noun in nouns:
            parties = _parties(tokens, noun, sign, orgs, partners, home)
            title = _title(mentions, noun)
            kind = load("lexicon")["agreement_lemmas"][tokens[noun].lemma]
            memorandum = DraftMemorandum(
                title=title,
                kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
                parties=parties, signatories=list(signatories.get(mentions.index, [])),
                signed_on=date,
                spans=[Span(tokens[noun].start, tokens[min(noun + 3, len(tokens) - 1)].end)],
            )
            found.append(Agreement(memorandum, planned, mentions.index, date))
    return _deduplicated(found)


def _is_agreement(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    if token.lemma not in lemmas or not token.is_pos("NOUN"):
        return False
    needs: dict[str, list[str]] = load("lexicon")["agreement_needs_modifier"]
    if token.lemma in needs:
        near = {t.lemma for t in tokens[max(0, i - 1) : i + 3]}
        return bool(near & set(needs[token.lemma]))
    # «в рамках соглашения», «согласно договору»: the agreement is context, not the news.
    before = tokens[i - 1].lemma if i else ""
    return before not in ("рамка", "согласно", "соответствие", "реализация", "исполнение")


def _has_between(tokens: list[Token], i: int) -> bool:
    return any(t.lemma == "между" for t in tokens[i + 1 : i + 6])


def _planned(tokens: list[Token], sign: list[int]) -> bool:
    cues = words("lexicon", "planned_cues")
    if any(t.text.casefold() in cues for t in tokens):
        return True
    for i in sign:
        tag = tokens[i].parses[0].tag if tokens[i].parses else None
        if tag is not None and (tag.tense == "futr" or tag.POS == "INFN"):
            return True
    return False


def _clause(tokens: list[Token], start: int) -> int:
    end = start
    while end < len(tokens) and tokens[end].text not in _CLAUSE_END:
        end += 1
    return end


def _partner_after(tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]) -> list[str]:
    """Organizations after «между» or «с» that belong to this noun's clause."""
    end = _clause(tokens, noun + 1)
    preposition = next((j for j in range(noun + 1, min(end, noun + 8))
                        if tokens[j].lemma in ("между", "с", "со")), None)
    if preposition is None:
        return []
    stop = end
    nxt = next((j for j in range(preposition + 1, end) if _is_agreement(tokens, j)), None)
    if nxt is not None:
        stop = nxt
    return [name for (a, _b), name in orgs if preposition < a < stop and name]


def _parties(
    tokens: list[Token], noun: int, sign: list[int], orgs: list[tuple[Range, str]],
    partners: dict[int, list[str]], home: str | None,
) -> list[str]:
    own = partners.get(noun) or []
    shared = [n for n, p in partners.items() if p and n != noun]
    if not own and shared:
        # «дорожную карту по реализации соглашения с X»: the partner of the noun it belongs to.
        own = partners[shared[0]]
    if own and _after_between(tokens, noun):
        return _unique(own)
    if own:
        first_partner = min(a for (a, _b), name in orgs if name in own)
        side = [name for (a, _b), name in orgs if a < min([noun, *sign]) and name not in own]
        if not side:
            side = [name for (a, _b), name in orgs if a < first_partner and name not in own]
        if not side and home and home not in own:
            side = [home]
        return _unique(side + own)
    names = [name for _span, name in orgs]
    if len(set(names)) < 2 and home and home not in names:
        names = [home, *names]
    return _unique(names)


def _after_between(tokens: list[Token], noun: int) -> bool:
    return any(t.lemma == "между" for t in tokens[noun + 1 : noun + 8])


def _title(mentions: SentenceMentions, noun: int) -> str:
    tokens = mentions.tokens
    end = noun + 1
    while end < len(tokens) and end - noun < _TITLE_MAX and tokens[end].text not in ".;:!?—–(":
        if tokens[end].is_verb or tokens[end].text == "," and not _list_continues(tokens, end):
            break
        end += 1
    modifiers = ("дорожный", "межправительственный")
    start = noun - 1 if noun and tokens[noun - 1].lemma in modifiers else noun
    raw = mentions.text_of((start, end))
    title = head_phrase_nominative(raw)
    return title[:1].upper() + title[1:]


def _list_continues(tokens: list[Token], comma: int) -> bool:
    """«в торгово-экономической, научно-технической и гуманитарной сферах»."""
    return comma + 1 < len(tokens) and tokens[comma + 1].is_pos("ADJF")


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def _deduplicated(found: list[Agreement]) -> list[Agreement]:
    """One document named twice («подписан меморандум ... Меморандум подписали ...») is one."""
    kept: list[Agreement] = []
    for agreement in found:
        memo = agreement.memorandum
        same = next((k for k in kept if k.memorandum.kind == memo.kind and k.planned ==
                     agreement.planned and set(k.memorandum.parties) == set(memo.parties)
                     and _same_title(k.memorandum.title, memo.title)), None)
        if same is None:
            kept.append(agreement)
            continue
        same.memorandum.signatories = _unique(same.memorandum.signatories + memo.signatories)
        same.memorandum.signed_on = same.memorandum.signed_on or memo.signed_on
        same.memorandum.spans += memo.spans
    return kept


def _same_title(a: str, b: str) -> bool:
    wa, wb = a.casefold().split()[:1], b.casefold().split()[:1]
    return wa == wb
