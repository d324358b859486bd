"""The word tests a Russian name's tail is read with (name_tails.py): whether «и» leads a genitive
phrase, whether an initial starts the next person, how far a capitalized place runs, whether a
comma parts the fields a body is named for or the countries a government head is shared by, and
whether the word after an agent body is the document it acts on."""

from __future__ import annotations

from kztracker.importing.extract.russian.lexicon import AND_WORD, load, words
from kztracker.importing.extract.russian.token_kinds import (
    Range,
    is_first_name,
    is_genitive,
    is_head,
    is_plural,
)
from kztracker.importing.extract.russian.tokens import Token


def genitive_phrase(tokens: list[Token], i: int) -> bool:
    """«и высшего образования»: lower-case genitive adjectives, then a genitive noun."""
    j = i
    while j < len(tokens) and not tokens[j].capitalized and "gent" in tokens[j].cases("ADJF"):
        j += 1
    return i < j < len(tokens) and not tokens[j].capitalized and is_genitive(tokens[j])


def next_initials(tokens: list[Token], start: int, j: int) -> bool:
    """«им.Я.Купалы Д.Король»: after the namesake's surname, an initial starts the next person
    (the body's head named after it), not more of the namesake."""
    surname = any(len(t.text) > 1 and t.capitalized for t in tokens[start:j])
    return (
        surname
        and len(tokens[j].text) == 1
        and tokens[j].capitalized
        and j + 1 < len(tokens)
        and tokens[j + 1].text == "."
    )


def capitalized_run(tokens: list[Token], i: int, people: list[Range]) -> int:
    """Where a place the tagger missed ends: up to three capitalized words from `i`, stopping
    before a person or a first name (the embassy's staff are often named next)."""
    end = i + 1
    while (
        end < min(len(tokens), i + 3)
        and tokens[end].capitalized
        and tokens[end].is_word
        and not any(a == end for a, _b in people)
        and not is_first_name(tokens[end], tokens[end + 1] if end + 1 < len(tokens) else None)
    ):
        end += 1
    return end


def shared_countries(tokens: list[Token], first: int, at: int, head: Token | None) -> bool:
    """«правительствами Таджикистана, Туркменистана и Узбекистана»: the comma or «и» at `at`
    goes on with the places one plural government head is shared by, when the words from
    `first` are capitalized places parted by commas and a capitalized genitive follows."""
    if head is None or not is_plural(head):
        return False
    if load("lexicon")["organization_heads"].get(head.lemma) != "government":
        return False
    run = tokens[first:at]
    return (
        at + 1 < len(tokens)
        and tokens[at + 1].capitalized
        and "gent" in tokens[at + 1].cases("NOUN")
        and len(run) % 2 == 1
        and all(t.capitalized if k % 2 == 0 else t.text == "," for k, t in enumerate(run))
    )


def field_list(tokens: list[Token], comma: int) -> int | None:
    """«культуры, образования и социальных программ»: the comma at `comma` parts the fields a
    body is named for, lower-case genitives (no type noun of a body of their own) closed by «и»
    and one more genitive; the index of that last field's first word."""
    at = comma
    while at < len(tokens) and tokens[at].text == ",":
        word = tokens[at + 1] if at + 1 < len(tokens) else None
        if word is None or not _field_word(word):
            return None
        at += 2
    if at + 1 < len(tokens) and tokens[at].text == AND_WORD and _field_word(tokens[at + 1]):
        return at + 1
    return None


def _field_word(token: Token) -> bool:
    """A field a body is named for: a lower-case genitive that is no body's type noun."""
    return (
        token.text.islower()
        and token.is_word
        and not is_head(token)
        and "gent" in token.cases("NOUN", "ADJF")
    )


def document_acted_on(head: Token | None, token: Token) -> bool:
    """«одобрения Сенатом Соглашения о ...»: a body in the instrumental, the agent of an
    act, is followed by the document acted on, which is no part of its name; a body named
    after a treaty keeps it (data: lexicon treaty_named_heads)."""
    return (
        head is not None
        and token.lemma in load("lexicon")["agreement_lemmas"]
        and head.lemma not in words("lexicon", "treaty_named_heads")
        and "ablt" in head.cases("NOUN")
        and "gent" not in head.cases("NOUN")
    )
