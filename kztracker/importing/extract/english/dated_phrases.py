"""Titles from the phrase a date closes when the clause around it tells something else: "he
noted that the trilateral meeting of A, B and C held on 27 June in Baku is a good example" is the
meeting; "thanked them for taking part in the conference of X in Shusha in July" is the
conference; "(transit of 1.5 million tons via X in 2023 has been agreed)" is the bracket's own
event. The event nouns are data (data/milestones.json, phrase_event_nouns), the articles and
prepositions around them too (data/dates.json)."""

from __future__ import annotations

import re

from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "milestones")
_WORDS = language_file("english", "dates")  # the articles and prepositions of the phrase
_ARTICLES = "|".join(_WORDS["articles"])
_LINKS = "|".join(_WORDS["phrase_links"])
_DATE_PREPS = "|".join(_WORDS["phrase_date_preps"])
_NOUNS = "|".join(_DATA["phrase_event_nouns"])
_HELD = "|".join(_DATA["phrase_held_verbs"])
_EVENT_BEFORE_DATE = re.compile(
    rf"\b(?i:{_ARTICLES})\s+(?P<np>(?:[\w’'-]+\s+){{0,3}}?(?P<noun>(?i:{_NOUNS}))s?"
    rf"(?P<told>\s+(?:{_LINKS})\s+(?:[^,;()]|,(?=\s+[A-Z])){{2,120}}?)?)"
    rf"(?:\s+(?P<held>(?i:{_HELD})))?"
    rf"(?P<place>\s+{_WORDS['phrase_place_word']}\s+[A-Z][^,;()]{{1,40}}?)?"
    rf"\s+(?:(?i:{_DATE_PREPS})\s+)?$"
)


def event_before_date(piece: str, at: int, title: str) -> str | None:
    """The event noun phrase the date at offset `at` of `piece` closes ("Trilateral meeting of
    A, B and C held"), unless the title told so far already opens with it or names it and the
    phrase says no more than its noun."""
    match = _EVENT_BEFORE_DATE.search(piece[:at])
    if match is None:
        return None
    phrase = match.group("np").strip()
    if title.casefold().startswith(phrase.split()[0].casefold()):
        return None
    if phrase.casefold() in title.casefold():
        return None  # "Hold a joint exhibition of X": the title tells the event already
    if not (match.group("told") or match.group("held")) and match.group("noun") in title:
        return None  # "to visit X on a two-day state visit": the bare noun adds nothing
    if match.group("held"):
        phrase += " " + match.group("held").casefold()
    phrase += match.group("place") or ""
    return upper_first(phrase)


def bracket_around(piece: str, at: int) -> tuple[int, int] | None:
    """The [start, end) of a bracketed aside holding the date at offset `at` of `piece`, when
    the aside tells its own event before the date ("(transit of 1.5 million tons of oil via X
    in 2023 ...)"), not a mere detail ("(held on 5 May)")."""
    opened = piece.rfind("(", 0, at)
    if opened < 0 or piece.rfind(")", opened, at) >= 0:
        return None
    closed = piece.find(")", at)
    if closed < 0 or len(piece[opened + 1 : at].split()) < int(_DATA["bracket_event_words"]):
        return None
    return opened + 1, closed
