"""Where an organization's name ends after its type noun: the genitive words of its tail
(«Министерство образования и науки Республики Казахстан»), «имени ...», a quoted name, «по ...»
for a body named by its purpose, «в <city>» for an embassy, and the countries one plural
government head is shared by («правительствами Таджикистана, Туркменистана и Узбекистана»).
Used by the mentions stage."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kztracker.importing.extract.russian.lexicon import AND_WORD, IN_WORD, load, words
from kztracker.importing.extract.russian.name_runs import countries_joined
from kztracker.importing.extract.russian.tail_words import (
    capitalized_run,
    document_acted_on,
    field_list,
    genitive_phrase,
    next_initials,
    shared_countries,
)
from kztracker.importing.extract.russian.token_kinds import (
    Range,
    closing_quote,
    is_first_name,
    is_genitive,
    is_head,
    is_plural,
)
from kztracker.importing.extract.russian.tokens import Token

# an embassy's or a branch's name runs on through the place it serves in
_MISSION_HEADS = tuple(load("lexicon")["mission_heads"])
_NAMED_AFTER = tuple(load("lexicon")["named_after_tokens"])  # «им», «имени»
_PURPOSE = load("lexicon")["purpose_preposition"]  # «по»
_REPUBLIC = load("lexicon")["republic_lemma"]

# «имени аль-Фараби», «имени аль-Хорезми»: a lower-case particle joined to the name it leads
_PARTICLED = re.compile(r"^[a-zа-яё]{1,4}-[A-ZА-ЯЁ]")


class _Move(Enum):
    """What a step decided about the word it stands on."""

    GO_ON = "go on"  # the tail took the word (or words); read on from `at`
    STOP = "stop"  # the name ends here


@dataclass
class _Tail:
    """One walk along a name's tail: where it is, where the name ends so far, and what the
    head noun before it allows."""

    tokens: list[Token]
    places: list[Range]
    people: list[Range]
    head: Token | None
    first: int  # the first word after the head noun
    at: int  # the word being read
    end: int  # one past the last word that is surely part of the name
    embassy: bool  # the head serves in a place, and «в <place>» has not been read yet
    by_heads: frozenset[str]  # heads a body may be named for what it does after

    @property
    def token(self) -> Token:
        return self.tokens[self.at]

    @property
    def low(self) -> str:
        return self.token.text.casefold()

    def next_token(self) -> Token | None:
        at = self.at + 1
        return self.tokens[at] if at < len(self.tokens) else None

    def take_to(self, at: int) -> _Move:
        """The words up to `at` are the name's: it ends there at least."""
        self.at = self.end = at
        return _Move.GO_ON

    def pass_to(self, at: int) -> _Move:
        """Read on from `at` without moving the end: the words only join what follows."""
        self.at = at
        return _Move.GO_ON


def name_tail(tokens: list[Token], i: int, places: list[Range], people: list[Range]) -> int:
    """Where the name's tail ends: genitive words, «имени X», a quoted name, «по ...», «в X»."""
    head = tokens[i - 1] if i > 0 else None
    tail = _Tail(
        tokens=tokens,
        places=places,
        people=people,
        head=head,
        first=i,
        at=i,
        end=i,
        # «Агентство по сотрудничеству и развитию»: only some bodies are named for what they do.
        by_heads=words("lexicon", "named_by_purpose"),
        embassy=head is not None and head.lemma in _MISSION_HEADS,
    )
    while tail.at < len(tokens) and _read_word(tail) is _Move.GO_ON:
        pass
    return tail.end


def _read_word(tail: _Tail) -> _Move:
    """The first step that has something to say about the word decides; a word none of them
    takes ends the name."""
    for step in _STEPS:
        move = step(tail)
        if move is not None:
            return move
    return _Move.STOP


def _at_boundary(tail: _Tail) -> _Move | None:
    """A document acted on, a person, a closing quote or a first name starts something that is
    no part of the name."""
    token = tail.token
    if tail.at == tail.first and document_acted_on(tail.head, token):
        return _Move.STOP
    if (
        any(a == tail.at for a, _b in tail.people)
        or token.text in "»”"
        or is_first_name(token, tail.next_token())
    ):
        return _Move.STOP
    return None


def _over_place(tail: _Tail) -> _Move | None:
    """A place the tagger found is part of the name («... Республики Казахстан»)."""
    place_end = next((b for a, b in tail.places if a == tail.at), None)
    return None if place_end is None else tail.take_to(place_end)


def _over_dotted_abbreviation(tail: _Tail) -> _Move | None:
    """An abbreviation with its dot and the capitalized word after it («г. Шымкента»); its dot
    does not end the name."""
    tokens, i = tail.tokens, tail.at
    if (
        tail.low in words("lexicon", "dotted_abbreviations")
        and tail.low not in _NAMED_AFTER[:1]
        and (i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].capitalized)
    ):
        return tail.take_to(i + 3)  # «Управления образования г. Шымкента»
    return None


def _over_quoted_name(tail: _Tail) -> _Move | None:
    """A quoted name is the name's to its closing quote; an unclosed quote ends it."""
    if not tail.token.is_quote:
        return None
    close = closing_quote(tail.tokens, tail.at)
    if close is None:
        return _Move.STOP
    return tail.take_to(close + 1)


def _over_namesake(tail: _Tail) -> _Move:
    """«имени X»: the person or capitalized words the body is named after are its name's (and
    the person found there is no person of the story)."""
    tokens, people, i = tail.tokens, tail.people, tail.at
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
    namesake = next((b for a, b in people if a == j), None)
    if namesake is not None:  # «университета имени Нурсултана Назарбаева»
        people.remove((j, namesake))
        return tail.take_to(namesake)
    while (
        j < len(tokens)
        and (tokens[j].capitalized or tokens[j].text in ".-" or _PARTICLED.match(tokens[j].text))
        and not (any(a == j for a, _b in people) or j > i + 2 and is_first_name(tokens[j]))
        and not next_initials(tokens, i + 1, j)
    ):
        j += 1
    if j > i + 2 or j > i + 1 and tokens[i + 1].text != ".":
        return tail.take_to(j)
    return _Move.STOP


def _over_named_after(tail: _Tail) -> _Move | None:
    """«имени», «им.»: what follows is the namesake's, or the name ends (_over_namesake)."""
    return _over_namesake(tail) if tail.low in _NAMED_AFTER else None


def _over_field_list(tail: _Tail) -> _Move | None:
    """«Фонд культуры, образования и социальных программ»: a comma parting the fields a body is
    named for goes on to the last field."""
    closed = field_list(tail.tokens, tail.at) if tail.low == "," and tail.at > tail.first else None
    return None if closed is None else tail.pass_to(closed)


def _over_shared_countries(tail: _Tail) -> _Move | None:
    """A comma or «и» between the countries one plural government head is shared by."""
    if tail.low in (",", AND_WORD) and shared_countries(
        tail.tokens, tail.first, tail.at, tail.head
    ):
        return tail.pass_to(tail.at + 1)
    return None


def _over_joined_name(tail: _Tail) -> _Move | None:
    """«и» followed by a genitive goes on with the name when what follows is more of it, not
    another body."""
    tokens, i, head = tail.tokens, tail.at, tail.head
    if (
        tail.low == AND_WORD
        and i + 1 < len(tokens)
        and (is_genitive(tokens[i + 1]) or genitive_phrase(tokens, i + 1))
        and (
            not tokens[i + 1].capitalized
            # «Институтом ... Комитета науки и Министерства образования»: a subordinate's name
            # goes on past «и» to its parent when the name's own head is not genitive.
            or is_head(tokens[i + 1])
            and head is not None
            and "gent" not in head.cases("NOUN")
            # «правительствами Казахстана и Китая»: one plural head for two names.
            or head is not None
            and is_plural(head)
            and i == tail.first + 1
            # «Министерства здравоохранения Узбекистана и Казахстана»: a body of two countries.
            or head is not None
            and countries_joined(tokens, i, head)
        )
    ):
        return tail.pass_to(i + 1)
    return None


def _over_purpose(tail: _Tail) -> _Move | None:
    """«Агентство по сотрудничеству и развитию»: after a head named for what it does, «по» and
    the lower-case dative or locative words after it are the name's."""
    tokens, i, head = tail.tokens, tail.at, tail.head
    if not (
        tail.low == _PURPOSE
        and head is not None
        and head.lemma in tail.by_heads
        and i + 1 < len(tokens)
        and tokens[i + 1].cases("NOUN", "ADJF", "PRTF") & {"datv", "loct"}
    ):
        return None
    j = i + 1
    while (
        j < len(tokens)
        and not tokens[j].capitalized
        and (
            tokens[j].text == AND_WORD or tokens[j].cases("NOUN", "ADJF", "PRTF") & {"datv", "loct"}
        )
    ):
        j += 1
    return tail.take_to(j)


def _over_embassy_place(tail: _Tail) -> _Move | None:
    """An embassy's name runs on through «в <place>», once."""
    following = tail.next_token()
    if not (
        tail.low == IN_WORD and tail.embassy and following is not None and following.capitalized
    ):
        return None
    i = tail.at
    # «в Кыргызской Республике», «в Российской Федерации»: the whole place, not its
    # first word (a place the tagger found, else a run of capitalized words)
    run = capitalized_run(tail.tokens, i + 1, tail.people)
    tail.take_to(next((b for a, b in tail.places if a == i + 1), run))
    tail.embassy = False
    return _Move.GO_ON


def _heads_name(tail: _Tail) -> bool:
    """The word right after a body's type noun, where the body's own name may stand."""
    return tail.at == tail.first and tail.head is not None and is_head(tail.head)


def _over_foreign_name(tail: _Tail) -> _Move | None:
    """«Университета Анькан»: the foreign name after the type noun."""
    if not (tail.token.foreign_name and _heads_name(tail)):
        return None
    while tail.at < len(tail.tokens) and tail.tokens[tail.at].foreign_name:
        tail.take_to(tail.at + 1)
    return _Move.GO_ON


def _over_acronym(tail: _Tail) -> _Move | None:
    """«компанией Masdar», «компании ACWA Power», «фондом KIDF»: the Latin name after the type
    noun, and nothing after it."""
    if not (tail.token.acronym and _heads_name(tail)):
        return None
    tail.take_to(tail.at + 1)
    while (
        tail.at < len(tail.tokens)
        and tail.tokens[tail.at].capitalized
        and tail.tokens[tail.at].text.isascii()
    ):
        tail.take_to(tail.at + 1)
    return _Move.STOP


def _at_unnamed_unit(tail: _Tail) -> _Move | None:
    """«на базе Павлодарского университета филиала ...»: a branch is another body."""
    token = tail.token
    if token.text.islower() and token.lemma in words("lexicon", "unnamed_units"):
        return _Move.STOP
    return None


def _over_genitive(tail: _Tail) -> _Move | None:
    """A genitive word, or «Республики Казахстан» (the country undeclined), is the name's."""
    token, i = tail.token, tail.at
    if (
        token.is_word
        and token.cases("NOUN", "ADJF", "PRTF") & {"gent"}
        and (not token.is_verb)
        or i > tail.first
        and tail.tokens[i - 1].lemma == _REPUBLIC
        and (token.capitalized)
    ):
        return tail.take_to(i + 1)
    return None


# The order is the rules' priority (see _read_word).
_STEPS: tuple[Callable[[_Tail], _Move | None], ...] = (
    _at_boundary,
    _over_place,
    _over_dotted_abbreviation,
    _over_quoted_name,
    _over_named_after,
    _over_field_list,
    _over_shared_countries,
    _over_joined_name,
    _over_purpose,
    _over_embassy_place,
    _over_foreign_name,
    _over_acronym,
    _at_unnamed_unit,
    _over_genitive,
)
