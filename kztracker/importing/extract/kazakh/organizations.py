"""Mentions of organizations: runs of words ending in a type word, «quoted» names before a
legal form, Latin names (KazAID, CITIC Geyi Biorefineries Co., Ltd.) and known acronyms (БҰҰ).

Kazakh puts the type word last and capitalises only the name's first word: «Ұлттық халықаралық
білім беру институтының» is read backwards from «институтының» over lower-case words to the
first capitalised one, then over the capitalised owners before it («Армения Республикасының»),
and the head is put in the nominative («институты»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kztracker.importing.extract.kazakh.endings import case_of, genitive, nominative, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.name_words import (
    TypeWord,
    country_genitive,
    honoree_start,
    in_title,
    is_boundary,
    is_capital,
    is_country,
    is_state_word,
    is_topic,
    is_word,
    legal_forms,
    listed_comma,
    name_alone,
    opening_quote,
    plural_type,
    titled,
    type_of,
)
from kztracker.importing.extract.kazakh.name_words import (
    type_words as type_words,  # our_bodies.py reads the type words here
)
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention

LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'-]*$")
CYRILLIC_ACRONYM = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]*[А-ЯЁӘҒҚҢӨҰҮҺІ]$")
_ROMAN = re.compile(r"[IVXLCІ]+")
_MAX_BACK = 8  # lower-case words a name may hold before its type word
_OWNER_CASES = {None, "genitive", "attributive"}  # cases an owner before a name may take
# Cases a lower-case word inside a name never takes: the word belongs to the sentence.
_NOT_INSIDE = {"dative", "locative", "ablative", "accusative", "instrumental"}


def _owner(token: Token) -> bool:
    """A capitalised word that can stand inside a name before its first word: not a place in
    the locative («Бейжіңде»), not a time word («Бүгін»)."""
    if not is_capital(token) or is_boundary(token):
        return False
    if token.lower in words("organizations", "not_owners") or titled(token):
        return False  # «Проректорлары ... серіктестік»: a title opens no name
    if token.lower.rstrip(".") in legal_forms():
        return False  # «КеАҚ»
    if CYRILLIC_ACRONYM.match(token.text) and (
        token.text in data("organizations")["acronyms"] or unknown_acronym(token.text)
    ):
        return False  # «ҚазҰТЗУ Тайвань университетімен»: an acronym is a name of its own
    return case_of(token.text) in _OWNER_CASES


def typed_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """Capitalised runs ending in a type word: «Армения Кино қорымен» → «Армения Кино қоры»."""
    tokens = sentence.tokens
    found: list[OrganizationMention] = []
    for i, token in enumerate(tokens):
        entry = type_of(token.text) if is_word(token) else None
        if entry is None or in_title(tokens, i, entry) or is_topic(tokens, i, entry):
            continue
        start = _name_start(tokens, i, entry)
        if start is None or _bare_after_proper(tokens, i, entry):
            continue
        first = tokens[start]
        text = sentence.text[first.start - sentence.start : token.end - sentence.start]
        name = nominative(text)
        found.append(OrganizationMention(name, first.start, token.end, entry.kind, sentence=index))
    return found


@dataclass(frozen=True)
class _Settled:
    """A step's last word on where a name starts (None: no name), so no later step runs."""

    start: int | None


def _name_start(tokens: list[Token], i: int, entry: TypeWord) -> int | None:
    """Where the name ending in the type word tokens[i] starts, None when none ends there.

    Back from the type word over the lower-case words inside the name to its first capitalised
    word, back again over the owners and honorees before that word, then forward past what only
    stands before a name: a title's person, a place in the attributive, a nationality."""
    first = _first_capital(tokens, i, entry)
    if isinstance(first, _Settled):
        return first.start
    owned = _owners_start(tokens, first, entry)
    start = _past_titled_person(tokens, owned, first)
    if start is None:
        return None
    mission_owner = _mission_owner(tokens, start, entry)
    if mission_owner is not None:
        return mission_owner
    start = _past_places(tokens, start, first)
    if case_of(tokens[start].text) == "attributive":
        return None  # «Астанадағы зауыт»: a place and a type word name no one
    start = _past_nationality(tokens, start, first)
    if all(LATIN.match(t.text) or not is_word(t) for t in tokens[start : first + 1]):
        return None  # «CITIC Geyi компаниясы», «Lufthansa Technik ... орталығын ашты»
    if start > 0 and tokens[start - 1].lower in words("people", "honorifics"):
        start -= 1  # «Академик Е.А. Бөкетов атындағы ...»
    return start


def _first_capital(tokens: list[Token], i: int, entry: TypeWord) -> int | _Settled:
    """The capitalised word the lower-case words before the type word go back to, a name's
    first word in Kazakh, when it can open a name; settled when a word on the way ends the
    name, or the walk ends at no owner's word."""
    j = i - 1
    steps = 0
    while (
        j >= 0
        and not tokens[j].capitalized
        and steps < _MAX_BACK
        and (is_word(tokens[j]) or listed_comma(tokens, j, i))
    ):
        if not is_word(tokens[j]):
            j, steps = j - 1, steps + 1  # the comma of a list of fields
            continue
        settled = _lower_word_settles(tokens, j, i, entry)
        if settled is not None:
            return settled
        j -= 1
        steps += 1
    if j >= 0 and tokens[j].lower in words("organizations", "quantities"):
        # «Екі өңір ынтымақтасады»: a count opening a headline is no owner's name
        return _Settled(None)
    if j < 0 or not _owner(tokens[j]):
        return _Settled(name_alone(tokens, i, entry))
    return j


def _lower_word_settles(tokens: list[Token], j: int, i: int, entry: TypeWord) -> _Settled | None:
    """What the lower-case word tokens[j] before the type word settles: the name is the type
    word alone, opens at a quote, or is none; None when the word is inside the name."""
    # «ашылу салтанатына компания»: no name's word, unless the object of a verbal noun
    # that is («киноны қолдау орталығы»).
    if case_of(tokens[j].text) in _NOT_INSIDE and not tokens[j + 1].lower.endswith(
        data("endings")["verbal_noun_ending"]
    ):
        return _Settled(name_alone(tokens, i, entry))
    if j > 0 and tokens[j - 1].text == "»" and type_of(tokens[j].text) is None:
        # «Самұрық-Қазына» ұлттық әл-ауқат қоры; not «X» компаниясының ... зауыты, whose
        # quoted name is the company's
        opening = opening_quote(tokens, j - 1)
        if opening is not None:
            return _Settled(opening)
    if tokens[j].lower in words("organizations", "quantities"):
        return _Settled(None)  # «Өзбекстанның үш облысымен»: a count of bodies, not one's name
    if _ends_name(tokens, j, i):
        return _Settled(name_alone(tokens, i, entry))
    return None


def _ends_name(tokens: list[Token], j: int, i: int) -> bool:
    """Whether the lower-case word tokens[j] ends the name before the type word tokens[i]: a
    boundary, a title, or another body's type word."""
    inner = type_of(tokens[j].text)
    compound = (  # «Сеул ұлттық университеті ауруханасы»: the university's hospital
        inner is not None
        and j == i - 1
        and case_of(tokens[j].text) is None
        and tokens[j].lower == inner.head
    )
    # «орталық аурухана»: a type word's bare form right before the head qualifies it
    attribute = inner is not None and j == i - 1 and tokens[j].lower == inner.bare
    # «облысы әкімінің орынбасары түрік сауда палатасы»: a title ends the name before it;
    # «облысының» may stand inside a name
    return (
        is_boundary(tokens[j])
        or titled(tokens[j])
        or (inner is not None and not inner.state and not compound and not attribute)
    )


def _owners_start(tokens: list[Token], first: int, entry: TypeWord) -> int:
    """Back from the name's first capitalised word over the honorees and capitalised owners
    before it, up to a country or a subject that starts it."""
    start = first
    named_after = words("people", "named_after")
    while start > 0:
        before = tokens[start - 1]
        honoree = honoree_start(tokens, start - 1) if before.lower in named_after else None
        if honoree is not None:
            start = honoree  # «Әл-Фараби атындағы», «Жәңгір хан атындағы» ... университеті
        elif country_genitive(before) or is_country(tokens, start):
            break  # «Түркияның Эге университеті», «... Венгрия Парламенті»: a country starts it
        elif (
            entry.kind == "international" and is_state_word(before) and case_of(before.text) is None
        ):
            break  # «Өзбекстан Республикасы ... ұйымына төрағалық етеді»: the subject, no owner
        elif _owner(before) and (type_of(before.text) is None or is_state_word(before)):
            start -= 1  # «Армения Республикасының Ұлттық кітапханасы»
        else:
            break
    return start


def _past_titled_person(tokens: list[Token], start: int, first: int) -> int | None:
    """The start moved past a title and the person after it, None when that leaves no name."""
    named_after = words("people", "named_after")
    named = any(t.lower in named_after for t in tokens[start:first])
    for k in range(max(start, 1), first + 1):
        # «ректоры Го Чанги Бөкетов Университет»: after a title comes a person, not the name.
        # «депутаттары Қытай Халық Республикасының ...»: a country after a title is no person
        if not named and titled(tokens[k - 1]) and not is_country(tokens, k):
            if k + 2 > first:
                return None  # «проректор Андрей Богданчиков ғылым академиясының»: no name left
            start = k + 2
    return start


def _mission_owner(tokens: list[Token], start: int, entry: TypeWord) -> int | None:
    """«Қазақстанның Дубайдағы бас консулдығы»: a mission's country, whose it is, before the
    place where it is; the name starts at the country."""
    at_place = case_of(tokens[start].text) == "attributive"
    if at_place and entry.bare in words("organizations", "missions") and start > 0:
        if country_genitive(tokens[start - 1]):
            return start - 1
    return None


def _past_places(tokens: list[Token], start: int, first: int) -> int:
    """«Бейжіңдегі Қазақстан елшілігі»: where it is, not part of its name."""
    while start < first and case_of(tokens[start].text) == "attributive":
        start += 1
    return start


def _past_nationality(tokens: list[Token], start: int, first: int) -> int:
    """«Неміс Nordex ... компаниясы»: whose it is; «Қырғыз Республикасы» a name."""
    nations = words("organizations", "nationalities")
    if start < first and tokens[start].lower in nations and not is_state_word(tokens[start + 1]):
        start += 1
    return start


def _bare_after_proper(tokens: list[Token], i: int, entry: TypeWord) -> bool:
    """«Петр Чакров зертхана ... ашылды»: a proper name joins its type word with the possessive
    («Цукуба университеті»); a bare type word right after one is the sentence's noun."""
    if i == 0 or entry.alone or strip_case(tokens[i].text).casefold() != entry.bare:
        return False
    before = tokens[i - 1]
    adjective = tuple(data("organizations")["adjective_endings"])
    return (
        is_capital(before)
        and not LATIN.match(before.text)
        and not CYRILLIC_ACRONYM.match(before.text)
        and not before.lower.endswith(adjective)
        and type_of(before.text) is None
    )


@cache
def company_forms() -> frozenset[str]:
    return frozenset(form.casefold().rstrip(".") for form in data("organizations")["company_forms"])


def official_owner(token: Token) -> str | None:
    """«Ресейдің» → «Ресей Федерациясының»: a country in the genitive by its state's name."""
    if case_of(token.text) != "genitive":
        return None
    return _official(strip_case(token.text))


def plural_names(sentence: Sentence, index: int) -> list[OrganizationMention]:
    """«Қазақстан мен Корея Республикасының Білім министрліктері»: one body of each country."""
    tokens = sentence.tokens
    found = []
    for i, token in enumerate(tokens):
        entry = plural_type(token.text)
        if entry is None:
            continue
        j = i - 1
        while j >= 0 and is_word(tokens[j]) and not tokens[j].capitalized and i - j < _MAX_BACK:
            j -= 1
        if j < 0 or not is_capital(tokens[j]):
            continue
        if j == i - 1 and _official(tokens[j].text):
            second, modifiers = j, ""  # «Қазақстан мен Қырғызстан үкіметтері»
            owner = _official(tokens[j].text)
        else:
            second = j
            while (
                second > 0
                and _owner(tokens[second - 1])
                and case_of(tokens[second - 1].text) in (None, "genitive")
            ):
                second -= 1
            if second == j:
                continue
            modifiers = between(sentence, tokens[j], tokens[i - 1])
            owner = between(sentence, tokens[second], tokens[j - 1])
        joined = second - 1
        if joined < 1 or tokens[joined].lower not in words("agreements", "conjunctions"):
            continue
        first = joined - 1
        if not is_capital(tokens[first]):
            continue
        one = _official(tokens[first].text) or tokens[first].text
        head = entry.head.capitalize() if entry.alone else entry.head  # «... Үкіметі»
        for name, start, end in (
            (f"{one} {modifiers} {head}", tokens[first].start, tokens[first].end),
            (f"{owner} {modifiers} {head}", tokens[second].start, token.end),
        ):
            name = " ".join(name.split())
            found.append(OrganizationMention(name, start, end, entry.kind, sentence=index))
    return found


def unknown_acronym(word: str) -> bool:
    capitals = sum(c.isupper() for c in word)
    return (
        not _ROMAN.fullmatch(word)  # «ІІІ форум»: an ordinal in Roman numerals, Kazakh І or Latin
        and capitals >= 3
        and capitals >= len(word) - 2
        and len(word) <= 8
        and word.casefold() not in words("organizations", "not_acronyms", "legal_forms")
        and word.casefold() not in words("organizations", "countries", "places")
    )


def _official(country: str) -> str | None:
    """«Ресей» → «Ресей Федерациясының»: a country as the owner of its state's bodies."""
    official = data("organizations")["state_names"].get(country)
    return genitive(official) if official else None


def between(sentence: Sentence, first: Token, last: Token) -> str:
    return sentence.text[first.start - sentence.start : last.end - sentence.start]
