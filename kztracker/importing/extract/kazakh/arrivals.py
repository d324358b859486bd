"""An official's coming as a visit: «Қырғызстан президенті Сауранбай Жиенбеков Астанаға келді»
tells a visit though no event word names it. A title word, the name after it and a verb of
coming later in the sentence make it one; its title is whose visit it is and where it goes
(«президенті Сауранбай Жиенбековтің Астанаға сапары»).
"""

from __future__ import annotations

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
    name_end = at + 1
    while name_end < verb and _name_word(tokens[name_end]):
        name_end += 1
    name = [t.text for t in tokens[at + 1 : name_end]]
    where = [t.text for t in tokens[name_end:verb] if t.text[:1].isalnum()]
    words_of = [tokens[at].text, *name[:-1], genitive, *where[-2:]]
    return " ".join([*words_of, data("events")["official_arrival_title"]])


def name_end_word(sentence: Sentence, at: int) -> str:
    """The last word of the name after the title word at `at`."""
    tokens = sentence.tokens
    k = at + 1
    while k + 1 < len(tokens) and _name_word(tokens[k + 1]):
        k += 1
    return tokens[k].text


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
