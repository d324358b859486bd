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
from kztracker.importing.extract.kazakh.segment import Sentence, Token
from kztracker.importing.extract.mentions import OrganizationMention

LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.'-]*$")
CYRILLIC_ACRONYM = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]*[А-ЯЁӘҒҚҢӨҰҮҺІ]$")
_ROMAN = re.compile(r"[IVXLCІ]+")
_MAX_BACK = 8  # lower-case words a name may hold before its type word
_OWNER_CASES = {None, "genitive", "attributive"}  # cases an owner before a name may take
# Cases a lower-case word inside a name never takes: the word belongs to the sentence.
_NOT_INSIDE = {"dative", "locative", "ablative", "accusative", "instrumental"}


@dataclass(frozen=True)
class TypeWord:
    bare: str
    head: str
    kind: str
    state: bool = False  # a state or region («Ресей Федерациясы»): an actor only as a party
    alone: bool = False  # a name by itself when capitalised («Үкімет»)
    venue: bool = False  # in the locative only a place where something happens («әуежайында»)


@cache
def type_words() -> dict[str, TypeWord]:
    """Each type word's bare and possessed forms, case-folded, to its entry."""
    index: dict[str, TypeWord] = {}
    for raw in data("organizations")["types"]:
        entry = TypeWord(
            raw["bare"],
            raw["head"],
            raw["kind"],
            raw.get("state", False),
            raw.get("alone", False),
            raw.get("venue", False),
        )
        index[entry.bare] = entry
        index[entry.head] = entry
    return index


def type_of(word: str) -> TypeWord | None:
    """The type word `word` is a form of («университетімен» → университет), None for plurals."""
    return type_words().get(strip_case(word).casefold())


def plural_type(word: str) -> TypeWord | None:
    """The type word a plural is of («облыстарымен» → облыс), None for any other word."""
    stem = strip_case(word).casefold()
    plural = next((p for p in data("organizations")["plural"] if stem.endswith(p)), None)
    return type_words().get(stem[: -len(plural)]) if plural else None


def _is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def _capital(token: Token) -> bool:
    return token.capitalized and _is_word(token)


def _boundary(token: Token) -> bool:
    boundary = token.lower in words("organizations", "boundaries") or plural_type(token.text)
    return not _is_word(token) or bool(boundary)  # «облыстары»: several bodies, inside none


def _owner(token: Token) -> bool:
    """A capitalised word that can stand inside a name before its first word: not a place in
    the locative («Бейжіңде»), not a time word («Бүгін»)."""
    if not _capital(token) or _boundary(token):
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
        entry = type_of(token.text) if _is_word(token) else None
        if entry is None or _in_title(tokens, i, entry) or _topic(tokens, i, entry):
            continue
        start = _name_start(tokens, i, entry)
        if start is None or _bare_after_proper(tokens, i, entry):
            continue
        first = tokens[start]
        text = sentence.text[first.start - sentence.start : token.end - sentence.start]
        name = nominative(text)
        found.append(OrganizationMention(name, first.start, token.end, entry.kind, sentence=index))
    return found


def _topic(tokens: list[Token], i: int, entry: TypeWord) -> bool:
    """«серіктестік туралы меморандум»: a type word's bare form before «туралы» (about) is what
    a document is about, not a body."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return tokens[i].lower == entry.bare and after in words("organizations", "topic_words")


def _name_start(tokens: list[Token], i: int, entry: TypeWord) -> int | None:
    j = i - 1
    steps = 0
    while (
        j >= 0
        and not tokens[j].capitalized
        and steps < _MAX_BACK
        and (_is_word(tokens[j]) or _listed(tokens, j, i))
    ):
        if not _is_word(tokens[j]):
            j, steps = j - 1, steps + 1  # the comma of a list of fields
            continue
        # «ашылу салтанатына компания»: no name's word, unless the object of a verbal noun
        # that is («киноны қолдау орталығы»).
        if case_of(tokens[j].text) in _NOT_INSIDE and not tokens[j + 1].lower.endswith(
            data("endings")["verbal_noun_ending"]
        ):
            return _alone(tokens, i, entry)
        if j > 0 and tokens[j - 1].text == "»" and type_of(tokens[j].text) is None:
            # «Самұрық-Қазына» ұлттық әл-ауқат қоры; not «X» компаниясының ... зауыты, whose
            # quoted name is the company's
            opening = _opening_quote(tokens, j - 1)
            if opening is not None:
                return opening
        inner = type_of(tokens[j].text)
        if tokens[j].lower in words("organizations", "quantities"):
            return None  # «Өзбекстанның үш облысымен»: a count of bodies, not one's name
        compound = (  # «Сеул ұлттық университеті ауруханасы»: the university's hospital
            inner is not None
            and j == i - 1
            and case_of(tokens[j].text) is None
            and tokens[j].lower == inner.head
        )
        # «орталық аурухана»: a type word's bare form right before the head qualifies it
        attribute = inner is not None and j == i - 1 and tokens[j].lower == inner.bare
        # «облысы әкімінің орынбасары түрік сауда палатасы»: a title ends the name before it
        if (
            _boundary(tokens[j])
            or titled(tokens[j])
            or (inner is not None and not inner.state and not compound and not attribute)
        ):
            return _alone(tokens, i, entry)  # «облысының» may stand inside a name
        j -= 1
        steps += 1
    if j >= 0 and tokens[j].lower in words("organizations", "quantities"):
        return None  # «Екі өңір ынтымақтасады»: a count opening a headline is no owner's name
    if j < 0 or not _owner(tokens[j]):
        return _alone(tokens, i, entry)
    start = j
    named_after = words("people", "named_after")
    while start > 0:
        before = tokens[start - 1]
        honoree = honoree_start(tokens, start - 1) if before.lower in named_after else None
        if honoree is not None:
            start = honoree  # «Әл-Фараби атындағы», «Жәңгір хан атындағы» ... университеті
        elif _country_genitive(before) or _country(tokens, start):
            break  # «Түркияның Эге университеті», «... Венгрия Парламенті»: a country starts it
        elif entry.kind == "international" and _state(before) and case_of(before.text) is None:
            break  # «Өзбекстан Республикасы ... ұйымына төрағалық етеді»: the subject, no owner
        elif _owner(before) and (type_of(before.text) is None or _state(before)):
            start -= 1  # «Армения Республикасының Ұлттық кітапханасы»
        else:
            break
    named = any(t.lower in named_after for t in tokens[start:j])
    for k in range(max(start, 1), j + 1):
        # «ректоры Го Чанги Бөкетов Университет»: after a title comes a person, not the name.
        # «депутаттары Қытай Халық Республикасының ...»: a country after a title is no person
        if not named and titled(tokens[k - 1]) and not _country(tokens, k):
            if k + 2 > j:
                return None  # «проректор Андрей Богданчиков ғылым академиясының»: no name left
            start = k + 2
    at_place = case_of(tokens[start].text) == "attributive"
    if at_place and entry.bare in words("organizations", "missions") and start > 0:
        if _country_genitive(tokens[start - 1]):
            return start - 1  # «Қазақстанның Дубайдағы бас консулдығы»: whose, and where
    while start < j and case_of(tokens[start].text) == "attributive":
        start += 1  # «Бейжіңдегі Қазақстан елшілігі»: where it is, not part of its name
    if case_of(tokens[start].text) == "attributive":
        return None  # «Астанадағы зауыт»: a place and a type word name no one
    nations = words("organizations", "nationalities")
    if start < j and tokens[start].lower in nations and not _state(tokens[start + 1]):
        start += 1  # «Неміс Nordex ... компаниясы»: whose it is; «Қырғыз Республикасы» a name
    if all(LATIN.match(t.text) or not _is_word(t) for t in tokens[start : j + 1]):
        return None  # «CITIC Geyi компаниясы», «Lufthansa Technik ... орталығын ашты»
    if start > 0 and tokens[start - 1].lower in words("people", "honorifics"):
        start -= 1  # «Академик Е.А. Бөкетов атындағы ...»
    return start


def _bare_after_proper(tokens: list[Token], i: int, entry: TypeWord) -> bool:
    """«Петр Чакров зертхана ... ашылды»: a proper name joins its type word with the possessive
    («Цукуба университеті»); a bare type word right after one is the sentence's noun."""
    if i == 0 or entry.alone or strip_case(tokens[i].text).casefold() != entry.bare:
        return False
    before = tokens[i - 1]
    adjective = tuple(data("organizations")["adjective_endings"])
    return (
        _capital(before)
        and not LATIN.match(before.text)
        and not CYRILLIC_ACRONYM.match(before.text)
        and not before.lower.endswith(adjective)
        and type_of(before.text) is None
    )


def _listed(tokens: list[Token], comma: int, head: int) -> bool:
    """«Цифрлық даму, инновациялар және ... министрлігі»: a comma in a name's list of fields,
    which a «және» closes before the type word."""
    conjunctions = words("agreements", "conjunctions")
    return (
        tokens[comma].text == ","
        and any(t.lower in conjunctions for t in tokens[comma + 1 : head])
        and comma > 0
        and _is_word(tokens[comma - 1])
    )


def _in_title(tokens: list[Token], i: int, entry: TypeWord) -> bool:
    """«ҚТЖ басқарма төрағасы»: a bare type word before a title word is part of the title;
    «... және банк басқармасының»: after a conjunction it is a common noun."""
    if strip_case(tokens[i].text).casefold() != entry.bare:
        return False
    if case_of(tokens[i].text) == "genitive" and not tokens[i].capitalized:
        return True  # «Рәсім университеттің залында»: a name's owner is «университетінің»
    joined = i > 0 and tokens[i - 1].lower in words("agreements", "conjunctions")
    return joined or i + 1 < len(tokens) and titled(tokens[i + 1])


def honoree_start(tokens: list[Token], named_after: int) -> int | None:
    """Where the name before «атындағы» (named after) starts: its first capitalised word."""
    found = None
    for k in range(named_after - 1, max(named_after - 4, -1), -1):
        if _boundary(tokens[k]) or case_of(tokens[k].text) not in (None, "genitive"):
            break  # «Омбы қаласында Әл-Фараби атындағы»: the place is not in the name
        if tokens[k].lower.rstrip(".") in legal_forms() or tokens[k].text == "»":
            break  # «... ҰК АҚ Л.Н. Гумилев атындағы»: another's legal form
        if _country_genitive(tokens[k]):
            break  # «Өзбекстанның Әлішер Науаи атындағы»: whose it is, not its honoree
        if _capital(tokens[k]):
            found = k
    return found


@cache
def _title_forms() -> frozenset[str]:
    titles = data("people")["titles"]
    return frozenset(form.casefold() for t in titles for form in (t["bare"], t["head"]))


def titled(token: Token) -> bool:
    """A title's head word («ректоры», «министрі», «проректорлары»): the capitalised words
    after it are a name."""
    stem = strip_case(token.text).casefold()
    plural = next((p for p in data("organizations")["plural"] if stem.endswith(p)), "")
    return stem in _title_forms() or bool(plural) and stem[: -len(plural)] in _title_forms()


@cache
def company_forms() -> frozenset[str]:
    return frozenset(form.casefold().rstrip(".") for form in data("organizations")["company_forms"])


@cache
def legal_forms() -> frozenset[str]:
    return frozenset(form.casefold().rstrip(".") for form in data("organizations")["legal_forms"])


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
        while j >= 0 and _is_word(tokens[j]) and not tokens[j].capitalized and i - j < _MAX_BACK:
            j -= 1
        if j < 0 or not _capital(tokens[j]):
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
        if not _capital(tokens[first]):
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


def _country_genitive(token: Token) -> bool:
    countries = words("organizations", "countries", "home", "places")  # «Стамбулдың»
    return case_of(token.text) == "genitive" and strip_case(token.text).casefold() in countries


def _country(tokens: list[Token], at: int) -> bool:
    """A country in the nominative, not one part of a region («Батыс Қазақстан»)."""
    token = tokens[at]
    if at > 0 and tokens[at - 1].lower in words("organizations", "compass"):
        return False
    return case_of(token.text) is None and token.lower in words("organizations", "countries")


def _opening_quote(tokens: list[Token], closing: int) -> int | None:
    for k in range(closing - 1, max(closing - 10, -1), -1):
        if tokens[k].text == "«":
            return k if k + 1 < closing and _capital(tokens[k + 1]) else None
    return None


def _state(token: Token) -> bool:
    entry = type_of(token.text)
    return entry is not None and entry.state


def _alone(tokens: list[Token], i: int, entry: TypeWord) -> int | None:
    """A type word that is a name by itself («Үкімет»), when capitalised mid-sentence."""
    if entry.alone and tokens[i].capitalized and i > 0:
        return i
    return None
