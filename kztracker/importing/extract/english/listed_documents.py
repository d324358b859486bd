"""What kind of document an agreement noun names, and documents a sentence lists each with
its own two sides ("the protocol between A and B, an agreement on ... between C and D")."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.english.agreement_merge import memorandum_title, unique_names
from kztracker.importing.extract.english.agreement_wording import WORDING
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.mentions import OrganizationMention

# Each kind with the starts and the parts of the nouns that name it, tried in order ("a joint
# action plan" is a roadmap); any other noun names an "other" document.
_KINDS: dict[str, dict[str, list[str]]] = WORDING["document_kinds"]


def document_kind(noun: str) -> str:
    noun = noun.casefold()
    for kind, words in _KINDS.items():
        if noun.startswith(tuple(words.get("starts", ()))) or any(
            part in noun for part in words.get("contains", ())
        ):
            return kind
    return "other"


_BETWEEN = re.compile(WORDING["pair_lead"], re.IGNORECASE)


def listed_documents(
    sentence: Sentence,
    nouns: list[re.Match[str]],
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
) -> list[tuple[str, list[str]]]:
    """Documents a sentence lists each "between" its own two sides: (kind, parties) of each,
    when there are at least two such pairs; else nothing."""
    cuts = [m.start() for m in _BETWEEN.finditer(sentence.text)]
    if len(cuts) < 2:
        return []
    listed = []
    for n, cut in enumerate(cuts):
        stop = cuts[n + 1] if n + 1 < len(cuts) else len(sentence.text)
        sides = unique_names(
            [
                resolve(m.name)
                for m in mentions
                if cut <= m.start - sentence.start < stop and not m.derived
            ]
        )
        before = [m for m in nouns if m.start() < cut]
        if len(sides) >= 2 and before:
            listed.append((document_kind(before[-1].group("noun")), sides))
    return listed if len(listed) >= 2 else []


_INCLUDES = re.compile(WORDING["list_includes"], re.IGNORECASE)
_TOLD_SIGNING = re.compile(WORDING["list_signing"] + "|" + WORDING["list_exchange"], re.IGNORECASE)
_DOCUMENTS = re.compile(WORDING["list_documents"], re.IGNORECASE)


def lists_signed(article: Article, index: int) -> bool:
    """Whether sentence `index` says what the documents of a signing the sentence before told of
    include ("Six documents were exchanged. The documents include an MoU between A and B; ..."),
    so the documents it lists each "between" two sides are signed ones."""
    if not index or not _INCLUDES.match(article.sentences[index].text):
        return False
    before = article.sentences[index - 1].text
    return bool(_TOLD_SIGNING.search(before) and _DOCUMENTS.search(before))


def listed_memoranda(
    listed: list[tuple[str, list[str]]],
    host: str | None,
    signed_on: PartialDate | None,
    span: Span,
) -> list[DraftMemorandum]:
    """One memorandum for each document a sentence lists with its own sides."""
    return [
        DraftMemorandum(
            title=memorandum_title(kind, sides, host),
            kind=kind,
            parties=sides,
            signed_on=signed_on,
            spans=[span],
        )
        for kind, sides in listed
    ]
