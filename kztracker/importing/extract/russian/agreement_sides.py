"""The sides of a document a signing sentence names: the organizations the sentence offers, each
noun's partner, the sides in the noun's own clause, else those the story gives it, and at last
its parties."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.agreement_state import SigningSentence, Story
from kztracker.importing.extract.russian.clauses import amended_document
from kztracker.importing.extract.russian.counted_sides import (
    counted_list,
    counted_sides,
    sided_sides,
    unnamed_side,
)
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.gapped_sides import gapped_sides
from kztracker.importing.extract.russian.meeting_sides import (
    framed_by_meeting,
    sides_that_met,
    state_level,
)
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.parties import (
    between_both,
    earlier_sides,
    named_by_kind,
    next_document,
    outcome,
    parties_of,
    partner_after,
    sides_named_before,
    sides_sign,
    unique,
    unnamed_signers,
)
from kztracker.importing.extract.russian.partner_lists import listed_next
from kztracker.importing.extract.russian.tokens import Token
from kztracker.importing.extract.russian.witnesses import (
    without_ratifiers,
    without_venues,
    without_witnesses,
)

Named = list[tuple[Range, str]]  # organizations with their token ranges, in sentence order


def signing_sentence(
    story: Story,
    position: int,
    mentions: SentenceMentions,
    told_on: PartialDate | None,
    nouns: list[int],
    sign: list[int],
    framed: dict[int, int],
) -> SigningSentence:
    """The sentence with the sides it offers its documents: the organizations that may sign,
    the story's sides it may fall back on, and each noun's partner."""
    tokens = mentions.tokens
    named = story.organizations.get(mentions.index, [])
    orgs = without_venues(tokens, without_witnesses(tokens, without_ratifiers(tokens, named)))
    # A side that fills a one-sided document is one the story has named by then (a company
    # named only further on belongs to a later document).
    # ... and not one this sentence sets aside as a witness, a ratifier or a speaker.
    aside = {n for _s, n in named} - {n for _s, n in orgs}
    told = [
        s for s in story.sides if story.first_named.get(s, -1) <= mentions.index and s not in aside
    ]
    partners = _partners(story, position, mentions, nouns, orgs, told)
    return SigningSentence(
        story, position, mentions, told_on, nouns, sign, framed, orgs, aside, told, partners
    )


def _partners(
    story: Story,
    position: int,
    mentions: SentenceMentions,
    nouns: list[int],
    orgs: Named,
    told: list[str],
) -> dict[int, list[str]]:
    """Each noun's partner: the one after «с»/«между», else the ones the next sentence lists or
    the sentence counts; a bare «между этими вузами» takes the bodies just named."""
    tokens = mentions.tokens
    sentences, organizations = story.sentences, story.organizations
    partners = {
        i: partner_after(tokens, i, orgs)
        or _listed_next(sentences, position, organizations, tokens[i])
        or counted_sides(sentences, organizations, position)
        or counted_list(mentions, orgs)
        for i in nouns
    }
    for i in nouns:
        if not partners[i] and between_both(tokens, i):
            # «между этими вузами», «между ведомствами»: the bodies just named, else the
            # story's two sides.
            here = unique([n for _s, n in orgs])
            before = unique([n for _s, n in organizations.get(mentions.index - 1, [])])
            partners[i] = next((g for g in (here, before) if len(g) >= 2), list(told))
    return partners


def _listed_next(
    sentences: list[SentenceMentions],
    position: int,
    organizations: dict[int, Named],
    noun: Token,
) -> list[str]:
    """Documents in the plural whose partners the next sentence lists («Среди них ...»)."""
    plural = any(p.tag.number == "plur" for p in noun.parses[:1])
    return listed_next(sentences, position, organizations) if plural else []


def clause_sides(
    sentence: SigningSentence, noun: int, subject: Range, found: list[Agreement]
) -> Named:
    """The sides named for the document of `noun`: those of its own clause, else the ones the
    story gives it (the range (0, 0) marks a side taken from outside the sentence)."""
    return _in_clause(sentence, noun, subject) or _from_story(sentence, noun, found)


def _in_clause(sentence: SigningSentence, noun: int, subject: Range) -> Named:
    """The organizations of the noun's clause, outside what the document is about and before
    the next document's noun, less those another document of the sentence takes."""
    tokens, orgs = sentence.tokens, sentence.orgs
    # what stands after the next document's noun is that document's («контракты на
    # поставку и договор между X и Y»)
    following = next_document(tokens, noun)
    in_clause = [
        (span, name)
        for span, name in orgs
        if not subject[0] <= span[0] < subject[1] and span[0] < following
    ]
    gapped = gapped_sides(tokens, noun, orgs)  # «X подписал меморандум, а Y – договор»
    in_clause = in_clause if gapped is None else gapped
    if sentence.partners.get(noun):  # «соглашение между A и B, а также меморандум с C»
        theirs = earlier_sides(tokens, noun, sentence.nouns, orgs)
        in_clause = [o for o in in_clause if o not in theirs] or in_clause
    return in_clause


def _from_story(sentence: SigningSentence, noun: int, found: list[Agreement]) -> Named:
    """The sides of a document whose clause names none, tried in turn: the sides a counted
    document's sentences named, the sides that met, the sides of the document before, those of
    the visit the sentence is framed by, those just named."""
    story, tokens, sign, index = sentence.story, sentence.tokens, sentence.sign, sentence.index
    token_lists, organizations, told = story.token_lists, story.organizations, sentence.told
    # «подписан трехсторонний меморандум»: the three just named
    sided = sided_sides(story.sentences, organizations, sentence.position, noun)
    if sided:
        return [((0, 0), name) for name in sided]
    nearby = token_lists[max(0, index - 1) : index + 1]
    if len(told) >= 2 and outcome(tokens) and not any(state_level(t) for t in nearby):
        # «По итогам переговоров достигнута договорённость»: the sides that met, unless
        # the talks were at the heads of state's level (states are no organizations).
        return [((0, 0), name) for name in told[:2]]
    if found and found[-1].memorandum.parties and sides_sign(tokens, sign):
        # «Стороны также подписали меморандум»: the sides of the document before.
        return [((0, 0), name) for name in found[-1].memorandum.parties]
    met: list[str] = []
    if framed_by_meeting(tokens) and not sentence.orgs:
        # «В рамках визита был подписан меморандум»: the sides of that visit
        met = sides_that_met(token_lists, organizations, index, (), True)
    elif unnamed_signers(tokens, sign):
        met = sides_that_met(token_lists, organizations, index, tuple(told[:2]))
    if met:
        return [((0, 0), name) for name in met]
    if sides_sign(tokens, sign):  # «Они подписали»: just named
        prior = token_lists[index - 1] if index else []
        named = sides_named_before(organizations, prior, index)
        return [((0, 0), n) for n in named]
    return []


def document_parties(
    sentence: SigningSentence, noun: int, in_clause: Named, found: list[Agreement]
) -> list[str]:
    """The parties of the document of `noun`, from the sides of its clause, its partners and the
    sides the story has told; a partner alone when the other side is a count of unnamed bodies;
    the sides of the document it amends when it names fewer than two."""
    story, tokens, sign, index = sentence.story, sentence.tokens, sentence.sign, sentence.index
    partners = sentence.partners
    # The side of the text's last document signs this one too when the sentence names
    # only the partner («Сотрудничество содержит меморандум с X»).
    recent = found[-1].memorandum.parties[:1] if found else []
    by_kind = named_by_kind(tokens, min([noun, *sign]), story.organizations, index)
    first_named = story.first_named
    parties = parties_of(
        tokens,
        noun,
        sign,
        in_clause,
        partners,
        unique(by_kind + recent + sentence.told),
        [n for n in first_named if first_named[n] < index and n not in sentence.aside],
    )
    if partners.get(noun) and unnamed_side(
        story.sentences, story.organizations, sentence.position, min(sign, default=noun)
    ):
        parties = list(partners[noun])  # «Пять вузов подписали договор с X»: X alone
    amended = amended_document(tokens, noun)
    if amended is not None and len(parties) < 2:
        # «протокол о внесении изменений в соглашение между X и Y»: X and Y sign it
        parties = partner_after(tokens, amended, sentence.orgs) or parties
    return parties
