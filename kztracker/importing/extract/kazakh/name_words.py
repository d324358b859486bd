"""The word tests a Kazakh organization's name is read with (organizations.py): the type words a
name ends in («университетімен» → университет) and their plurals, the titles («ректоры») and
boundaries that end a name, the countries and states that start one, and the honoree a name is
given after («Әл-Фараби атындағы»)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kztracker.importing.extract.kazakh.endings import case_of, strip_case
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.segment import Token


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


def is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


def is_capital(token: Token) -> bool:
    return token.capitalized and is_word(token)


def is_boundary(token: Token) -> bool:
    stop = token.lower in words("organizations", "boundaries") or plural_type(token.text)
    return not is_word(token) or bool(stop)  # «облыстары»: several bodies, inside none


def is_topic(tokens: list[Token], i: int, entry: TypeWord) -> bool:
    """«серіктестік туралы меморандум»: a type word's bare form before «туралы» (about) is what
    a document is about, not a body."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return tokens[i].lower == entry.bare and after in words("organizations", "topic_words")


def listed_comma(tokens: list[Token], comma: int, head: int) -> bool:
    """«Цифрлық даму, инновациялар және ... министрлігі»: a comma in a name's list of fields,
    which a «және» closes before the type word."""
    conjunctions = words("agreements", "conjunctions")
    return (
        tokens[comma].text == ","
        and any(t.lower in conjunctions for t in tokens[comma + 1 : head])
        and comma > 0
        and is_word(tokens[comma - 1])
    )


def in_title(tokens: list[Token], i: int, entry: TypeWord) -> bool:
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
        if is_boundary(tokens[k]) or case_of(tokens[k].text) not in (None, "genitive"):
            break  # «Омбы қаласында Әл-Фараби атындағы»: the place is not in the name
        if tokens[k].lower.rstrip(".") in legal_forms() or tokens[k].text == "»":
            break  # «... ҰК АҚ Л.Н. Гумилев атындағы»: another's legal form
        if country_genitive(tokens[k]):
            break  # «Өзбекстанның Әлішер Науаи атындағы»: whose it is, not its honoree
        if is_capital(tokens[k]):
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
def legal_forms() -> frozenset[str]:
    return frozenset(form.casefold().rstrip(".") for form in data("organizations")["legal_forms"])


def country_genitive(token: Token) -> bool:
    countries = words("organizations", "countries", "home", "places")  # «Стамбулдың»
    return case_of(token.text) == "genitive" and strip_case(token.text).casefold() in countries


def is_country(tokens: list[Token], at: int) -> bool:
    """A country in the nominative, not one part of a region («Батыс Қазақстан»)."""
    token = tokens[at]
    if at > 0 and tokens[at - 1].lower in words("organizations", "compass"):
        return False
    return case_of(token.text) is None and token.lower in words("organizations", "countries")


def opening_quote(tokens: list[Token], closing: int) -> int | None:
    for k in range(closing - 1, max(closing - 10, -1), -1):
        if tokens[k].text == "«":
            return k if k + 1 < closing and is_capital(tokens[k + 1]) else None
    return None


def is_state_word(token: Token) -> bool:
    entry = type_of(token.text)
    return entry is not None and entry.state


def name_alone(tokens: list[Token], i: int, entry: TypeWord) -> int | None:
    """A type word that is a name by itself («Үкімет»), when capitalised mid-sentence."""
    if entry.alone and tokens[i].capitalized and i > 0:
        return i
    return None
