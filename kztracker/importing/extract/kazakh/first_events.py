"""«Алғашқы студенттер 2025 жылдың ақпанында аттанады»: the first of something a partnership
yields, told with its date, is a milestone of its own though no event word names it."""

from __future__ import annotations

from kztracker.importing.extract.kazakh.dates import month_number
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.segment import Sentence

_TITLE_WORDS = 4  # the first-word and what it is the first of


def first_event_title(sentence: Sentence) -> str | None:
    """«Алғашқы студенттер»: the first-word and the words after it up to the date; None when
    the sentence tells of no first."""
    tokens = sentence.tokens
    firsts = words("agreements", "first_words")
    years = {w.casefold() for w in data("dates")["year_words"]}
    at = next((i for i, t in enumerate(tokens) if t.lower in firsts), None)
    if at is None:
        return None
    title: list[str] = []
    for token in tokens[at : at + _TITLE_WORDS]:
        if not token.text[:1].isalpha() or token.lower in years or month_number(token.text):
            break
        title.append(token.text)
    if len(title) < 2:
        return None
    return title[0][:1].upper() + " ".join(title)[1:]
