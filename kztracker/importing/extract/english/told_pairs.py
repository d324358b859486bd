"""The sides of a document a signing names only by its definite noun: "Under the agreement
between A and B, the bank will lend ... . The agreement was signed on Monday." The two are
those the sentence before (or the one before it) gave that document, "between A and B"."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.extract.english.agreement_wording import BOTH, WORDING
from kztracker.importing.extract.english.text import Article
from kztracker.importing.extract.mentions import OrganizationMention, by_sentence

_DEFINITE = re.compile(WORDING["definite_document"])
_BETWEEN = re.compile(WORDING["document_between"], re.IGNORECASE)
_AND = re.compile(r"^\s*(?:,\s*)?and\s+(?:the\s+)?$")
_OWN = re.compile(WORDING["own_side"])


def told_pair(
    article: Article,
    index: int,
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
) -> list[str]:
    """The two sides an earlier sentence of the same paragraph gave the document that sentence
    `index` opens with ("The agreement was signed ..."); none when it names no such pair."""
    sentence = article.sentences[index]
    if not _DEFINITE.match(sentence.text):
        return []
    at = by_sentence(mentions)
    for earlier in (index - 1, index - 2):
        if earlier < 0 or article.sentences[earlier].paragraph != sentence.paragraph:
            break
        before = article.sentences[earlier]
        named = sorted((m for m in at.get(earlier, []) if not m.derived), key=lambda m: m.start)
        for first, second in zip(named, named[1:], strict=False):
            lead = before.text[: first.start - before.start]
            joint = before.text[first.end - before.start : second.start - before.start]
            if _BETWEEN.search(lead) and _AND.match(joint):
                pair = [resolve(first.name), resolve(second.name)]
                return pair if pair[0] != pair[1] else []
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
    too), when "the sides" sign and exactly two stand there."""
    sentence = article.sentences[index]
    signs = BOTH.search(sentence.text)
    if not signs or signs.start() > 60 or index == 0:
        return []
    before = article.sentences[index - 1]
    if before.paragraph != sentence.paragraph:
        return []
    # by position: an organization a title implies carries no sentence number
    inside = (m for m in mentions if before.start <= m.start < before.end)
    names = list(dict.fromkeys(resolve(m.name) for m in inside))
    return names if len(names) == 2 else []
