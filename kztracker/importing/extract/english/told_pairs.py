"""The sides of a document a signing names only by its definite noun: "Under the agreement
between A and B, the bank will lend ... . The agreement was signed on Monday." The two are
those the sentence before (or the one before it) gave that document, "between A and B"."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.english.agreement_wording import BOTH, WORDING
from kztracker.importing.extract.english.article_places import headline_sentence
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.language_files import fill_slots
from kztracker.importing.extract.mentions import OrganizationMention

_DEFINITE = re.compile(WORDING["definite_document"])
_OWNER = WORDING["owner_possessive"]  # "between Kazakhstan's Ministry ... and Germany's Office"
_BETWEEN = re.compile(WORDING["document_between"][: -len("$")] + _OWNER + "$", re.IGNORECASE)
_ANY_BETWEEN = re.compile(fill_slots(WORDING["pair_before"], owner=_OWNER))
_AND = re.compile(fill_slots(WORDING["pair_and"], owner=_OWNER))
_OWN = re.compile(WORDING["own_side"])
_MET = re.compile(WORDING["met_talks"], re.IGNORECASE)


def between_pair(
    sentence: Sentence,
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
    lead: re.Pattern[str] = _ANY_BETWEEN,
) -> list[str]:
    """The two organizations `sentence` names as "between A and B" (what stands before A
    matching `lead`); none when it names no such pair."""
    named = sorted(
        (m for m in mentions if sentence.start <= m.start < sentence.end and not m.derived),
        key=lambda m: m.start,
    )
    for first, second in zip(named, named[1:], strict=False):
        before = sentence.text[: first.start - sentence.start]
        joint = sentence.text[first.end - sentence.start : second.start - sentence.start]
        if lead.search(before) and _AND.match(joint):
            pair = [resolve(first.name), resolve(second.name)]
            return pair if pair[0] != pair[1] else []
    return []


def is_restating(sentence: Sentence) -> bool:
    """ "This agreement was made ...": a sentence about a document just named."""
    return bool(_DEFINITE.match(sentence.text))


def told_pair(
    article: Article,
    index: int,
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
) -> list[str]:
    """The two sides an earlier sentence of the same paragraph gave the document that sentence
    `index` opens with ("The agreement was signed ..."); none when it names no such pair."""
    sentence = article.sentences[index]
    if not is_restating(sentence):
        return []
    for earlier in (index - 1, index - 2):
        if earlier < 0 or article.sentences[earlier].paragraph != sentence.paragraph:
            break
        pair = between_pair(article.sentences[earlier], mentions, resolve, _BETWEEN)
        if pair:
            return pair
    return []


def own_side(article: Article, index: int, host: str | None) -> list[str]:
    """ "our university signed a memorandum with seven universities": the page's own
    organization (the text's host), when the sentence speaks as "our ..." and a host is known."""
    return [host] if host and _OWN.search(article.sentences[index].text) else []


def met_pair(
    article: Article,
    index: int,
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
) -> list[str]:
    """ "Minister of Health of A X met Minister of Health of B Y. The sides signed a roadmap.":
    the two organizations the sentence before names (its people's, implied by their titles
    too), when "the sides" sign and exactly two stand there; across a paragraph break or one
    sentence apart, only a sentence that tells of the meeting ("held talks with")."""
    sentence = article.sentences[index]
    signs = BOTH.search(sentence.text)
    if not signs or signs.start() > 60 or index == 0:
        return []
    for earlier in (index - 1, index - 2):
        before = article.sentences[earlier] if earlier >= 0 else None
        if before is None or before.paragraph < sentence.paragraph - 1:
            return []
        adjacent = earlier == index - 1 and before.paragraph == sentence.paragraph
        if not adjacent and not _MET.search(before.text):
            continue  # across a paragraph, or a sentence apart: only a meeting's two sides
        # by position: an organization a title implies carries no sentence number
        inside = (m for m in mentions if before.start <= m.start < before.end)
        names = list(dict.fromkeys(resolve(m.name) for m in inside))
        if len(names) == 2 or adjacent:
            return names if len(names) == 2 else []
    return []


def restates_headline(article: Article, earlier: tuple[DraftMemorandum, int], kind: str) -> bool:
    """ "Iran, Kazakhstan sign MoU" over "... the two sides signed an MoU": the body's document of
    the same kind as the one only the headline told of is that one, not a further one of its
    sides (whom the body may name more closely, as the ministries of the two who met)."""
    memo, index = earlier
    return index == headline_sentence(article) and memo.kind == kind
