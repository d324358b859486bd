"""Memoranda, agreements and partnerships: their parties, signing date and focus areas.

A sentence with a signing verb and an agreement noun, or an agreement noun followed by "with"
or "between", proposes a memorandum whose parties are the organizations in that part of the
sentence. When the text names only the partner ("a memorandum with AstraZeneca"), the other
side is the one speaking: the organization of a person in the sentence, else the article's
first government body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english import agreement_wording as W
from kztracker.importing.extract.english.agreement_merge import (
    further_document,
    memorandum_title,
    one_sided,
    restate,
    unique_names,
    unnamed_side,
)
from kztracker.importing.extract.english.agreement_parties import (
    add_speaking_side,
    find_partners,
    find_signers,
    find_subjects,
    name_parties,
    place_match,
    take_sides_told_before,
)
from kztracker.importing.extract.english.agreement_settle import settle_memoranda
from kztracker.importing.extract.english.agreement_sides import host_of, signer_of
from kztracker.importing.extract.english.agreement_state import (
    ArticleReading,
    MatchSides,
    SentenceReading,
)
from kztracker.importing.extract.english.background_documents import told_documents
from kztracker.importing.extract.english.country_sides import bare_side
from kztracker.importing.extract.english.datelines import dateline_leads
from kztracker.importing.extract.english.listed_documents import (
    document_kind,
    listed_documents,
    listed_memoranda,
    lists_signed,
)
from kztracker.importing.extract.english.page_cuts import cut_off
from kztracker.importing.extract.english.paired_sides import paired_sides
from kztracker.importing.extract.english.sentence_signings import (
    read_signing,
    signing_to_come,
)
from kztracker.importing.extract.english.signing_clauses import clause_breaks, serves_document
from kztracker.importing.extract.english.signing_dates import nearest, told_day
from kztracker.importing.extract.english.story_years import explicit_year
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.english.unnamed_documents import unnamed_signing
from kztracker.importing.extract.mentions import (
    OrganizationMention,
    PersonMention,
    by_sentence,
)

# Each pattern's meaning is told beside it in agreement_wording.py and data/agreements.json.
_NOUN, _DOCUMENT = W.NOUN, W.DOCUMENT
_CALL_FOR, _PLANNED = W.CALL_FOR, W.PLANNED
_TO_ACT, _RESTATING = W.TO_ACT, W.RESTATING


def memoranda_in(
    article: Article,
    mentions: list[OrganizationMention],
    people: list[PersonMention],
    names: dict[str, str],
    core_key: Callable[[str], str],
    reference: PartialDate | None,
) -> list[DraftMemorandum]:
    """The memoranda `article` tells of, each sentence read in turn (what it tells of a
    signing, the documents it lists, then each agreement noun's sides), and all of them settled
    together at the end."""

    def resolve(name: str) -> str:
        return names.get(core_key(name), name)

    host = host_of(mentions, resolve, article.text)
    mentions = [m for m in mentions if not cut_off(article.text, m)]  # "... of the Rep"
    reading = ArticleReading(
        article=article,
        mentions=mentions,
        mentions_at=by_sentence(mentions),
        people_at=by_sentence(people),
        resolve=resolve,
        host=host,
        reference=reference,
        reference_day=reference or PartialDate(9999),
    )
    lead = dateline_leads(article, reference)  # the day a dateline gives its first sentence
    for index, sentence in enumerate(article.sentences):
        told = _read_sentence(reading, index, sentence)
        _drop_plan_told_before(reading, told)
        _note_signing_day(reading, told)
        reading.signer = signer_of(sentence, told.in_sentence, resolve) or reading.signer
        if _propose_listed(reading, told):
            continue
        for n, match in enumerate(told.matches):
            _propose_for_noun(reading, told, n, match)
    return settle_memoranda(
        article,
        (reading.found, reading.weak, reading.another, reading.unnamed),
        mentions,
        resolve,
        host,
        (reading.signing_days, reading.day_of, lead),
        reference,
    )


def _read_sentence(reading: ArticleReading, index: int, sentence: Sentence) -> SentenceReading:
    """What sentence `index` tells of a signing, and its agreement nouns that tell of a
    document of the text."""
    if reading.reference is None:  # the year a later day without one is in
        # the year a sentence is told in, not a term's end ("an agreement through 2020")
        reading.year = explicit_year(sentence.text) or reading.year
    read = read_signing(sentence.text, reading.reference, reading.year, reading.reference_day)
    return SentenceReading(
        index=index,
        sentence=sentence,
        in_sentence=reading.mentions_at.get(index, []),
        persons=reading.people_at.get(index, []),
        signing=read,
        signs=read.signs,
        future=read.future,
        dates=read.dates,
        # Not "The Cabinet has approved an MoU", nor "replaces the agreement signed in 1994".
        matches=told_documents(sentence.text, read.signs, reading.reference),
        breaks=clause_breaks(sentence),  # "A and B signed X, and C and D signed Y"
    )


def _drop_plan_told_before(reading: ArticleReading, told: SentenceReading) -> None:
    """Withdraw the proposals of the sentence before when this one says their signing is
    still to come."""
    index, sentences = told.index, reading.article.sentences
    if index and signing_to_come(told.sentence.text, told.signing, sentences[index - 1].text):
        # "A and B agreed on an MoU. The MoU will be signed soon.": a plan, no memorandum.
        reading.found = [(m, i) for m, i in reading.found if i != index - 1]


def _note_signing_day(reading: ArticleReading, told: SentenceReading) -> None:
    """Keep the day of a signing the sentence tells of, and the day it tells of at all, for the
    signings settle_memoranda dates later."""
    text, signs, signed = told.sentence.text, told.signs, told.signing.signed
    if (
        signed
        and signs
        and not told.future
        and not signed > reading.reference_day
        and not _TO_ACT.match(signs.group())
        and (told.matches or not _NOUN.search(text))  # a background document's day
    ):
        # Not "the sides agreed to harmonize tariffs by 1 July 2026": a plan, not a signing.
        reading.signing_days[told.index] = signed
    # The day a sentence tells of, for a signing that follows it without a date of its own.
    reading.day_of[told.index] = told_day(
        reading.article, told.index, told.signing.all_dates, reading.reference_day, reading.day_of
    )


def _propose_listed(reading: ArticleReading, told: SentenceReading) -> bool:
    """Propose one document per pair a list of signed documents names; True when the sentence
    is such a list, whose nouns then need no reading of their own."""
    sentence, signs, index = told.sentence, told.signs, told.index
    listed = listed_documents(sentence, told.matches, told.in_sentence, reading.resolve)
    if not ((signs or lists_signed(reading.article, index)) and not told.future and listed):
        return False
    # "documents were signed, including the protocol between A and B, an agreement
    # on ... between C and D": one document per pair.
    signed_on = nearest(told.dates, signs.start()).date if told.dates and signs else None
    if not signs:  # "The documents include ...": the day of the signing told before
        signed_on = reading.day_of.get(index - 1)
    reading.found += [
        (m, index) for m in listed_memoranda(listed, reading.host, signed_on, sentence.span())
    ]
    return True


def _propose_for_noun(
    reading: ArticleReading, told: SentenceReading, n: int, match: re.Match[str]
) -> None:
    """Read the n-th agreement noun of a sentence: whether it tells of a document, its sides
    step by step (agreement_parties.py), and the proposal it makes, if any."""
    kind = document_kind(match.group("noun"))
    _note_new_document(reading, told, match)
    if not _tells_of_document(told, n, match):
        return
    # "A and B have signed more than 90 documents": a tally, naming none of them.
    tally = W.tallied(told.sentence.text, told.matches, n)
    if _CALL_FOR.search(told.sentence.text[: match.start()]):
        return  # "a call for joint projects with X" invites, it does not agree
    if serves_document(told.sentence, told.matches, n, told.breaks):
        return  # "an agreement with A for the B Project": the agreement's purpose
    sides = place_match(told, n, match, kind, tally)
    if not find_subjects(reading, told, sides):
        return
    if not take_sides_told_before(reading, told, sides):
        return
    if (
        kind == "other"
        and not match.group("prep")
        and len({reading.resolve(m.name) for m in sides.subjects}) < 2
    ):
        return  # "launched a project": a joint one only when two sides launch it
    find_partners(told, sides)
    find_signers(reading, told, sides)
    name_parties(reading, told, sides)
    if sides.tally or not sides.party_names:
        _propose_unnamed(reading, told, sides)
        return
    add_speaking_side(reading, told, sides)
    if len(sides.party_names) < 2 or told.future:
        _propose_one_sided(reading, told, sides)
        return  # a signing still to come is a milestone, not a memorandum yet
    _propose_memorandum(reading, told, sides)


def _note_new_document(
    reading: ArticleReading, told: SentenceReading, match: re.Match[str]
) -> None:
    """Remember the last sentence that tells of a new document, so that a later "the
    memorandum was signed by ..." restates it rather than the one before it."""
    text = told.sentence.text
    if _DOCUMENT.search(match.group("noun")) and not _RESTATING.search(text[: match.start()]):
        reading.new_at = told.index  # "A memorandum to create X." tells of a new document


def _tells_of_document(told: SentenceReading, n: int, match: re.Match[str]) -> bool:
    """Whether the noun may tell of a document signed: not a relation, a plan or an aim."""
    text, signs = told.sentence.text, told.signs
    if not match.group("prep") and not signs:
        return False
    if W.RELATION.fullmatch(match.group("noun")) and not W.RELATION_SIGNED.search(
        text[: match.start()]
    ):
        return False  # "noted the strong partnership between A and B": no document
    if not signs and _PLANNED.search(text):
        return False  # "an MoU with X is on the horizon": a plan, not a memorandum
    if not signs and (
        W.AIM.search(text[: match.start()])
        or (match.group("prep") and not W.DESCRIBED.match(match.group("prep")))
    ):
        return False  # "to build a partnership with X", "the deal deepens ties between"
    return True


def _told_unnamed(reading: ArticleReading) -> bool:
    """Whether the last new document was told with no sides of its own."""
    return any(i == reading.new_at and not m.parties for m, i in reading.unnamed)


def _propose_unnamed(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """A document signed whose sides the sentence leaves unnamed, or only counts."""
    # "Several memoranda were signed at the forum", "the agreement between Kazakhstan
    # and X": a document whose sides are left unnamed.
    signs, text = told.signs, told.sentence.text
    done = bool(signs and W.signing_done(text, signs))
    done = done or bare_side(sides.states)
    if done and not told.future and not _PLANNED.search(text):
        document = unnamed_signing(
            told.sentence, sides.match, sides.kind, reading.host, (signs, told.dates)
        )
        reading.unnamed += [(document, told.index)] if document else []


def _propose_one_sided(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """A document signed with one side named, the other told of but not named."""
    told_side = unnamed_side(sides.match.group("noun"), told.sentence.text) or bare_side(
        sides.states
    )
    if not told.future and told.signs and told_side:
        # "a memorandum was signed with several schools at X": the side named
        one = one_sided(sides.kind, sides.party_names, reading.host, told.sentence.span())
        reading.unnamed.append((one, told.index))


def _propose_memorandum(reading: ArticleReading, told: SentenceReading, sides: MatchSides) -> None:
    """The memorandum (or one per pair of sides) of a noun with two sides or more: a new one,
    one restating the last, a further one of the same sides, or a weak one only agreed on."""
    sentence, signs, kind, found = told.sentence, told.signs, sides.kind, reading.found
    subject_names = [reading.resolve(m.name) for m in sides.subjects]
    pairs = paired_sides(sentence.text, sides.match.group("noun"), subject_names, sides.party_names)
    if pairs:
        # "signed agreements with A and B": one with each; "A and B signed agreements
        # with C and D, respectively": A with C, B with D.
        for two in pairs:
            memo = DraftMemorandum(
                title=memorandum_title(kind, two, reading.host),
                kind=kind,
                parties=two,
                spans=[sentence.span()],
            )
            found.append((memo, told.index))
        return
    memo = DraftMemorandum(
        title=memorandum_title(kind, sides.party_names, reading.host),
        kind=kind,
        parties=sides.party_names,
        signatories=unique_names([p.name for p in sides.signatories]),
        signed_on=nearest(told.dates, signs.start()).date
        if told.dates and signs and not told.future
        else None,
        spans=[sentence.span()],
    )
    if sides.restating and reading.new_at <= found[-1][1]:
        restate(found[-1][0], memo, reading.host)  # "The memorandum was signed by ...": the same
    elif sides.restating and _told_unnamed(reading):
        # "A and B entered into a memorandum to ... between two countries. X of A and Y of B
        # signed the MoU on 7 April": the sides of that one, not a further document
        reading.unnamed = [(m, i) for m, i in reading.unnamed if i != reading.new_at]
        found.append((memo, told.index))
    elif sides.restating:
        reading.another.append(memo)  # "A memorandum on X. This one was signed by ...": its own
    elif sides.agreed:
        reading.weak.append(memo)
    elif signs and further_document(
        sentence.text, signs.end(), memo, found, (told.matches, sides.n)
    ):
        reading.another.append(memo)  # "A and B also signed a memorandum on X": a further one
    else:
        found.append((memo, told.index))
