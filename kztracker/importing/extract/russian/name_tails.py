"""Where an organization's name ends after its type noun: the genitive words of its tail
(«Министерство образования и науки Республики Казахстан»), «имени ...», a quoted name, «по ...»
for a body named by its purpose, «в <city>» for an embassy, and the countries one plural
government head is shared by («правительствами Таджикистана, Туркменистана и Узбекистана»).
Used by the mentions stage."""

from __future__ import annotations

import re

from kztracker.importing.extract.russian.lexicon import AND_WORD, IN_WORD, load, words
from kztracker.importing.extract.russian.name_runs import countries_joined
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


def name_tail(tokens: list[Token], i: int, places: list[Range], people: list[Range]) -> int:
    """Where the name's tail ends: genitive words, «имени X», a quoted name, «по ...», «в X»."""
    end = first = i
    head = tokens[i - 1] if i > 0 else None
    # «Агентство по сотрудничеству и развитию»: only some bodies are named for what they do.
    by_heads = words("lexicon", "named_by_purpose")
    embassy = head is not None and head.lemma in _MISSION_HEADS
    while i < len(tokens):
        token = tokens[i]
        low = token.text.casefold()
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if i == first and _document_acted_on(head, token):
            break
        if any(a == i for a, _b in people) or token.text in "»”" or is_first_name(token, following):
            break
        place_end = next((b for a, b in places if a == i), None)
        if place_end is not None:
            i = end = place_end
            continue
        if (
            low in words("lexicon", "dotted_abbreviations")
            and low not in _NAMED_AFTER[:1]
            and (i + 2 < len(tokens) and tokens[i + 1].text == "." and tokens[i + 2].capitalized)
        ):
            i = end = i + 3  # «Управления образования г. Шымкента»
            continue
        if token.is_quote:
            close = closing_quote(tokens, i)
            if close is None:
                break
            i = end = close + 1
            continue
        if low in _NAMED_AFTER:
            j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
            namesake = next((b for a, b in people if a == j), None)
            if namesake is not None:  # «университета имени Нурсултана Назарбаева»
                people.remove((j, namesake))
                i = end = namesake
                continue
            while (
                j < len(tokens)
                and (
                    tokens[j].capitalized
                    or tokens[j].text in ".-"
                    or _PARTICLED.match(tokens[j].text)
                )
                and not (any(a == j for a, _b in people) or j > i + 2 and is_first_name(tokens[j]))
                and not _next_initials(tokens, i + 1, j)
            ):
                j += 1
            if j > i + 2 or j > i + 1 and tokens[i + 1].text != ".":
                i = end = j
                continue
            break
        closed = _field_list(tokens, i) if low == "," and i > first else None
        if closed is not None:
            i = closed  # «Фонд культуры, образования и социальных программ»
            continue
        if low in (",", AND_WORD) and shared_countries(tokens, first, i, head):
            i += 1
            continue
        if (
            low == AND_WORD
            and i + 1 < len(tokens)
            and (is_genitive(tokens[i + 1]) or _genitive_phrase(tokens, i + 1))
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
                and i == first + 1
                # «Министерства здравоохранения Узбекистана и Казахстана»: a body of two countries.
                or head is not None
                and countries_joined(tokens, i, head)
            )
        ):
            i += 1
            continue
        if (
            low == _PURPOSE
            and head is not None
            and head.lemma in by_heads
            and i + 1 < len(tokens)
            and tokens[i + 1].cases("NOUN", "ADJF", "PRTF") & {"datv", "loct"}
        ):
            j = i + 1
            while (
                j < len(tokens)
                and not tokens[j].capitalized
                and (
                    tokens[j].text == AND_WORD
                    or tokens[j].cases("NOUN", "ADJF", "PRTF") & {"datv", "loct"}
                )
            ):
                j += 1
            i = end = j
            continue
        if low == IN_WORD and embassy and i + 1 < len(tokens) and tokens[i + 1].capitalized:
            # «в Кыргызской Республике», «в Российской Федерации»: the whole place, not its
            # first word (a place the tagger found, else a run of capitalized words)
            run = _capitalized_run(tokens, i + 1, people)
            i = end = next((b for a, b in places if a == i + 1), run)
            embassy = False
            continue
        if token.foreign_name and i == first and head is not None and is_head(head):
            while i < len(tokens) and tokens[i].foreign_name:
                i = end = i + 1  # «Университета Анькан»: the name after the type noun
            continue
        if token.acronym and i == first and head is not None and is_head(head):
            # «компанией Masdar», «компании ACWA Power», «фондом KIDF»: the name after the type.
            i = end = i + 1
            while i < len(tokens) and tokens[i].capitalized and tokens[i].text.isascii():
                i = end = i + 1
            break
        if token.text.islower() and token.lemma in words("lexicon", "unnamed_units"):
            break  # «на базе Павлодарского университета филиала ...»: a branch is another body
        if (
            token.is_word
            and token.cases("NOUN", "ADJF", "PRTF") & {"gent"}
            and (not token.is_verb)
            or i > first
            and tokens[i - 1].lemma == _REPUBLIC
            and (token.capitalized)
        ):
            i = end = i + 1  # a genitive, or «Республики Казахстан» (the country undeclined)
            continue
        break
    return end


def _genitive_phrase(tokens: list[Token], i: int) -> bool:
    """«и высшего образования»: lower-case genitive adjectives, then a genitive noun."""
    j = i
    while j < len(tokens) and not tokens[j].capitalized and "gent" in tokens[j].cases("ADJF"):
        j += 1
    return i < j < len(tokens) and not tokens[j].capitalized and is_genitive(tokens[j])


def _next_initials(tokens: list[Token], start: int, j: int) -> bool:
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


def _capitalized_run(tokens: list[Token], i: int, people: list[Range]) -> int:
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


def _field_list(tokens: list[Token], comma: int) -> int | None:
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
    return (
        token.text.islower()
        and token.is_word
        and not is_head(token)
        and "gent" in token.cases("NOUN", "ADJF")
    )


def _document_acted_on(head: Token | None, token: Token) -> bool:
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
