"""Whose title a title between two names is, in a list of officials set off by commas.

A list is written either title first ("the Deputy Minister of Energy, A B, the Deputy Minister
of Trade, C D") or name first ("A B, Director of X, C D, Head of Y"). Between two names a title
is the next one's in the first style and the previous one's in the second; the style shows where
the list begins: the part before its first comma ends with a title or with a name."""

from __future__ import annotations

from kztracker.importing.extract.english.lexicon import TITLE_HEADS
from kztracker.importing.extract.english.names import name_word
from kztracker.importing.extract.english.text import Token
from kztracker.importing.extract.language_files import language_file

_TITLES = language_file("english", "titles")
_CONNECT = frozenset(_TITLES["connectors"])
_OPENERS = frozenset(_TITLES["list_openers"])  # "the Vice Minister of Economy"
_STOPS = frozenset({";", ":", "(", ")"})
_MOST_PARTS = 12  # a list of a dozen officials at most; a longer chain is no list


def title_is_next_ones(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the title written after the name at tokens[first:last + 1] (", the Deputy
    Minister of Trade, C D") is the next person's, because the list gives titles first."""
    if first < 2 or tokens[first - 1].text != "," or not _names_next(tokens, last + 1):
        return False
    parts = _parts_before(tokens, first - 1)
    return bool(parts) and not _ends_in_name(parts[-1])


def title_then_name(tokens: list[Token], k: int) -> bool:
    """Whether a title and then a name follow at tokens[k] (", the Chairman of X, C D"): for a
    name that has its own title before it ("UEFA representative A B, the Chairman of X, C D"),
    the title after is the next one's whatever the list's style."""
    return _names_next(tokens, k)


def _names_next(tokens: list[Token], k: int) -> bool:
    """ ", the Vice Minister of Trade, C D": a title, then a comma and a name of two words."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    k += 1
    end = k
    while end < len(tokens) and tokens[end].text not in _STOPS and tokens[end].text != ",":
        end += 1
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    title = tokens[k:end]
    if not any(t.lower in TITLE_HEADS for t in title[:4]):
        return False
    n = end + 1
    while n < len(tokens) and name_word(tokens, n):
        n += 1
    return n - (end + 1) >= 2 and (n == len(tokens) or not tokens[n].text[:1].isupper())


def _parts_before(tokens: list[Token], comma: int) -> list[list[Token]]:
    """The comma-separated parts before `comma`, nearest first, back to where the list opens
    (a semicolon, colon or bracket, the sentence's start, or a part that is no title or name)."""
    parts: list[list[Token]] = []
    end = comma
    while len(parts) < _MOST_PARTS:
        start = end
        while start > 0 and tokens[start - 1].text != "," and tokens[start - 1].text not in _STOPS:
            start -= 1
        part = tokens[start:end]
        if not part:
            break
        parts.append(part)
        if start == 0 or tokens[start - 1].text in _STOPS or not _plain(part):
            break
        end = start - 1
    return parts


def _plain(part: list[Token]) -> bool:
    """A part that is only a name or only a title ("the Vice Minister of Economy")."""
    only_name = all(name_word(part, n) for n in range(len(part))) and len(part) >= 2
    return only_name or part[0].lower in _OPENERS or part[0].lower in TITLE_HEADS


def _ends_in_name(part: list[Token]) -> bool:
    """ "..., met Jan Dvorak": the part ends with a name of two words or more, not with a
    title's last words ("Minister of Foreign Affairs")."""
    n = len(part)
    while n > 0 and name_word(part, n - 1):
        n -= 1
    return len(part) - n >= 2 and (n == 0 or part[n - 1].lower not in _CONNECT)
