"""Sides counted instead of named: «Университет ... и три вуза Узбекистана подписали
меморандумы», «акиматы двух областей подписали меморандум». A number word before a kind of body
counts bodies the story has just named: the last ones of that kind in the sentences before are
the sides (data: lexicon counted_numbers, counted_kinds). A counted phrase names no
organization of its own («вуз Узбекистана» is none)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from kztracker.importing.extract.russian.lexicon import load, words
from kztracker.importing.extract.russian.normalize import lemma
from kztracker.importing.extract.russian.region_lists import is_region_adjective
from kztracker.importing.extract.russian.shared_heads import overlaps
from kztracker.importing.extract.russian.token_kinds import Range
from kztracker.importing.extract.russian.tokens import Token

if TYPE_CHECKING:
    from kztracker.importing.extract.russian.mentions import SentenceMentions

_LOOK_BACK = 3  # sentences before the counted phrase searched for the bodies it counts


@cache
def _lexicon() -> dict[str, Any]:
    return load("lexicon")


def _count(token: Token) -> int | None:
    numbers: dict[str, Any] = _lexicon()["counted_numbers"]
    value = numbers.get(token.lemma) if token.is_pos("NUMR") else None
    return value if isinstance(value, int) else None


def _counted_at(tokens: list[Token]) -> tuple[int, int, list[str]] | None:
    """(number, noun position, head words counted) of the first counted phrase: a number word
    or figure, at most two adjectives («5 казахстанских вузов»), the counted noun."""
    kinds: dict[str, Any] = _lexicon()["counted_kinds"]
    for at, token in enumerate(tokens[:-1]):
        number = int(token.text) if token.text.isdigit() and len(token.text) < 3 else _count(token)
        if number is None:
            continue
        noun = at + 1
        while noun < min(at + 3, len(tokens) - 1) and tokens[noun].is_pos("ADJF"):
            noun += 1
        if isinstance(kinds.get(tokens[noun].lemma), list):
            return number, noun, kinds[tokens[noun].lemma]
    return None


def unnamed_side(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    position: int,
    before: int,
) -> bool:
    """«Пять казахстанских вузов подписали договор с X»: the side that signs is counted before
    token `before` (the signing word) and the story has not named its bodies; the text does
    not say who they are, so no organization of the story stands in for them."""
    counted = _counted_at(sentences[position].tokens)
    return (
        counted is not None
        and counted[1] < before
        and not counted_sides(sentences, organizations, position)
    )


def without_counted(tokens: list[Token], mentions: SentenceMentions) -> None:
    """«три вуза Узбекистана», «двух областей»: a name opening right after a number word is a
    count of bodies, not a body."""
    mentions.organizations = [
        (a, b) for a, b in mentions.organizations if not (a > 0 and _count(tokens[a - 1]))
    ]


def counted_sides(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    position: int,
) -> list[str]:
    """The bodies a counted phrase of sentence `position` stands for, latest named last; none
    unless the sentences before name as many of that kind."""
    mentions = sentences[position]
    counted = _counted_at(mentions.tokens)
    if counted is None:
        return []
    number, _noun, heads = counted
    named: list[str] = []
    for back in sentences[max(0, position - _LOOK_BACK) : position]:
        found = [n for _s, n in organizations.get(back.index, []) if _of_kind(n, heads)]
        named = [n for n in named if n not in found] + list(dict.fromkeys(found))
    return named[-number:] if len(named) >= number else []


def counted_list(mentions: SentenceMentions, orgs: list[tuple[Range, str]]) -> list[str]:
    """«Соглашения подписаны с тремя вузами: A, B и C»: the bodies a counted phrase lists after
    a colon in its own sentence, when there are as many as it counts."""
    tokens = mentions.tokens
    counted = _counted_at(tokens)
    if counted is None:
        return []
    number, noun, _heads = counted
    colon = next(
        (k for k in range(noun + 1, min(noun + 4, len(tokens))) if tokens[k].text == ":"), None
    )
    if colon is None:
        return []
    names = list(dict.fromkeys(name for (a, _b), name in orgs if a > colon))
    return names if len(names) == number else []


def counted_regions(found: list[SentenceMentions]) -> None:
    """«Делегация Павлодарской области посетила Акмолинскую область. ... акиматы двух областей
    подписали меморандум»: the regions a counted phrase of a signing stands for sign, so the
    last ones named before it are organizations, not places."""
    for position, mentions in enumerate(found):
        counted = _counted_at(mentions.tokens)
        if counted is None or _lexicon()["region_lemma"] not in counted[2]:
            continue
        if not any(t.lemma in words("lexicon", "sign_lemmas") for t in mentions.tokens):
            continue
        regions = [
            (back, span)
            for back in found[max(0, position - _LOOK_BACK) : position]
            for span in _regions_in(back.tokens)
            if not any(overlaps(span, o) for o in back.organizations + back.people)
        ]
        # the count may take in a body already named («СКО»): the regions told before it
        for back, span in regions[-counted[0] :]:
            back.places = [p for p in back.places if not overlaps(p, span)]
            # the adjective named with its noun in the nominative («Акмолинскую» → «Акмолинская
            # область»), as a region listed before a shared noun is
            adjective = (span[0], span[0] + 1)
            back.listed[adjective] = str(back.tokens[span[1] - 1].lemma)
            back.organizations = sorted([*back.organizations, adjective])


def _of_kind(name: str, heads: list[str]) -> bool:
    return any(lemma(word.casefold()) in heads for word in name.split())


def _regions_in(tokens: list[Token]) -> list[Range]:
    """«Павлодарской области», «Акмолинскую область»: each region a sentence names."""
    return [
        (at - 1, at + 1)
        for at, token in enumerate(tokens[1:], start=1)
        if token.lemma in words("regions", "region_nouns") and is_region_adjective(tokens[at - 1])
    ]


def sided_sides(
    sentences: list[SentenceMentions],
    organizations: dict[int, list[tuple[Range, str]]],
    position: int,
    noun: int,
) -> list[str]:
    """«подписан трехсторонний меморандум» naming no side: the adjective counts the sides (data:
    lexicon sided_counts), and the latest of this sentence and the two before that names
    exactly that many bodies names them."""
    tokens = sentences[position].tokens
    counts: dict[str, Any] = _lexicon()["sided_counts"]
    count = counts.get(tokens[noun - 1].lemma) if noun else None
    if not isinstance(count, int):
        return []
    for back in reversed(sentences[max(0, position - 2) : position + 1]):
        named = list(dict.fromkeys(n for _s, n in organizations.get(back.index, [])))
        if len(named) == count:
            return named
    return []
