"""Where a memorandum stands in the article: the headline sentence that restates the body."""

from __future__ import annotations

from kztracker.importing.extract.english.text import Article


def headline_sentence(article: Article) -> int | None:
    """The index of the headline, when the article opens with one."""
    if not article.sentences or not article.paragraphs:
        return None
    first = article.sentences[0]
    paragraph = article.paragraphs[0]
    headline = first.end >= paragraph.end - 1 and not first.text.endswith((".", "!", "?"))
    return 0 if headline and len(article.paragraphs) > 1 else None
