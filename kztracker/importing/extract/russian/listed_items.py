"""Documents listed one a line under a heading: «Подписаны документы ... Ключевые документы:»
then «Соглашение о ...;», «Рамочное соглашение об ...;», each line one document.

A line names its document but neither its sides nor its signing: they are those of the signing
told before the heading, so each line is a memorandum with the parties of the document found
before it, else with the sides the signing sentence names (its countries, read later).
"""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMemorandum, Span
from kztracker.importing.extract.russian.agreement_titles import agreement_title, listed_titles
from kztracker.importing.extract.russian.clauses import is_agreement
from kztracker.importing.extract.russian.found_agreements import Agreement
from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.mentions import SentenceMentions
from kztracker.importing.extract.russian.tokens import Token

_DOCUMENT = load("lexicon")["document_lemma"]

# A line's document noun stands among its first words («1. Рамочное соглашение о ...»).
_LEAD = 4


def listed_item(
    sentences: list[SentenceMentions],
    position: int,
    found: list[Agreement],
    days: dict[int, PartialDate | None],
) -> Agreement | None:
    """The document a list line names, with the sides and date of the signing before its
    heading; None when the sentence is no such line. `days`: the day each sentence tells of."""
    mentions = sentences[position]
    noun = item_noun(mentions.tokens)
    heading = heading_of(sentences, position) if noun is not None else None
    if noun is None or heading is None:
        return None
    limit = sentences[heading].index
    before = next(
        (a for a in reversed(found) if a.sentence <= limit and a.memorandum.parties), None
    )
    kind = load("lexicon")["agreement_lemmas"][mentions.tokens[noun].lemma]
    token = mentions.tokens[noun]
    context = None if before else signing_before(sentences, heading)
    memo = DraftMemorandum(
        title=agreement_title(mentions, noun),
        kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
        parties=list(before.memorandum.parties) if before else [],
        signed_on=before.memorandum.signed_on
        if before
        else days.get(context)
        if context is not None
        else None,
        spans=[Span(token.start, token.end)],
    )
    return Agreement(
        memo, False, mentions.index, memo.signed_on, mentions.sentence.headline, context=context
    )


def listed_among(
    sentences: list[SentenceMentions],
    position: int,
    found: list[Agreement],
    days: dict[int, PartialDate | None],
) -> list[Agreement]:
    """«Подписаны межправительственные документы. В их числе соглашения в X, в области Y, о Z»:
    a sentence that opens by listing what the signing sentence before it told of names one
    document per item, with the sides and day of that signing."""
    mentions = sentences[position]
    tokens = mentions.tokens
    opening = " ".join(t.text.casefold() for t in tokens[:3])
    if position == 0 or not any(opening.startswith(c) for c in words("lexicon", "list_openers")):
        return []
    signing = sentences[position - 1]
    if not _signs(signing.tokens) or not any(
        t.lemma in words("lexicon", "document_words") or is_agreement(signing.tokens, i)
        for i, t in enumerate(signing.tokens)
    ):
        return []
    noun = next((i for i in range(len(tokens)) if is_agreement(tokens, i)), None)
    titles = listed_titles(mentions, noun) if noun is not None else []
    if noun is None or not titles:
        return []
    told = [a for a in found if a.sentence == signing.index and not a.planned]
    parties = list(told[0].memorandum.parties) if told else []
    kind = load("lexicon")["agreement_lemmas"][tokens[noun].lemma]
    day = days.get(signing.index)
    token = tokens[noun]
    return [
        Agreement(
            DraftMemorandum(
                title=title,
                kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
                parties=list(parties),
                signed_on=day,
                spans=[Span(token.start, token.end)],
            ),
            False,
            mentions.index,
            day,
            context=signing.index,
        )
        for title in titles
    ]


def another_document(
    mentions: SentenceMentions,
    nouns: list[int],
    found: list[Agreement],
    previous: list[SentenceMentions] | None = None,
) -> Agreement | None:
    """«Ещё один важный документ – План ...»: a sentence with no verb that adds a document
    to the one told just before is signed by the same sides on the same day; after a signing
    of no memorandum in the sentences just before («скрепили подписями Декларацию ...»,
    `previous`), by sides not named."""
    tokens = mentions.tokens
    signing = next((m for m in reversed(previous or []) if _signs(m.tokens)), None)
    if not found and signing is not None:
        found = [Agreement(DraftMemorandum(title="", kind="other"), False, signing.index, None)]
    if not found or not nouns:
        return None
    noun = nouns[0]
    dash = next((i for i in range(noun - 1, -1, -1) if tokens[i].text in "–—-"), None)
    if dash is None or not any(t.lemma == _DOCUMENT for t in tokens[:dash]):
        return None
    if not any(t.lemma in words("lexicon", "another_cues") for t in tokens[:dash]):
        return None
    before = found[-1]
    token = tokens[noun]
    kind = load("lexicon")["agreement_lemmas"][token.lemma]
    memo = DraftMemorandum(
        title=agreement_title(mentions, noun),
        kind=kind if kind in ("memorandum", "agreement", "roadmap") else "other",
        parties=list(before.memorandum.parties),
        signed_on=before.memorandum.signed_on,
        spans=[Span(token.start, token.end)],
    )
    return Agreement(
        memo, before.planned, mentions.index, memo.signed_on, another=True, context=before.context
    )


def item_noun(tokens: list[Token]) -> int | None:
    """The document noun a list line opens with, or None."""
    for i, token in enumerate(tokens[:_LEAD]):
        if is_agreement(tokens, i):
            return i
        if token.is_pos("NOUN") and not token.text.isdigit():
            return None  # «Программа сотрудничества ...»: no document of the lexicon
    return None


def heading_of(sentences: list[SentenceMentions], position: int) -> int | None:
    """The position of the heading («Ключевые документы:») whose list the sentence at
    `position` belongs to, or None: every sentence between them is a list line too."""
    for back in range(position - 1, -1, -1):
        tokens = sentences[back].tokens
        if _heading(tokens):
            return back
        if item_noun(tokens) is None or _signs(tokens):
            return None
    return None


def signing_before(sentences: list[SentenceMentions], heading: int) -> int | None:
    """The index of the last sentence before the heading that tells of documents signed
    («В числе принятых решений ...» speaks of no document); with none before it, a heading
    that signs («Президенты ... подписали ряд межправительственных соглашений:») is its own.
    A heading after such a sentence («Подписанные документы:») is a label."""
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    for back in [*range(heading - 1, -1, -1), heading]:
        tokens = sentences[back].tokens
        if _signs(tokens) and any(t.lemma in lemmas and t.is_pos("NOUN") for t in tokens):
            return sentences[back].index
    return None


def _heading(tokens: list[Token]) -> bool:
    """A line ending in a colon that speaks of documents in the plural («Ключевые документы:»,
    «Подписаны следующие соглашения:»)."""
    if not tokens or tokens[-1].text != ":":
        return False
    lemmas: dict[str, str] = load("lexicon")["agreement_lemmas"]
    return any(
        t.lemma in lemmas and t.is_pos("NOUN") and t.parses[0].tag.number == "plur" for t in tokens
    )


def _signs(tokens: list[Token]) -> bool:
    return any(t.lemma in words("lexicon", "sign_lemmas") for t in tokens)
