"""The relate stage for agreements: memoranda by the lemmas of their words, parties per clause.

A sentence with an agreement noun (меморандум, соглашение, договор, протокол, дорожная карта) and
a signing word (подписать, заключить, подписание) proposes one memorandum per agreement noun. Its
parties are the organizations after «между», else the partner after «с» and the side before the
verb, else the sentence's organizations; several nouns each with its own «с ...» partner give one
memorandum per partner. An agreement only planned is a planned milestone, not a memorandum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.dates import DateMention, dates_in
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.mentions import is_head as is_head_noun
from kztracker.importing.extract.russian.normalize import head_phrase_nominative
from kztracker.importing.extract.russian.tokens import Token

_CLAUSE_END = frozenset(",.;:!?—–()")
# «сроком на 5 лет»: how long the document runs is not part of its title.
_VALIDITY = re.compile(r"\s*,?\s*(?:сроком|срок)\s+на\s+\S+\s+(?:лет|года?|месяц\w*)\b.*$")
_TITLE_MAX = 14


@dataclass
class Agreement:
    """One agreement noun in a sentence and what the sentence says about it."""

    memorandum: DraftMemorandum
    planned: bool
    sentence: int
    date: PartialDate | None
    headline: bool = False
    another: bool = False  # «Стороны также подписали меморандум»: a further document


def agreements_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    signatories: dict[int, list[str]],
    sides: list[str],
    reference: PartialDate | None,
) -> list[Agreement]:
    """`organizations` maps a sentence to its organizations (token range, merged name); `sides`
    are the text's main organizations, most named first, for a document whose sentence names
    one side only."""
    found: list[Agreement] = []
    for mentions in sentences:
        tokens = mentions.tokens
        nouns = [i for i in range(len(tokens)) if is_agreement(tokens, i)]
        # Once a document is named, «стороны договорились о ...» tells what it holds.
        reached = agreed_about(tokens) if not nouns and not found else None
        if reached is not None:
            found.append(_reached(mentions, reached, organizations.get(mentions.index, []),
                                  reference))
            continue
        sign = [i for i, t in enumerate(tokens) if t.lemma in words("lexicon", "sign_lemmas")]
        orgs_of = organizations.get
        anaphoric = [i for i in nouns if i and tokens[i - 1].lemma in words(
            "lexicon", "anaphoric_modifiers")]
        if anaphoric and found:  # «Соответствующие договоренности были достигнуты ...»
            _refer_back(found[-1], mentions, sign, orgs_of(mentions.index), signatories)
        nouns = [i for i in nouns if i not in anaphoric]
        if not nouns:
            if sign and found:
                _refer_back(found[-1], mentions, sign, orgs_of(mentions.index), signatories)
            continue
        orgs = organizations.get(mentions.index, [])
        partners = {i: _partner_after(tokens, i, orgs) for i in nouns}
        for i in nouns:
            if not partners[i] and _between_both(tokens, i):
                # «между этими вузами», «между ведомствами»: the bodies just named, else the
                # story's two sides.
                here = _unique([n for _s, n in orgs])
                before = _unique([n for _s, n in organizations.get(mentions.index - 1, [])])
                partners[i] = next((g for g in (here, before) if len(g) >= 2), list(sides))
        if not sign and not any(partners.values()):
            continue
        planned = _planned(tokens, sign)
        dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
        kinds: dict[str, str] = load("lexicon")["agreement_lemmas"]
        another = any(t.lemma in words("lexicon", "another_cues") for t in tokens)
        for noun in nouns:
            title = _title(mentions, noun)
            subject = subject_range(tokens, noun)
            in_clause = [(span, name) for span, name in orgs
                         if not subject[0] <= span[0] < subject[1]]
            # The side of the text's last document signs this one too when the sentence names
            # only the partner («Сотрудничество содержит меморандум с X»).
            recent = found[-1].memorandum.parties[:1] if found else []
            if not in_clause and len(sides) >= 2 and _outcome(tokens):
                # «По итогам переговоров достигнута договорённость»: the sides that met.
                in_clause = [((0, 0), name) for name in sides[:2]]
            if not in_clause and found and _sides_sign(tokens, sign):
                # «Стороны также подписали меморандум»: the sides of the document before.
                in_clause = [((0, 0), name) for name in found[-1].memorandum.parties]
            parties = _parties(tokens, noun, sign, in_clause, partners, _unique(recent + sides))
            kind = kinds[tokens[noun].lemma]
            date = None if planned else _signing_date(mentions, noun, sign, dates)
            for group in _per_partner(tokens[noun], parties, partners.get(noun) or []):
                memorandum = DraftMemorandum(
                    title=title,
                    kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
                    parties=group, signatories=list(signatories.get(mentions.index, [])),
                    signed_on=date,
                    spans=[Span(tokens[noun].start, tokens[min(noun + 3, len(tokens) - 1)].end)],
                )
                found.append(Agreement(memorandum, planned, mentions.index, date,
                                       mentions.sentence.headline, another))
    return _deduplicated(found)


def agreed_about(tokens: list[Token]) -> Range | None:
    """«Об открытии филиалов договорились президенты»: «договориться о» is an agreement
    reached (with an infinitive, «договорились создать», it is a plan)."""
    verb = next((i for i, t in enumerate(tokens) if t.lemma == "договориться"), None)
    if verb is None or verb + 1 < len(tokens) and tokens[verb + 1].is_pos("INFN"):
        return None
    about = next((i for i, t in enumerate(tokens) if t.text.casefold() in ("о", "об")), None)
    if about is None or abs(about - verb) > 12:
        return None
    end = about + 1
    while end < len(tokens) and end != verb and tokens[end].text not in _CLAUSE_END:
        end += 1
    return (about, end)


def _reached(
    mentions: SentenceMentions, about: Range, orgs: list[tuple[Range, str]],
    reference: PartialDate | None,
) -> Agreement:
    dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
    memo = DraftMemorandum(
        title=f"Договорённость {mentions.text_of(about)[:1].lower()}{mentions.text_of(about)[1:]}",
        kind="agreement",
        parties=_unique([name for _span, name in orgs]),
        signed_on=dates[0].date if dates else None,
        spans=[Span(mentions.tokens[about[0]].start, mentions.tokens[about[1] - 1].end)],
    )
    date = memo.signed_on
    return Agreement(memo, False, mentions.index, date, mentions.sentence.headline)


def _outcome(tokens: list[Token]) -> bool:
    text = " ".join(t.text.casefold() for t in tokens[:6])
    return any(cue in text for cue in words("lexicon", "outcome_cues"))


def _sides_sign(tokens: list[Token], sign: list[int]) -> bool:
    """«Стороны подписали ...»: the subject is the sides, not a named organization."""
    first = min(sign, default=len(tokens))
    return any(t.lemma == "сторона" for t in tokens[:first])


def _between_both(tokens: list[Token], noun: int) -> bool:
    after = [t.lemma for t in tokens[noun + 1 : noun + 8]]
    if "между" not in after:
        return False
    at = noun + 1 + after.index("между") + 1
    if at >= len(tokens):
        return False
    word = tokens[at]
    generic_plural = is_head_noun(word) and any(
        p.tag.number == "plur" for p in word.parses[:1])
    return word.lemma in words("lexicon", "both_sides") or generic_plural


def _refer_back(
    agreement: Agreement, mentions: SentenceMentions, sign: list[int],
    orgs: list[tuple[Range, str]] | None, signatories: dict[int, list[str]],
) -> None:
    """«Документ подписали ректор ... и ректор ...», «документ был заключен между X и Y»: a
    later sentence about the document before it gives its signatories and its parties."""
    tokens = mentions.tokens
    if not any(t.lemma in words("lexicon", "document_words") | words(
            "lexicon", "anaphoric_modifiers") for t in tokens):
        return
    memo = agreement.memorandum
    memo.signatories = _unique(memo.signatories + signatories.get(mentions.index, []))
    named = _unique([name for _span, name in orgs or []])
    between = any(t.lemma == "между" for t in tokens)
    if len(named) >= 2 and (between or len(memo.parties) < 2):
        memo.parties = named
    elif len(memo.parties) < 2:
        memo.parties = _unique(memo.parties + named)


def _signing_date(
    mentions: SentenceMentions, noun: int, sign: list[int], dates: list[DateMention]
) -> PartialDate | None:
    """The date nearest the signing word («в июне 2023 года ... был подписан»), else the first
    one after the document («соглашение ..., совершенное 12 ноября 2024 года»)."""
    offset = mentions.sentence.start
    tokens = mentions.tokens
    if sign:
        anchor = tokens[min(sign, key=lambda i: abs(i - noun))].start - offset
        near = min(dates, key=lambda d: abs(d.start - anchor), default=None)
        return near.date if near else None
    after = [d for d in dates if d.start > tokens[noun].start - offset]
    return after[0].date if after else None


def _per_partner(noun: Token, parties: list[str], partners: list[str]) -> list[list[str]]:
    """«Соглашения заключены X с A и B»: documents in the plural with several partners are one
    document per partner, each with the side that signs them all."""
    plural = any(p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in noun.parses)
    if not plural or len(partners) < 2:
        return [parties]
    side = [p for p in parties if p not in partners]
    return [side + [partner] for partner in partners]


def subject_range(tokens: list[Token], noun: int) -> Range:
    """«соглашение о создании Центра ...», «протокол решения комиссии о создании филиала»,
    «соглашение между X и Y о реализации проектов»: what the document is about, not who signs
    it; it starts at the first «о»/«об» of the document's clause."""
    clause = _clause(tokens, noun + 1)
    i = next((j for j in range(noun + 1, clause) if tokens[j].text.casefold() in ("о", "об")),
             None)
    if i is None:
        return (0, 0)
    end = i + 1
    while end < len(tokens) and tokens[end].text not in _CLAUSE_END and tokens[end].lemma not in (
            "между", "с", "со"):
        end += 1
    return (i, end)


def is_agreement(tokens: list[Token], i: int) -> bool:
    token = tokens[i]
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    if token.lemma not in lemmas or not token.is_pos("NOUN"):
        return False
    if token.lemma in words("lexicon", "agreement_needs_sign"):
        # «подписали документ о ...» is a document signed and described; «документ
        # предусматривает», «подписание документа» speak of one named before.
        described = i + 1 < len(tokens) and tokens[i + 1].text.casefold() in ("о", "об")
        return described and any(
            t.lemma in words("lexicon", "sign_lemmas") for t in tokens[max(0, i - 2) : i])
    needs: dict[str, list[str]] = load("lexicon")["agreement_needs_modifier"]
    if token.lemma in needs:
        near = {t.lemma for t in tokens[max(0, i - 1) : i + 3]}
        return bool(near & set(needs[token.lemma]))
    # «в рамках соглашения», «согласно договору»: the agreement is context, not the news.
    # «в рамках (подписанных) соглашений», «согласно договору»: context, not news.
    before = {t.lemma for t in tokens[max(0, i - 2) : i]}
    return not before & words("lexicon", "context_words")


def _has_between(tokens: list[Token], i: int) -> bool:
    return any(t.lemma == "между" for t in tokens[i + 1 : i + 6])


def _planned(tokens: list[Token], sign: list[int]) -> bool:
    """Signed in the future, or only intended; a past signing word («подписанное») is not."""
    cues = words("lexicon", "planned_cues")
    for i in sign:
        tag = tokens[i].parses[0].tag if tokens[i].parses else None
        if any(t.text.casefold() in cues for t in tokens[max(0, i - 2) : i]):
            return True  # «будет принят», «планируется подписать»
        if tag is not None and tag.tense == "past":
            return False
    if any(t.text.casefold() in cues for t in tokens):
        return True
    for i in sign:
        tag = tokens[i].parses[0].tag if tokens[i].parses else None
        if tag is not None and (tag.tense == "futr" or tag.POS == "INFN"):
            return True
    return False


def _clause(tokens: list[Token], start: int) -> int:
    end = start
    while end < len(tokens) and (tokens[end].text not in _CLAUSE_END or _abbreviation_dot(
            tokens, end)):
        end += 1
    return end


def _abbreviation_dot(tokens: list[Token], i: int) -> bool:
    """The dot of «им.», «г.»: not the end of a clause."""
    return tokens[i].text == "." and i > 0 and tokens[i - 1].text.casefold() in words(
        "lexicon", "dotted_abbreviations")


def _partner_after(tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]) -> list[str]:
    """Organizations after «между» or «с» that belong to this noun's clause; a list of them
    goes on over commas («между ИЯФ, CERN и NA62»)."""
    end = _clause(tokens, noun + 1)
    preposition = next((j for j in range(noun + 1, min(end, noun + 8))
                        if tokens[j].lemma in ("между", "с", "со")), None)
    if preposition is None:
        return []
    starts = {a: b for (a, b), _name in orgs}
    end = preposition + 1
    while end < len(tokens):
        if end in starts:
            end = starts[end]
        elif tokens[end].text == "," and end + 1 in starts or tokens[end].text in ("и", "«"):
            end += 1
        elif tokens[end].text in _CLAUSE_END and not _abbreviation_dot(tokens, end) or (
                is_agreement(tokens, end)):
            break
        elif any(k in starts for k in range(end + 1, end + 4)):
            end += 1  # «... и российской компанией "Росатом ..."»: words before the next name
        else:
            break  # «... по вопросу учреждения «Мастерской»»: the list of sides is over
    return [name for (a, _b), name in orgs if preposition < a < end and name]


def _parties(
    tokens: list[Token], noun: int, sign: list[int], orgs: list[tuple[Range, str]],
    partners: dict[int, list[str]], sides: list[str],
) -> list[str]:
    parties = _sentence_parties(tokens, noun, sign, orgs, partners, sides[:1])
    if not parties:
        return []  # the text does not say who signed: no party is guessed
    # A document has two sides at least: the text's main organizations fill the gap.
    for side in sides:
        if len(parties) >= 2:
            break
        if side not in parties:
            parties.append(side)
    return parties


def _sentence_parties(
    tokens: list[Token], noun: int, sign: list[int], orgs: list[tuple[Range, str]],
    partners: dict[int, list[str]], sides: list[str],
) -> list[str]:
    home = sides[0] if sides else None
    own = partners.get(noun) or []
    # «дорожную карту по реализации соглашения с X»: nouns of one clause share the partner.
    shared = [n for n, p in partners.items() if p and n != noun and _clause(
        tokens, min(n, noun)) >= max(n, noun)]
    if not own and shared:
        # «дорожную карту по реализации соглашения с X»: the partner of the noun it belongs to.
        own = partners[shared[0]]
    if own and _after_between(tokens, noun):
        return _unique(own)
    if own and any(name in own for _span, name in orgs):
        first_partner = min(a for (a, _b), name in orgs if name in own)
        side = [name for (a, _b), name in orgs if a < min([noun, *sign]) and name not in own]
        if not side:
            side = [name for (a, _b), name in orgs if a < first_partner and name not in own]
        if not side and home and home not in own:
            side = [home]
        return _unique(side + own)
    names = [name for _span, name in orgs]
    if names and len(set(names)) < 2 and home and home not in names:
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
    raw = _VALIDITY.sub("", mentions.text_of((start, end)))
    if raw.count("»") > raw.count("«"):
        raw = raw.replace("»", "", raw.count("»") - raw.count("«"))
    title = head_phrase_nominative(raw)
    return title[:1].upper() + title[1:]


def _list_continues(tokens: list[Token], comma: int) -> bool:
    """«в торгово-экономической, научно-технической и гуманитарной сферах»."""
    return comma + 1 < len(tokens) and tokens[comma + 1].is_pos("ADJF") and (
        tokens[comma + 1].lemma not in ("который", "этот", "данный"))


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def _deduplicated(found: list[Agreement]) -> list[Agreement]:
    """One document named twice («подписан меморандум ... Меморандум подписали ...», the headline
    and the story) is one: same kind, and the parties of one among the other's."""
    kept: list[Agreement] = []
    for agreement in sorted(found, key=lambda a: (a.headline, -len(a.memorandum.parties))):
        memo = agreement.memorandum
        bare = len(memo.title.split()) == 1  # «Соглашение было достигнуто ...»: the one above
        same = None if agreement.another and memo.parties else next((k for k in kept if (
                     k.memorandum.kind == memo.kind or bare)
                     and k.planned == agreement.planned
                     and set(memo.parties) <= set(k.memorandum.parties)
                     and (agreement.headline or bare
                          or _same_title(k.memorandum.title, memo.title))),
                    None)
        if same is None:
            kept.append(agreement)
            continue
        same.memorandum.signatories = _unique(same.memorandum.signatories + memo.signatories)
        same.memorandum.signed_on = same.memorandum.signed_on or memo.signed_on
        same.memorandum.spans += memo.spans
    if any(not a.headline for a in kept):
        # A headline restates the story's document in other words («Университеты ... подписали
        # меморандум»): the story's own sentence names it better.
        kept = [a for a in kept if not a.headline]
    return sorted(kept, key=lambda a: a.memorandum.spans[0].start)


def _same_title(a: str, b: str) -> bool:
    """«Меморандум» and «Меморандум о сотрудничестве ...»: one is the start of the other."""
    ka, kb = a.casefold(), b.casefold()
    return ka.startswith(kb) or kb.startswith(ka)
