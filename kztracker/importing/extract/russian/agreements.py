"""The relate stage for agreements: memoranda by the lemmas of their words, parties per clause.

A sentence with an agreement noun (меморандум, соглашение, договор, протокол, дорожная карта) and
a signing word (подписать, заключить, подписание) proposes one memorandum per agreement noun. Its
parties are the organizations after «между», else the partner after «с» and the side before the
verb, else the sentence's organizations; several nouns each with its own «с ...» partner give one
memorandum per partner. An agreement only planned is a planned milestone, not a memorandum.

This module reads the story sentence by sentence and tries the stages in turn; the sides of a
document are chosen in agreement_sides.py, its drafts made in agreement_drafts.py, and the
state carried between sentences is in agreement_state.py.
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.agreement_drafts import draft_documents
from kztracker.importing.extract.russian.agreement_sides import (
    signing_sentence,
)
from kztracker.importing.extract.russian.agreement_state import Story, StoryDays, story_of
from kztracker.importing.extract.russian.clauses import (
    agreed_about,
    approved_only,
    counted,
    frame_sign,
    is_agreement,
    on_behalf,
    restated,
)
from kztracker.importing.extract.russian.country_sides import ratified
from kztracker.importing.extract.russian.dates import dates_in
from kztracker.importing.extract.russian.found_agreements import (
    Agreement,
    deduplicated,
)
from kztracker.importing.extract.russian.joined_sides import join_sides
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.listed_items import (
    another_document,
    listed_among,
    listed_item,
)
from kztracker.importing.extract.russian.mentions import Range, SentenceMentions
from kztracker.importing.extract.russian.parties import (
    regional_bodies,
    unique,
)
from kztracker.importing.extract.russian.partner_lists import (
    framed_documents,
    paired_documents,
)
from kztracker.importing.extract.russian.referred_back import last_listed, refer_back
from kztracker.importing.extract.russian.tokens import Token
from kztracker.importing.extract.russian.witnesses import (
    without_ratifiers,
    without_witnesses,
)


def agreements_in(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    signatories: dict[int, list[str]],
    sides: list[str],
    reference: PartialDate | None,
    dateline: bool = False,
) -> list[Agreement]:
    """`organizations` maps a sentence to its organizations (token range, merged name); `sides`
    are the text's main organizations, most named first, for a document whose sentence names
    one side only; `dateline`: the story opens with a place and its date."""
    story = story_of(sentences, organizations, signatories, sides, reference)
    story_days = StoryDays(reference, dateline)
    found: list[Agreement] = []
    for position, mentions in enumerate(sentences):
        told_on = story_days.read(mentions)
        _read_sentence(story, position, mentions, told_on, story_days.days, found)
    _name_regional_bodies(found, organizations)
    return deduplicated(found)


def _read_sentence(
    story: Story,
    position: int,
    mentions: SentenceMentions,
    told_on: PartialDate | None,
    days: dict[int, PartialDate | None],
    found: list[Agreement],
) -> None:
    """Append to `found` what one sentence tells of agreements, in the order the stages try it:
    an agreement reached, documents framing the news, signings of documents told before, a
    listed document, else a memorandum for each agreement noun it signs."""
    tokens = mentions.tokens
    named = story.organizations.get(mentions.index, [])
    nouns = _document_nouns(tokens)
    # Once a document is named, «стороны договорились о ...» tells what it holds (the
    # headline's own agreement is told again in the story, and read there).
    reached = agreed_about(tokens) if not nouns and all(a.headline for a in found) else None
    if reached is not None:
        found.append(_reached(mentions, reached, named, story.reference))
        return
    home = story.sides[0] if story.sides else None
    framing = framed_documents(story.sentences, position, story.organizations, home)
    found.extend([Agreement(memo, False, mentions.index, None) for memo in framing])
    sign, framed = _signing_words(tokens, nouns)
    anaphoric = _anaphoric_nouns(tokens, nouns, found)
    # «Документ был принят Сенатом»: a body that adopts a document told before is no side
    named_here = without_ratifiers(tokens, named)
    if anaphoric and found:  # «Соответствующие договоренности были достигнуты ...»
        _refer_back_to_last(story, mentions, sign, named_here, found)
    nouns = [i for i in nouns if i not in anaphoric and not approved_only(tokens, sign)]
    nouns = join_sides(tokens, nouns, sign, found, without_witnesses(tokens, named_here))
    if not nouns:
        _signing_without_nouns(story, mentions, sign, named_here, found)
        return
    sentence = signing_sentence(story, position, mentions, told_on, nouns, sign, framed)
    if not sign and not any(sentence.partners.values()):
        found.extend(_listed_document(story, position, mentions, nouns, days, found))
        return
    draft_documents(sentence, found)


def _document_nouns(tokens: list[Token]) -> list[int]:
    """The agreement nouns that may name a document: not one counted («два соглашения»), nor
    one that only restates another noun of the sentence."""
    nouns = [i for i in range(len(tokens)) if is_agreement(tokens, i) and not counted(tokens, i)]
    return [i for i in nouns if not restated(tokens, i, nouns)]


def _signing_words(tokens: list[Token], nouns: list[int]) -> tuple[list[int], dict[int, int]]:
    """The sentence's signing words, sorted, with the participles that sign a framing document;
    and those participles by the noun they sign."""
    sign = [i for i, t in enumerate(tokens) if t.lemma in words("lexicon", "sign_lemmas")]
    # «в рамках договоренностей ..., достигнутых в 2022 году»: the participle signs it
    framed = {n: k for n in nouns if (k := frame_sign(tokens, n)) is not None}
    return sorted(set(sign) | set(framed.values())), framed


def _anaphoric_nouns(tokens: list[Token], nouns: list[int], found: list[Agreement]) -> list[int]:
    """The nouns that refer back to a document told before («Соответствующие договоренности»,
    one signed on someone's behalf once a document is found): no new document."""
    return [
        i
        for i in nouns
        if i
        and tokens[i - 1].lemma in words("lexicon", "anaphoric_modifiers")
        or found
        and on_behalf(tokens, i)
    ]


def _refer_back_to_last(
    story: Story,
    mentions: SentenceMentions,
    sign: list[int],
    named_here: list[tuple[Range, str]],
    found: list[Agreement],
) -> None:
    """The sentence tells more of the last document found (and those listed with it): its
    signing, sides and signatories."""
    for last in last_listed(found):
        refer_back(last, mentions, sign, named_here, story.signatories, story.reference)


def _signing_without_nouns(
    story: Story,
    mentions: SentenceMentions,
    sign: list[int],
    named_here: list[tuple[Range, str]],
    found: list[Agreement],
) -> None:
    """A signing with no new document noun: documents whose sides come in pairs, else the
    signing of the last document told."""
    paired = paired_documents(mentions, named_here, sign) if sign else []
    found.extend([Agreement(memo, False, mentions.index, None) for memo in paired])
    if sign and found and not paired:
        _refer_back_to_last(story, mentions, sign, named_here, found)


def _listed_document(
    story: Story,
    position: int,
    mentions: SentenceMentions,
    nouns: list[int],
    days: dict[int, PartialDate | None],
    found: list[Agreement],
) -> list[Agreement]:
    """A document named with no signing and no partner: an item of a list of documents, a
    further document of the sides before, a ratified one, else those the sentence lists."""
    sentences = story.sentences
    # «Ключевые документы:» then «Соглашение о ...;»: each line one document
    item = (
        listed_item(sentences, position, found, days)
        or another_document(mentions, nouns, found, sentences[max(0, position - 2) : position])
        or ratified(mentions, nouns)
    )
    return [item] if item else listed_among(sentences, position, found, days)


def _name_regional_bodies(
    found: list[Agreement], organizations: dict[int, list[tuple[Range, str]]]
) -> None:
    """«между Костанайской и Гродненской областями»: a region that signs is its body the text
    names."""
    names = unique([name for named in organizations.values() for _span, name in named])
    for agreement in found:
        agreement.memorandum.parties = regional_bodies(agreement.memorandum.parties, names)


def _reached(
    mentions: SentenceMentions,
    about: Range,
    orgs: list[tuple[Range, str]],
    reference: PartialDate | None,
) -> Agreement:
    dates = [d for d in dates_in(mentions.sentence.text, reference) if d.date and not d.period]
    memo = DraftMemorandum(
        title=load("events")["reached_agreement_title"].format(
            about=f"{mentions.text_of(about)[:1].lower()}{mentions.text_of(about)[1:]}"
        ),
        kind="agreement",
        parties=unique([name for _span, name in orgs]),
        signed_on=dates[0].date if dates else None,
        spans=[Span(mentions.tokens[about[0]].start, mentions.tokens[about[1] - 1].end)],
    )
    date = memo.signed_on
    return Agreement(memo, False, mentions.index, date, mentions.sentence.headline)
