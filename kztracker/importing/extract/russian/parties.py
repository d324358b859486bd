"""The parties of a document in a Russian sentence, per clause and per partner.

The organizations after «между» (a list goes on over commas), else the partner after «с» and the
side named before the signing word, else the sentence's organizations. «между этими вузами», «по
итогам переговоров», «стороны подписали» point back to sides already named; documents in the
plural with several partners are one per partner.
"""

from __future__ import annotations

from kztracker.importing.extract.russian.agreement_titles import other_name_close
from kztracker.importing.extract.russian.clauses import (
    clause_end,
    describes_document,
    is_agreement,
)
from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.mentions import Range
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.partner_runs import among_named, run_end
from kztracker.importing.extract.russian.token_kinds import is_head as is_head_noun
from kztracker.importing.extract.russian.tokens import Token
from kztracker.importing.extract.russian.witnesses import without_witnesses

_BETWEEN = load("lexicon")["between_word"]  # «между»
_WITH = tuple(load("lexicon")["with_forms"])  # «с», «со»


def outcome(tokens: list[Token]) -> bool:
    text = " ".join(t.text.casefold() for t in tokens[:6])
    return any(cue in text for cue in words("lexicon", "outcome_cues"))


def sides_sign(tokens: list[Token], sign: list[int]) -> bool:
    """«Стороны подписали ...», «Они подписали ...»: the subject is the sides, not a named
    organization; not when every signing word only describes a document signed once."""
    if sign and all(describes_document(tokens, i) for i in sign):
        return False
    first = min(sign, default=len(tokens))
    sides = load("lexicon")["sides_subjects"]
    return any(
        t.lemma in sides["lemmas"] or t.lemma in sides["plural_lemmas"] and _plural_subject(t)
        for t in tokens[:first]
    )


def _plural_subject(token: Token) -> bool:
    """«регионы», «вузы» in the nominative plural: the two sides told before."""
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in token.parses[:1])


def sides_named_before(
    organizations: dict[int, list[tuple[Range, str]]], before: list[Token], index: int
) -> list[str]:
    """«X и Y договорились ... . Они подписали ...»: the sides are the organizations the
    sentence before (its tokens `before`) names, when it names two or more; not a body it
    names as the source of the news or a witness («..., сообщили в министерстве»)."""
    named = without_witnesses(before, organizations.get(index - 1, []))
    names = unique([name for _span, name in named])
    return names if len(names) >= 2 else []


def between_both(tokens: list[Token], noun: int) -> bool:
    """«между этими вузами», «Между компанией и университетом заключено соглашение»: «между»
    after the document's noun or before it in the same clause names sides told before."""
    at = _between_at(tokens, noun) + 1
    if at >= len(tokens):
        return False
    word = tokens[at]
    generic_plural = is_head_noun(word) and any(p.tag.number == "plur" for p in word.parses[:1])
    return (
        word.lemma in words("lexicon", "both_sides")
        or generic_plural
        or _generic_pair(tokens[at : at + 3])
    )


def _generic_pair(tokens: list[Token]) -> bool:
    """«между компанией и университетом»: two bodies named by their kind, already introduced."""
    return (
        len(tokens) == 3
        and tokens[1].text == AND_WORD
        and all(is_head_noun(t) and t.text.islower() for t in (tokens[0], tokens[2]))
    )


def unnamed_signers(tokens: list[Token], sign: list[int]) -> bool:
    """«Стороны подписали ...», «Для этого подписали ...» with no subject at all, or «Был
    подписан меморандум» that names no signer: those who sign are the sides of the talks told
    before."""
    if sides_sign(tokens, sign):
        return True
    first = min(sign, default=len(tokens))
    return (
        first < len(tokens)
        and any(
            p.tag.POS == "VERB" and p.tag.number == "plur" or p.tag.POS == "PRTS"
            for p in tokens[first].parses[:1]
        )
        and not (
            any(
                t.is_pos("NOUN", "NPRO")
                and "nomn" in t.cases("NOUN", "NPRO")
                # «В Алматы подписан ...»: a place after its preposition is no subject
                and not (k and tokens[k - 1].is_pos("PREP"))
                for k, t in enumerate(tokens[:first])
            )
        )
    )


def per_partner(noun: Token, parties: list[str], partners: list[str]) -> list[list[str]]:
    """«Соглашения заключены X с A и B»: documents in the plural with several partners are one
    document per partner, each with the side that signs them all."""
    plural = any(p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in noun.parses)
    if not plural or len(partners) < 2:
        return [parties]
    side = [p for p in parties if p not in partners]
    return [side + [partner] for partner in partners]


def between_groups(
    tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]
) -> list[tuple[Range, list[str]]]:
    """«меморандумы между X и Y, а также между X и Z»: documents in the plural whose sides
    «между» gives again for each, one group of sides per «между» with the words that name
    them; [] for one «между»."""
    if not any(
        p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in tokens[noun].parses
    ):
        return []
    end = next((k for k in range(noun + 1, len(tokens)) if tokens[k].text in ".;:!?"), len(tokens))
    end = min(end, next_document(tokens, noun))
    at = [k for k in range(noun + 1, end) if tokens[k].lemma == _BETWEEN]
    if len(at) < 2 or at[0] > other_name_end(tokens, noun) + 3:
        return []
    groups: list[tuple[Range, list[str]]] = []
    for k, stop in zip(at, [*at[1:], end], strict=True):
        named = [(b, name) for (a, b), name in orgs if k < a < stop]
        last = max((b for b, _name in named), default=k)
        groups.append(((k, last), unique([name for _b, name in named])))
    return groups if all(len(names) >= 2 for _span, names in groups) else []


def partner_after(tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]) -> list[str]:
    """Organizations after «между» or «с» that belong to this noun's clause; a list of them
    goes on over commas («между ИЯФ, CERN и NA62»)."""
    named = other_name_end(tokens, noun)
    end = min(clause_end(tokens, named + 1), next_document(tokens, noun))
    reach = named + 8
    preposition = next(
        (j for j in range(noun + 1, min(end, reach)) if tokens[j].lemma in (_BETWEEN, *_WITH)),
        None,
    )
    if preposition is None:
        return []
    end = run_end(tokens, preposition, orgs)
    found = [name for (a, _b), name in orgs if preposition < a < end and name]
    if not found and (among := among_named(tokens, end, orgs)) is not None:
        # «с шестью компаниями из ОАЭ, в том числе с A, B и C»: the partners named after all
        end = run_end(tokens, among, orgs)
        found = [name for (a, _b), name in orgs if among < a < end and name]
    return found + _partners_again(tokens, noun, orgs, end) if found else found


def earlier_sides(
    tokens: list[Token], noun: int, nouns: list[int], orgs: list[tuple[Range, str]]
) -> list[tuple[Range, str]]:
    """«соглашение между A и B, а также меморандум с C»: the bodies after an earlier
    document's «между» in the sentence are that document's sides, not this one's."""
    earlier = [n for n in nouns if n < noun and _between_at(tokens, n) < noun]
    if not earlier:
        return []
    start = _between_at(tokens, earlier[-1])
    return [(span, name) for span, name in orgs if start < span[0] < noun]


def paired_sides(tokens: list[Token], noun: int, orgs: list[tuple[Range, str]]) -> list[list[str]]:
    """«Павлодарской и Омской, Мангистауской и Астраханской областями подписаны документы»:
    documents in the plural whose sides come in pairs, «и» within a pair and a comma between
    pairs, are one document per pair; [] for any other list."""
    if not any(p.tag.number == "plur" for p in tokens[noun].parses[:1]):
        return []
    named = sorted(orgs)
    if len(named) < 4 or len(named) % 2:
        return []
    for k, ((_a, end), _name) in enumerate(named[:-1]):
        gap = [t.text.casefold() for t in tokens[end : named[k + 1][0][0]]]
        if gap != ([AND_WORD] if k % 2 == 0 else [","]):
            return []
    return [[named[k][1], named[k + 1][1]] for k in range(0, len(named), 2)]


def _partners_again(
    tokens: list[Token], noun: int, orgs: list[tuple[Range, str]], start: int
) -> list[str]:
    """«меморандумы с компанией X о ..., с компанией Y о ... и с компанией Z о ...»: documents
    in the plural whose «с» comes again after each one's subject; the partners after it."""
    if not any(p.tag.number == "plur" for p in tokens[noun].parses[:1]):
        return []
    starts = {a: name for (a, _b), name in orgs}
    stop = next_document(tokens, noun)
    partners = []
    for k in range(start, min(stop, len(tokens)) - 1):
        if tokens[k].text in ".;:!?":
            break
        if (
            tokens[k].text.casefold() in _WITH
            and tokens[k - 1].text.casefold() in (",", AND_WORD)
            and (name := next((starts[j] for j in (k + 1, k + 2) if j in starts), None))
        ):
            partners.append(name)
    return partners


def parties_of(
    tokens: list[Token],
    noun: int,
    sign: list[int],
    orgs: list[tuple[Range, str]],
    partners: dict[int, list[str]],
    sides: list[str],
    story: list[str] | None = None,
) -> list[str]:
    """`story`: the organizations told before the sentence, first named first; the side of
    documents with partners only is the first of them that is not a partner."""
    parties = sentence_parties(tokens, noun, sign, orgs, partners, sides[:1], story or [])
    if not parties:
        return []  # the text does not say who signed: no party is guessed
    if partners.get(noun) and after_between(tokens, noun):
        return parties  # «между X и Y»: the sides are listed, none is added from elsewhere
    # A document has two sides at least: the text's main organizations fill the gap.
    for side in sides:
        if len(parties) >= 2:
            break
        if side not in parties:
            parties.append(side)
    return parties


def sentence_parties(
    tokens: list[Token],
    noun: int,
    sign: list[int],
    orgs: list[tuple[Range, str]],
    partners: dict[int, list[str]],
    sides: list[str],
    story: list[str] | None = None,
) -> list[str]:
    home = sides[0] if sides else None
    own = partners.get(noun) or []
    # «дорожную карту по реализации соглашения с X»: nouns of one clause share the partner.
    shared = [
        n
        for n, p in partners.items()
        if p and n != noun and clause_end(tokens, min(n, noun)) >= max(n, noun)
    ]
    if not own and shared:
        # «дорожную карту по реализации соглашения с X»: the partner of the noun it belongs to.
        own = partners[shared[0]]
    if own and after_between(tokens, noun):
        return unique(own)
    if own and any(name in own for _span, name in orgs):
        first_partner = min(a for (a, _b), name in orgs if name in own)
        side = [name for (a, _b), name in orgs if a < min([noun, *sign]) and name not in own]
        if not side:
            side = [name for (a, _b), name in orgs if a < first_partner and name not in own]
        if not side:  # «Подписаны меморандумы с компаниями A, B и C»: the story's side
            side = [s for s in [*sides, *(story or [])] if s not in own][:1]
        return unique(side + own)
    names = [name for _span, name in orgs]
    if names and len(set(names)) < 2 and home and home not in names:
        names = [home, *names]
    return unique(names)


def after_between(tokens: list[Token], noun: int) -> bool:
    return _between_at(tokens, noun) < len(tokens)


def _between_at(tokens: list[Token], noun: int) -> int:
    """Where «между» stands for this document: just after its noun, or before it in the same
    clause («Между ... заключено соглашение»); len(tokens) when it does not."""
    reach = other_name_end(tokens, noun) + 8
    window = range(max(0, noun - 8), min(len(tokens), reach, next_document(tokens, noun)))
    return next(
        (
            i
            for i in window
            if tokens[i].lemma == _BETWEEN and (i > noun or clause_end(tokens, i) > noun)
        ),
        len(tokens),
    )


def other_name_end(tokens: list[Token], noun: int) -> int:
    """«План мероприятий («Дорожная карта») по ...»: the closing bracket of the document's other
    name right after its noun, from where the words about it go on; the noun itself when none."""
    bracket = next(
        (k for k in (noun + 1, noun + 2) if k < len(tokens) and tokens[k].text == "("), None
    )
    close = other_name_close(tokens, bracket) if bracket is not None else None
    return noun if close is None else close


def next_document(tokens: list[Token], noun: int) -> int:
    """«контракты на поставку масла и договор между X и Y»: what follows the next document's
    noun is that document's."""
    start = other_name_end(tokens, noun) + 1  # the other name in brackets is the same one
    return next((j for j in range(start, len(tokens)) if is_agreement(tokens, j)), len(tokens))


def unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))


def regional_bodies(parties: list[str], names: list[str]) -> list[str]:
    """«дорожная карта между Костанайской и Гродненской областями»: a region that signs is the
    body the text names for it («Гродненский областной исполнительный комитет», «Правительство
    Омской области»), when it names exactly one (data: referenced.json regional_body_words)."""
    bodies = words("referenced", "regional_body_words")
    result = []
    for party in parties:
        first, _space, noun = party.partition(" ")
        if lemma(noun.casefold()) not in words("regions", "region_nouns") or len(first) < 6:
            result.append(party)
            continue
        stem = first[:5].casefold()
        named = [
            n
            for n in names
            if n != party
            and any(w.casefold().startswith(stem) for w in n.split())
            and any(lemma(w.casefold()) in bodies for w in n.split())
        ]
        result.append(named[0] if len(set(named)) == 1 else party)
    return unique(result)


def named_by_kind(
    tokens: list[Token],
    before: int,
    organizations: dict[int, list[tuple[Range, str]]],
    index: int,
) -> list[str]:
    """«Ранее агентство подписало ...»: a body named by its kind as the subject is the latest
    organization of that kind named before."""
    kinds = [t.lemma for t in tokens[:before] if t.text.islower() and is_head_noun(t)]
    if not kinds:
        return []
    for back in range(index, -1, -1):
        for _span, name in reversed(organizations.get(back, [])):
            if lemma(name.split()[0].casefold()) == kinds[0]:
                return [name]
    return []
