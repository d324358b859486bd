"""Where a memorandum stands in the article: the headline sentence that restates the body, and
the paragraph a mention lies in (for the focus areas told beside it)."""

from __future__ import annotations

from bisect import bisect_right

from kztracker.importing.draft import Span
from kztracker.importing.extract.english.text import Article


def headline_sentence(article: Article) -> int | None:
    """The index of the headline, when the article opens with one."""
    if not article.sentences or not article.paragraphs:
        return None
    first = article.sentences[0]
    paragraph = article.paragraphs[0]
    headline = first.end >= paragraph.end - 1 and not first.text.endswith((".", "!", "?"))
    return 0 if headline and len(article.paragraphs) > 1 else None


def in_paragraph_of(
    article: Article, starts: list[int], memo_span: Span, spans: list[Span]
) -> bool:
    """Whether one of `spans` lies in the paragraph of `memo_span`; `starts` are the
    paragraphs' starts, in order."""
    i = bisect_right(starts, memo_span.start) - 1
    if i < 0 or memo_span.start >= article.paragraphs[i].end:
        return False
    paragraph = article.paragraphs[i]
    return any(paragraph.start <= s.start < paragraph.end for s in spans)
