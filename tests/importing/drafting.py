"""Drafts for the importer tests: a test's text extracted the way the app extracts pasted text.

One shared way to build a draft, in the few forms the tests need:

- `draft_of(text)`: the text as pasted (read_text: tidied, its language detected), extracted;
- `draft_of(text, detected="kk")`: the same, after asserting that detection said "kk", for a
  test of one language's rules that must not pass on another language's;
- `kazakh_draft(text)`: the text as pasted, read as Kazakh ("kk") whatever detection says;
- `english_draft(text)`: the text as a pasted document read as English ("en"), untouched:
  not tidied (read_text is not used), no detection.

A test that puts its own headline or dateline before each text wraps one of these locally.
"""

from __future__ import annotations

from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def draft_of(text: str, *, detected: str | None = None) -> Draft:
    """The draft of `text` as pasted; with `detected`, the detected language must be it."""
    document = read_text(text)
    if detected is not None:
        assert document.language == detected
    return extract(document)


def kazakh_draft(text: str) -> Draft:
    """The draft of `text` as pasted, read as Kazakh whatever detection says."""
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def english_draft(text: str) -> Draft:
    """The draft of `text` as an English pasted document, neither tidied nor detected."""
    return extract(Document(text, "pasted text", "pasted", language="en"))
