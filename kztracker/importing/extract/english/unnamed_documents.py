"""Documents whose sides a text leaves unnamed, told apart by what each is about: "signed two
agreements, namely the Treaty of Alliance and an agreement on the demarcation of the border"
is two documents, not one (the guide: one entry per document; the corpus dev golds keep each
with `parties: []`). A document with no subject ("signed several documents", "the agreement")
stays one unnamed bundle. Words: data/agreements.json ('document_subject', 'subject_ends',
'generic_subjects', 'refers_back')."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.agreement_merge import memorandum_title
from kztracker.importing.extract.english.agreement_wording import DOCUMENT, PLURAL, WORDING, pattern
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.english.signing_dates import nearest
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.english.told_pairs import is_restating
from kztracker.normalize import name_key

# "an Agreement on Mutual Protection of Investments", "the Treaty of Alliance": the subject
# after the noun, up to what names a side, a place, a time or the next clause.
_SUBJECT = re.compile(WORDING["document_subject"], re.IGNORECASE)
_ENDS = re.compile(
    r"\s+(?:" + "|".join(WORDING["subject_ends"]) + r")(?:\b|(?<=\s))|\s*[,;:.()\"“”]|$"
)
_MOST_WORDS = 14
_REFERS = re.compile(WORDING["refers_back"], re.IGNORECASE)
# "a roadmap for cooperation" beside a document with sides: that one told again, most likely.
_GENERIC = re.compile(
    pattern("generic_subject", generic_subjects="|".join(WORDING["generic_subjects"])),
    re.IGNORECASE,
)


def document_title(text: str, noun_start: int, noun_end: int, noun: str) -> str | None:
    """A document's own title in `text` ("Agreement on mutual protection of investments"): its
    noun and the subject after it; None for a plural, a bundle or a noun with no subject."""
    if PLURAL.match(noun):
        return None
    subject = _SUBJECT.match(text, noun_end)
    if not subject:
        return _kind_words_title(text, noun_start, noun_end)
    rest = text[subject.end() :]
    end = _ENDS.search(rest)
    words = rest[: end.start() if end else len(rest)].split()
    if not words or len(words) > _MOST_WORDS or words[0][:1].isdigit():
        return None
    title = " ".join(f"{text[noun_start : subject.end()]} {' '.join(words)}".split())
    return upper_first(title)


# "a transit trade agreement": the article, then up to three lower-case words before the noun.
_KIND_WORDS = re.compile(WORDING["article_kind_words"])
_GENERIC_KIND = frozenset(WORDING["generic_kind_words"])
_FUNCTION_WORDS = frozenset(WORDING["function_words"])


def _kind_words_title(text: str, noun_start: int, noun_end: int) -> str | None:
    """A document's title from the words that tell its subject before its noun ("a transit trade
    agreement": "Transit trade agreement"); None when those words only tell its kind."""
    before = _KIND_WORDS.search(text, 0, noun_start)
    if not before:
        return None
    words = before.group(1).split()
    if any(w in _GENERIC_KIND or w in _FUNCTION_WORDS for w in words):
        return None  # "a new bilateral agreement"; "the law ratifying the agreement"
    title = " ".join([*words, text[noun_start:noun_end]])
    return upper_first(title)


def unnamed_title(text: str, match: re.Match[str], kind: str, host: str | None) -> str:
    """The title of a document told with no side by the agreement noun `match` in `text`: its
    own ("Treaty of Alliance") where the text gives one, else its kind's label."""
    own = document_title(text, match.start(), match.end("noun"), match.group("noun"))
    return own or memorandum_title(kind, [], host)


def unnamed_signing(
    sentence: Sentence,
    match: re.Match[str],
    kind: str,
    host: str | None,
    signing: tuple[re.Match[str] | None, list[DateMention]],
) -> DraftMemorandum | None:
    """The document the agreement noun `match` tells of as signed, its sides left unnamed, dated
    by the date nearest its signing verb; None for a noun that names no document ("a project").
    `signing`: the sentence's signing verb and its dates."""
    if not DOCUMENT.search(match.group("noun")):
        return None
    signs, dates = signing
    return DraftMemorandum(
        title=unnamed_title(sentence.text, match, kind, host),
        kind=kind,
        signed_on=nearest(dates, signs.start()).date if dates and signs else None,
        spans=[sentence.span()],
    )


def has_own_title(memo: DraftMemorandum) -> bool:
    """Whether an unnamed memorandum carries its document's own title, not the bare label."""
    return memo.title != memorandum_title(memo.kind, [], None)


def distinct_documents(
    unnamed: list[tuple[DraftMemorandum, int]],
) -> list[tuple[DraftMemorandum, int]]:
    """The documents of a text whose sides are all unnamed: one for each document told by its
    own title (the same title told twice is one); else one, as a text naming none tells of."""
    if any(m.parties for m, _ in unnamed):
        return sorted(unnamed, key=lambda u: -len(u[0].parties))[:1]
    titled: dict[str, tuple[DraftMemorandum, int]] = {}
    for memo, index in unnamed:
        if has_own_title(memo):
            titled.setdefault(name_key(memo.title), (memo, index))
    return list(titled.values()) or unnamed[:1]


def titled_apart(
    article: Article,
    unnamed: list[tuple[DraftMemorandum, int]],
    found: list[tuple[DraftMemorandum, int]],
) -> list[tuple[DraftMemorandum, int]]:
    """Unnamed documents told by their own titles in sentences that told of no other document:
    "A and B signed a memorandum. ... A declaration of intent on X was also signed."; not one a
    later sentence with sides refers back to ("... signed the document")."""
    told = {index for _, index in found}

    def referred(index: int) -> bool:
        after = article.sentences[index + 1 : index + 2]
        return any(is_restating(s) for s in after) or any(
            j > index and _REFERS.search(article.sentences[j].text) for _, j in found
        )

    return [
        (m, i)
        for m, i in distinct_documents([(m, i) for m, i in unnamed if not m.parties])
        if has_own_title(m) and not _GENERIC.search(m.title) and i not in told and not referred(i)
    ]
