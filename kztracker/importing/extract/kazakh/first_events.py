"""«Алғашқы студенттер 2025 жылдың ақпанында аттанады»: the first of something a partnership
yields, told with its date, is a milestone of its own though no event word names it; so is
what has gone on since a year («1996 жылдан бері кафедра жұмыс істеп келеді»), under way."""

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


def since_title(sentence: Sentence) -> str | None:
    """«... 2008 жылдан бері тіл орталығы студенттерді оқытып келеді»: what has gone on since the
    year, the words after «бері» up to its verb; None when the sentence tells no such thing."""
    tokens = sentence.tokens
    since = words("events", "since_words")
    at = next(
        (
            i
            for i, t in enumerate(tokens[2:], 2)
            if t.lower in since and tokens[i - 1].lower in words("events", "since_year_words")
        ),
        None,
    )
    if at is None or not tokens[at - 2].text.isdigit():
        return None
    stops = words("events", "since_stops")
    title: list[str] = []
    for token in tokens[at + 1 : at + 1 + _TITLE_WORDS]:
        if not token.text[:1].isalnum() or token.lower in stops:
            break
        title.append(token.text)
    return " ".join(title) if title else None
