"""An official's coming as a visit: «Қырғызстан президенті Сауранбай Жиенбеков Астанаға келді»
tells a visit though no event word names it. A title word, the name after it and a verb of
coming later in the sentence make it one; its title is whose visit it is and where it goes
(«президенті Сауранбай Жиенбековтің Астанаға сапары»).
"""

from __future__ import annotations

from kztracker.importing.extract.kazakh.dates import month_number
from kztracker.importing.extract.kazakh.endings import case_of
from kztracker.importing.extract.kazakh.lexicon import data, words
from kztracker.importing.extract.kazakh.segment import Sentence, Token


def official_arrival(sentence: Sentence) -> int | None:
    """Where the official's title word stands, when a name follows it and a verb of coming
    closes the clause after the name."""
    tokens = sentence.tokens
    titles = tuple(words("events", "arrival_officials"))
    for i, token in enumerate(tokens[:-2]):
        if not token.lower.startswith(titles) or not _name_word(tokens[i + 1]):
            continue
        if _coming(tokens, i) is not None:
            return i
    return None


def arrival_title(sentence: Sentence, at: int, genitive: str) -> str:
    """The title word, the name in the genitive (`genitive`: the name's last word so), the
    words up to the verb of coming (where it goes), then «сапары»."""
    tokens = sentence.tokens
    verb = _coming(tokens, at)
    assert verb is not None
    name_end = _name_end(tokens, at, verb)
    name = [t.text for t in tokens[at + 1 : name_end]]
    words_of = [tokens[at].text, *name[:-1], genitive, *_where(tokens[name_end:verb])]
    return " ".join([*words_of, data("events")["official_arrival_title"]])


def name_end_word(sentence: Sentence, at: int) -> str:
    """The last word of the name after the title word at `at`."""
    tokens = sentence.tokens
    return tokens[_name_end(tokens, at, len(tokens)) - 1].text


def _name_end(tokens: list[Token], at: int, limit: int) -> int:
    """Where the name after the title word ends: at most three words, the last one a surname's
    when one has its shape («Вадим Шумков Солтүстік Қазақстан облысына»: the name is two)."""
    endings = tuple(words("events", "surname_endings"))
    k = at + 1
    while k < min(limit, at + 4) and _name_word(tokens[k]):
        k += 1
        if tokens[k - 1].lower.endswith(endings):
            break
    return k


def _where(between: list[Token]) -> list[str]:
    """Where the official goes: the words up to the first one in the dative («Солтүстік
    Қазақстан облысына», «Астанаға»), three at most; none when no word is in the dative."""
    kept = [t for t in between if _place_word(t)]
    to = next((k for k, t in enumerate(kept) if case_of(t.text) == "dative"), None)
    return [] if to is None else [t.text for t in kept[max(0, to - 2) : to + 1]]


def _place_word(token: Token) -> bool:
    """A word of where the official goes: no date, number or year word («27 қарашада»)."""
    return (
        token.text[:1].isalnum()
        and not any(c.isdigit() for c in token.text)
        and month_number(token.text) is None
        and token.lower not in words("dates", "year_words")
    )


def _name_word(token: Token) -> bool:
    """A capitalized word with no case ending: part of a name in the nominative («Сауранбай
    Жиенбеков»), not where the official goes («Астанаға»)."""
    return (
        token.capitalized and token.text.replace("-", "").isalpha() and case_of(token.text) is None
    )


def _coming(tokens: list[Token], at: int) -> int | None:
    verbs = words("events", "arrival_verbs")
    reach = data("events")["arrival_official_reach"]
    for k in range(at + 2, min(len(tokens), at + 2 + reach)):
        if tokens[k].text in ".;!?":
            return None
        if tokens[k].lower in verbs:
            return k
    return None
