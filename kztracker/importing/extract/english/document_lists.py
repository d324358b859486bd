"""Documents a list names one per item, after a sentence that opens it by a signing: "The
following documents were signed: - Agreement on ...; - Memorandum on ...". An item the sentence
rules drafted no memorandum from is a document of its own, its sides unnamed when neither the
item nor a "This agreement was made between A and B" right after it names them (the guide: one
entry per document, parties left out when not named)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.english.agreement_merge import memorandum_title
from kztracker.importing.extract.english.agreement_wording import DOCUMENT, WORDING
from kztracker.importing.extract.english.listed_documents import document_kind
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.english.told_pairs import between_pair, is_restating
from kztracker.importing.extract.mentions import OrganizationMention

_INTRO = re.compile(WORDING["list_intro"], re.IGNORECASE)
_DOCUMENTS = re.compile(WORDING["list_documents"], re.IGNORECASE)
_SIGNING = re.compile(WORDING["list_signing"], re.IGNORECASE)
_BULLET = re.compile(WORDING["list_bullet"], re.IGNORECASE)
_HEAD_WORDS = 6  # a document's head stands in an item's first words: "Comprehensive program of"
_BARE_OPENER = 4  # words of an opener that names nothing itself ("Among them:", "These are:")


def _opens_list(article: Article, index: int) -> bool:
    """ "The following documents were signed:", "... exchanged agreements. These included:"."""
    sentence = article.sentences[index]
    if not _INTRO.search(sentence.text):
        return False
    told = sentence.text
    # "15 documents were signed. ¶ Among them:": a bare opener leans on the paragraph before.
    bare = len(sentence.text.split()) <= _BARE_OPENER
    if index > 0 and (article.sentences[index - 1].paragraph == sentence.paragraph or bare):
        told = article.sentences[index - 1].text + " " + told
    return bool(_DOCUMENTS.search(told) and _SIGNING.search(told))


def _item(sentence: Sentence) -> tuple[str, str] | None:
    """An item's title and its document head, when it names a document."""
    if is_restating(sentence):
        return None  # "This agreement was made ...": about an item, not one
    bullet = _BULLET.match(sentence.text)
    text = sentence.text[bullet.end() if bullet else 0 :]
    head = DOCUMENT.search(" ".join(text.split()[:_HEAD_WORDS]))
    if not head or not text[:1].isalpha() or len(text.split()) < 2:
        return None  # a bare "Agreements" the page cut off names no document
    return text.rstrip(" ;,."), head.group()


def listed_items(
    article: Article,
    memoranda: list[DraftMemorandum],
    mentions: list[OrganizationMention],
    resolve: Callable[[str], str],
    host: str | None,
) -> list[DraftMemorandum]:
    """A memorandum for each listed document no sentence rule drafted one from."""

    def has_draft(sentence: Sentence) -> bool:
        """Whether a sentence rule drafted the item's memorandum; an undated one then takes
        the opening sentence first, whose signing tells its day."""
        held = [
            m for m in memoranda if any(sentence.start <= s.start < sentence.end for s in m.spans)
        ]
        for memo in held:
            if memo.signed_on is None and intro is not None and intro not in memo.spans:
                memo.spans.insert(0, intro)
        return bool(held)

    found: list[DraftMemorandum] = []
    intro: Span | None = None  # the sentence that opened the list being read
    sentences = article.sentences
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        item = _item(sentence) if intro is not None else None
        if intro is not None and item is None:
            intro = None
        elif intro is not None and item is not None:
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            about = after if after and is_restating(after) else None  # "This agreement ..."
            index += 2 if about else 1
            if has_draft(sentence) or (about and has_draft(about)):
                continue
            parties = between_pair(about, mentions, resolve) if about else []
            kind = document_kind(item[1])
            title = memorandum_title(kind, parties, host) if parties else item[0]
            # the opening sentence first: it tells of the signing and its day
            spans = [intro, sentence.span()] + ([about.span()] if about else [])
            found.append(DraftMemorandum(title=title, kind=kind, parties=parties, spans=spans))
            continue
        if intro is None and _opens_list(article, index):
            intro = sentence.span()
        index += 1
    return found
